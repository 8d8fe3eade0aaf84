package org.frontline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Readies a parsed page for content scoring, as Mozilla Readability does: scripts go, runs of
 * {@code <br>} become paragraphs, hidden and furniture-named blocks go, the first byline block and
 * the heading that repeats the title are taken out, and a {@code <div>} holding only text becomes
 * a paragraph. Returns the blocks to score (paragraphs, table cells, headings, sections) and the
 * byline found. Works in place on the document, in one walk in document order.
 */
final class PagePreparer {

    /** Which of the cautious steps a pass takes; a later pass drops them when the first finds too little. */
    record Pass(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
        static final List<Pass> IN_ORDER = List.of(new Pass(true, true, true), new Pass(false, true, true),
                new Pass(false, false, true), new Pass(false, false, false));
    }

    /** The blocks to score, in document order, and the byline block's text (or null). */
    record Prepared(List<Element> toScore, String byline) {
    }

    private static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog");
    private static final Set<String> EMPTY_REMOVABLE = Set.of("div", "section", "header", "h1", "h2", "h3", "h4",
            "h5", "h6");
    /** Children that keep a {@code <div>} from being a paragraph. */
    static final Set<String> BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code",
            "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
            "strong", "sub", "sup", "textarea", "time", "var", "wbr");
    private static final int MAX_BYLINE = 100;
    private static final java.util.regex.Pattern BY = java.util.regex.Pattern.compile("(?i)^by:?\\s+");
    private static final double TITLE_SIMILARITY = 0.75;

    private PagePreparer() {
    }

    /** Steps that do not depend on the pass: scripts out, {@code <br><br>} runs to paragraphs, fonts to spans. */
    static void tidy(Document doc) {
        doc.select("script, style, noscript, template").remove();
        for (Element font : doc.getElementsByTag("font")) {
            font.tagName("span");
        }
        for (Element br : doc.body().getElementsByTag("br")) {
            if (br.parent() != null) {
                paragraphAt(br);
            }
        }
    }

    static Prepared prepare(Document doc, String title, Pass pass) {
        List<Element> toScore = new ArrayList<>();
        String byline = null;
        boolean titlePending = title != null && !title.isBlank();
        Element body = doc.body();
        Element node = body;
        while (node != null) {
            String names = ClassHints.names(node);
            String tag = node.normalName();
            if (!visible(node) || ("true".equals(node.attr("aria-modal")) && "dialog".equals(node.attr("role")))) {
                node = removeAndNext(node, body);
                continue;
            }
            if (byline == null && isByline(node, names)) {
                Element named = node.selectFirst("[itemprop~=name]");
                byline = BY.matcher((named != null ? named : node).text().strip()).replaceFirst("");
                node = removeAndNext(node, body);
                continue;
            }
            if (titlePending && (tag.equals("h1") || tag.equals("h2"))
                    && similarity(title, node.text()) > TITLE_SIMILARITY) {
                titlePending = false;
                node = removeAndNext(node, body);
                continue;
            }
            if (pass.stripUnlikely() && node != body) {
                if (ClassHints.unlikely(names) && !tag.equals("a") && !hasAncestor(node, "table")
                        && !hasAncestor(node, "code")) {
                    node = removeAndNext(node, body);
                    continue;
                }
                if (UNLIKELY_ROLES.contains(node.attr("role"))) {
                    node = removeAndNext(node, body);
                    continue;
                }
            }
            if (EMPTY_REMOVABLE.contains(tag) && withoutContent(node)) {
                node = removeAndNext(node, body);
                continue;
            }
            if (SCORED.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                wrapPhrasing(node);
                Element only = node.childrenSize() == 1 ? node.child(0) : null;
                if (only != null && only.normalName().equals("p") && !hasOwnText(node)
                        && ContentScorer.linkDensity(node) < 0.25) {
                    node.replaceWith(only);
                    if (!only.hasAttr("class") && !only.hasAttr("id") && !names.isBlank()) {
                        // keep what the div was named, for the furniture filter that runs when nothing scores
                        only.attr("class", node.className()).attr("id", node.id());
                    }
                    node = only;
                    toScore.add(node);
                } else if (!hasBlockDescendant(node)) {
                    node.tagName("p");
                    toScore.add(node);
                }
            }
            node = next(node, false, body);
        }
        return new Prepared(toScore, byline);
    }

    private static boolean isByline(Element node, String names) {
        boolean marked = "author".equals(node.attr("rel")) || node.attr("itemprop").contains("author")
                || ClassHints.byline(names);
        if (!marked) {
            return false;
        }
        int length = node.text().strip().length();
        return length > 0 && length < MAX_BYLINE;
    }

    static boolean visible(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return !style.contains("display:none") && !style.contains("visibility:hidden") && !e.hasAttr("hidden")
                && (!"true".equals(e.attr("aria-hidden")) || e.className().contains("fallback-image"));
    }

    /** The next element in document order under root; skipKids steps over node's subtree. */
    static Element next(Element node, boolean skipKids, Element root) {
        if (!skipKids && node.firstElementChild() != null) {
            return node.firstElementChild();
        }
        Element n = node;
        while (n != null && n != root) {
            Element sibling = n.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
            n = n.parent();
        }
        return null;
    }

    static Element removeAndNext(Element node, Element root) {
        Element next = next(node, true, root);
        node.remove();
        return next;
    }

    static boolean hasAncestor(Element e, String tag) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean withoutContent(Element e) {
        if (hasText(e)) {
            return false;
        }
        int children = e.childrenSize();
        return children == 0 || children == e.getElementsByTag("br").size() + e.getElementsByTag("hr").size();
    }

    /** Whether any text below e is more than whitespace; stops at the first that is. */
    private static boolean hasText(Element e) {
        Node n = e.childNodeSize() > 0 ? e.childNode(0) : null;
        while (n != null) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return true;
            }
            if (n.childNodeSize() > 0) {
                n = n.childNode(0);
                continue;
            }
            while (n != e && n.nextSibling() == null) {
                n = n.parent();
            }
            n = n == e ? null : n.nextSibling();
        }
        return false;
    }

    private static boolean hasOwnText(Element e) {
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBlockDescendant(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && BLOCKS.contains(d.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Runs of inline content directly in a div become paragraphs of their own. */
    private static void wrapPhrasing(Element div) {
        Element p = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (phrasing(child)) {
                if (p != null) {
                    p.appendChild(child);
                } else if (!whitespace(child)) {
                    p = new Element("p");
                    child.before(p);
                    p.appendChild(child);
                }
            } else if (p != null) {
                trimEnd(p);
                p = null;
            }
        }
        if (p != null) {
            trimEnd(p);
        }
    }

    private static void trimEnd(Element p) {
        while (p.childNodeSize() > 0 && whitespace(p.childNode(p.childNodeSize() - 1))) {
            p.childNode(p.childNodeSize() - 1).remove();
        }
    }

    static boolean phrasing(Node n) {
        if (n instanceof TextNode) {
            return true;
        }
        if (!(n instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        if (PHRASING.contains(tag)) {
            return true;
        }
        if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
            for (Node c : e.childNodes()) {
                if (!phrasing(c)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean whitespace(Node n) {
        return n instanceof TextNode t ? t.isBlank() : n instanceof Element e && e.normalName().equals("br");
    }

    /** A {@code <br>} followed by more {@code <br>}s becomes a paragraph holding the inline content after it. */
    private static void paragraphAt(Element br) {
        Node next = skipBlankText(br.nextSibling());
        boolean replaced = false;
        while (next instanceof Element e && e.normalName().equals("br")) {
            replaced = true;
            Node after = e.nextSibling();
            e.remove();
            next = skipBlankText(after);
        }
        if (!replaced) {
            return;
        }
        Element p = new Element("p");
        br.replaceWith(p);
        Node n = p.nextSibling();
        while (n != null) {
            if (n instanceof Element e && e.normalName().equals("br")
                    && skipBlankText(e.nextSibling()) instanceof Element f && f.normalName().equals("br")) {
                break;
            }
            if (!phrasing(n)) {
                break;
            }
            Node sibling = n.nextSibling();
            p.appendChild(n);
            n = sibling;
        }
        trimEnd(p);
        if (p.parent() != null && p.parent().normalName().equals("p")) {
            p.parent().tagName("div");
        }
    }

    private static Node skipBlankText(Node n) {
        while (n != null && !(n instanceof Element) && (!(n instanceof TextNode t) || t.isBlank())) {
            n = n.nextSibling();
        }
        return n;
    }

    /** Share of b's words that a also has, weighted by length (Readability's textSimilarity). */
    static double similarity(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Set<String> inA = Set.copyOf(ta);
        String uniqueB = String.join(" ", tb.stream().filter(t -> !inA.contains(t)).toList());
        return 1 - (double) uniqueB.length() / String.join(" ", tb).length();
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
