package org.frontline.clean;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Takes what does not read as article out of the chosen blocks, as Mozilla Readability's
 * prepArticle does: share widgets, embeds and form controls, headings named like furniture, and,
 * "conditionally", tables, lists, forms and divs that look like link lists, image strips or
 * ad slots (few paragraphs for their images or list items, many links, little text). Data tables
 * (headers, captions, or more than 10 cells) stay.
 */
final class ArticleTidier {

    private static final int SHARE_MAX_CHARS = 500;
    private static final int MANY_COMMAS = 10;
    private static final Pattern AD_WORDS = Pattern.compile(
            "^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOADING_WORDS = Pattern.compile(
            "^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIDEO = Pattern.compile("//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo"
            + "|v\\.qq)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)", Pattern.CASE_INSENSITIVE);

    private ArticleTidier() {
    }

    static void tidy(List<Element> parts, boolean conditionally) {
        for (Element part : parts) {
            tidy(part, conditionally);
        }
    }

    private static void tidy(Element root, boolean conditionally) {
        if (conditionally) {
            clean(root, "form", "fieldset");
        }
        root.select("object, embed, footer, link, aside, iframe, input, textarea, select, button").remove();
        for (Element e : root.select("[class], [id]")) {
            if (e != root && e.parent() != null && ClassHints.share(ClassHints.names(e))
                    && e.text().length() < SHARE_MAX_CHARS) {
                e.remove();
            }
        }
        for (Element h : root.select("h1, h2")) {
            if (h != root && ClassHints.weight(h) < 0) {
                h.remove();
            }
        }
        if (conditionally) {
            clean(root, "table", "ul", "div");
        }
    }

    private static void clean(Element root, String... tags) {
        for (String tag : tags) {
            List<Element> found = root.getElementsByTag(tag);
            // innermost first is not required: a removed ancestor takes its children along
            for (Element e : found) {
                if (e != root && e.parent() != null && shouldRemove(e, tag)) {
                    e.remove();
                }
            }
        }
    }

    private static boolean shouldRemove(Element node, String tag) {
        boolean list = tag.equals("ul") || tag.equals("ol");
        String text = node.text();
        if (!list) {
            int listLength = 0;
            for (Element l : node.select("ul, ol")) {
                listLength += l.text().length();
            }
            list = !text.isEmpty() && (double) listLength / text.length() > 0.9;
        }
        if (tag.equals("table") && dataTable(node) || inDataTable(node) || PagePreparer.hasAncestor(node, "code")) {
            return false;
        }
        for (Element t : node.getElementsByTag("table")) {
            if (t != node && dataTable(t)) {
                return false;
            }
        }
        int weight = ClassHints.weight(node);
        if (weight < 0) {
            return true;
        }
        if (commas(text) >= MANY_COMMAS) {
            return false;
        }
        int p = node.getElementsByTag("p").size();
        int img = node.getElementsByTag("img").size();
        int li = node.getElementsByTag("li").size() - 100;
        int input = node.getElementsByTag("input").size();
        double headingDensity = density(node, text, "h1, h2, h3, h4, h5, h6");
        int embeds = 0;
        for (Element e : node.select("object, embed, iframe")) {
            if (VIDEO.matcher(e.attr("src")).find() || VIDEO.matcher(e.outerHtml()).find()) {
                return false;
            }
            embeds++;
        }
        if (AD_WORDS.matcher(text).find() || LOADING_WORDS.matcher(text).find()) {
            return true;
        }
        int length = text.length();
        double links = ContentScorer.linkDensity(node);
        boolean inFigure = PagePreparer.hasAncestor(node, "figure");
        double textDensity = density(node, text, "span, li, td, blockquote, dl, div, img, ol, p, pre, table, ul");
        boolean remove = !inFigure && img > 1 && (double) p / img < 0.5
                || !list && li > p
                || input > p / 3
                || !list && !inFigure && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && links > 0
                || !list && weight < 25 && links > 0.2
                || weight >= 25 && links > 0.5
                || embeds == 1 && length < 75 || embeds > 1
                || img == 0 && textDensity == 0;
        if (list && remove) {
            for (Element child : node.children()) {
                if (child.childrenSize() > 1) {
                    return true;
                }
            }
            if (img == node.getElementsByTag("li").size()) {
                return false;
            }
        }
        return remove;
    }

    /** Share of the text inside elements matching the query. */
    private static double density(Element node, String text, String query) {
        if (text.isEmpty()) {
            return 0;
        }
        int inside = 0;
        for (Element e : node.select(query)) {
            if (e != node) {
                inside += e.text().length();
            }
        }
        return (double) inside / text.length();
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
            n++;
        }
        return n;
    }

    private static boolean inDataTable(Element node) {
        for (Element p = node.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("table") && dataTable(p)) {
                return true;
            }
        }
        return false;
    }

    /** Readability's test: a table that carries headers, a caption or a summary, or is larger than a layout grid. */
    static boolean dataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty()) {
            return true;
        }
        Element caption = table.selectFirst("> caption");
        if (caption != null && caption.childNodeSize() > 0) {
            return true;
        }
        if (table.selectFirst("col, colgroup, tfoot, thead, th") != null) {
            return true;
        }
        if (table.getElementsByTag("table").size() > 1) {
            return false;
        }
        int rows = table.getElementsByTag("tr").size();
        int columns = 0;
        for (Element tr : table.getElementsByTag("tr")) {
            columns = Math.max(columns, tr.select("> td, > th").size());
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }
}
