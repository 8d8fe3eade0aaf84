package org.frontline.clean;

import java.util.Locale;
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
 * HTML to article text with jsoup: metadata first (see {@link HtmlMetadata}), then the main content
 * element without page furniture, as one line per block element. jsoup caps the tree depth and
 * walks it without recursion, so a 100,000-level nesting bomb cannot overflow the stack.
 */
final class HtmlExtractor {

    /** Text with paragraphs separated by blank lines, and the page's metadata. */
    record Page(HtmlMetadata.Meta meta, String text) {
    }

    /** Deeper than any real page; beyond it jsoup folds the nesting. */
    private static final int MAX_DEPTH = 512;
    private static final String FURNITURE = "script, style, noscript, template, nav, aside, footer, header, form, "
            + "iframe, svg, button, select, input, figure, figcaption, [hidden], [aria-hidden=true], [role=navigation], "
            + "[role=complementary]";
    private static final java.util.regex.Pattern FURNITURE_CLASS = java.util.regex.Pattern.compile(
            "(?i)(^|[\\s_-])(share|sharing|social|related|comments?|promo|newsletter|advert|ads?|sidebar|breadcrumbs?"
            + "|cookie|subscribe|paywall|caption|byline-share|more-from|read-more|tags)([\\s_-]|$)");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "br", "tr", "table", "dd", "dt", "dl", "hr",
            "header", "address", "center");

    private HtmlExtractor() {
    }

    static Page extract(String html) {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        Document doc = Jsoup.parse(html, "", parser);
        HtmlMetadata.Meta meta = HtmlMetadata.read(doc);
        doc.select(FURNITURE).remove();
        for (Element e : doc.select("[class], [id]")) {
            if (e.parent() != null && !e.tagName().equals("body") && !e.tagName().equals("article")
                    && !e.tagName().equals("main")
                    && (FURNITURE_CLASS.matcher(e.className()).find() || FURNITURE_CLASS.matcher(e.id()).find())) {
                e.remove();
            }
        }
        return new Page(meta, blockText(mainContent(doc)));
    }

    private static Element mainContent(Document doc) {
        for (String q : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
            Element e = doc.selectFirst(q);
            if (e != null && e.text().length() >= 200) {
                return e;
            }
        }
        return doc.body();
    }

    /** Text with a blank line at every block boundary; inline elements flow into their paragraph. */
    private static String blockText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName().toLowerCase(Locale.ROOT))) {
                    sb.append("\n\n");
                }
            }
        }, root);
        return sb.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }
}
