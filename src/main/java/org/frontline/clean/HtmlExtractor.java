package org.frontline.clean;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to article text with jsoup: metadata first (see {@link HtmlMetadata}), then the article found
 * by content scoring ({@link PagePreparer}, {@link ContentScorer}, {@link ArticleTidier}), without
 * captions and page furniture, as one line per block element. A pass that finds under 500
 * characters is run again with its cautious steps dropped one by one (as Readability does), the
 * longest result is kept, and a page where scoring finds nothing gives its whole body. jsoup caps
 * the tree depth and walks it without recursion, so a 100,000-level nesting bomb cannot overflow
 * the stack.
 */
final class HtmlExtractor {

    /** Text with paragraphs separated by blank lines, and the page's metadata. */
    record Page(HtmlMetadata.Meta meta, String text) {
    }

    /** Deeper than any real page; beyond it jsoup folds the nesting. */
    private static final int MAX_DEPTH = 512;
    /** Readability's threshold: an article shorter than this makes the next pass run. */
    private static final int ENOUGH_CHARS = 500;
    /**
     * A later, less cautious pass replaces an earlier one only when it finds this much more text: a short
     * article plus the comments and link lists a later pass lets in is longer, not better.
     */
    private static final double LATER_PASS_GAIN = 1.5;
    private static final String FURNITURE = "script, style, noscript, template, nav, aside, footer, form, iframe, svg, "
            + "button, select, input, figure, figcaption, [hidden], [aria-hidden=true], [role=navigation], "
            + "[role=complementary]";
    private static final java.util.regex.Pattern FURNITURE_CLASS = java.util.regex.Pattern.compile(
            "(?i)(^|[\\s_-])(share|sharing|social|related|comments?|promo|newsletter|advert|ads?|sidebar|breadcrumbs?"
            + "|cookie|subscribe|paywall|caption|byline-share|more-from|read-more|tags)([\\s_-]|$)");
    private static final int MAIN_ELEMENT_CHARS = 200;
    /** Far more than real pages have (the largest of Readability's pages: 4,288 elements, 3,711 under one). */
    private static final int MAX_SCORED_ELEMENTS = 60_000;
    private static final int MAX_SCORED_CHILDREN = 20_000;
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "tr", "table", "dd", "dt", "dl", "hr",
            "header", "address", "center", "figure", "td", "th");

    private HtmlExtractor() {
    }

    static Page extract(String html) {
        Document doc = parse(html);
        HtmlMetadata.Meta meta = HtmlMetadata.read(doc);
        if (!scorable(doc)) {
            return new Page(meta, withoutFurniture(doc));
        }
        String best = "";
        String byline = null;
        for (PagePreparer.Pass pass : PagePreparer.Pass.IN_ORDER) {
            Document d = doc != null ? doc : parse(html);
            doc = null;
            PagePreparer.tidy(d);
            PagePreparer.Prepared prepared = PagePreparer.prepare(d, meta.title(), pass);
            byline = byline != null ? byline : prepared.byline();
            List<Element> parts = ContentScorer.article(d, prepared.toScore(), pass.weightClasses());
            String text;
            if (parts.isEmpty()) {
                text = withoutFurniture(d); // nothing scored: main element or body, furniture out
            } else {
                ArticleTidier.tidy(parts, pass.cleanConditionally());
                text = text(parts);
            }
            if (text.length() > best.length() * LATER_PASS_GAIN) {
                best = text;
            }
            if (text.length() >= ENOUGH_CHARS) {
                break;
            }
        }
        if (best.isBlank()) {
            Document d = parse(html);
            d.select("script, style, noscript, template").remove();
            best = blockText(d.body());
        }
        return new Page(meta.withByline(byline), best);
    }

    /**
     * Scoring walks ancestors and removes children one by one, which is quadratic on a page built to
     * be (a nesting bomb folded by jsoup into 100,000 siblings); such a page is read without it.
     */
    private static boolean scorable(Document doc) {
        int[] elements = {0};
        boolean[] wide = {false};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element) {
                elements[0]++;
                wide[0] |= node.childNodeSize() > MAX_SCORED_CHILDREN;
            }
        }, doc);
        return elements[0] <= MAX_SCORED_ELEMENTS && !wide[0];
    }

    private static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    }

    /** The article's blocks as text, captions and furniture inside them left out. */
    private static String text(List<Element> parts) {
        StringBuilder sb = new StringBuilder();
        for (Element part : parts) {
            for (Element e : part.select(FURNITURE)) {
                if (e != part) {
                    e.remove();
                }
            }
            sb.append(blockText(part)).append("\n\n");
        }
        return sb.toString().strip();
    }

    /** Without scoring: furniture by tag and class name out, then the main element (or the body) as text. */
    private static String withoutFurniture(Document doc) {
        doc.select(FURNITURE + ", header").remove();
        for (Element e : doc.select("[class], [id]")) {
            if (e.parent() != null && !e.normalName().equals("body") && !e.normalName().equals("article")
                    && !e.normalName().equals("main")
                    && (FURNITURE_CLASS.matcher(e.className()).find() || FURNITURE_CLASS.matcher(e.id()).find())) {
                e.remove();
            }
        }
        for (String q : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
            Element e = doc.selectFirst(q);
            if (e != null && e.text().length() >= MAIN_ELEMENT_CHARS) {
                return blockText(e);
            }
        }
        return blockText(doc.body());
    }

    /**
     * Text with a blank line at every block boundary and a newline at every {@code <br>}; inline elements
     * flow into their paragraph.
     */
    private static String blockText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    sb.append('\n'); // a line break; PlainTextCleaner decides whether a paragraph ends there
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append("\n\n");
                }
            }
        }, root);
        return sb.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }
}
