package org.frontline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.frontline.model.Article;
import org.frontline.model.RawDocument;

/** Content scoring on pages written for these tests: the article is found among page furniture. */
class ContentScorerTest {

    private static final String P1 = "<p>Shelling resumed on Tuesday near the northern ferry crossing, residents said, "
            + "and the road to the harbour was closed for most of the day.</p>";
    private static final String P2 = "<p>The harbour master, who asked not to be named, said three boats had been "
            + "damaged, one of them beyond repair, and that crews had left the quay.</p>";
    private static final String P3 = "<p>By evening, aid workers said, about two hundred families had moved inland, "
            + "carrying what they could, to schools and mosques in the hills.</p>";

    private final ArticleCleaner cleaner = new ArticleCleaner(LocalDate.of(2026, 1, 1));

    private Article clean(String html) {
        return cleaner.clean(new RawDocument("p.html", "p.html", RawDocument.Format.HTML, html, null, null, null, null));
    }

    private static String links(String cls, int n) {
        StringBuilder sb = new StringBuilder("<div class=\"" + cls + "\"><ul>");
        for (int i = 0; i < n; i++) {
            sb.append("<li><a href=\"/story/").append(i).append("\">Another story about the harbour, number ")
                    .append(i).append("</a></li>");
        }
        return sb.append("</ul></div>").toString();
    }

    @Test
    void findsTheArticleAmongLinkListsAndComments() {
        Article a = clean("<html><body><div id=\"top\">" + links("menu", 8) + "</div><div class=\"layout\">"
                + "<div class=\"story-body\">" + P1 + P2 + P3 + "</div>" + links("rail", 12)
                + "<div class=\"comments\"><p>Great article, thanks, really, very good, well done, agreed.</p></div>"
                + "</div></body></html>");
        assertEquals("Shelling resumed", a.text().substring(0, 16));
        assertTrue(a.text().endsWith("mosques in the hills."), a.text());
        assertFalse(a.text().contains("Another story"), a.text());
        assertFalse(a.text().contains("Great article"), a.text());
    }

    @Test
    void siblingBlocksOfTheArticleJoinIt() {
        Article a = clean("<html><body><div><div class=\"chunk\">" + P1 + P2 + "</div>" + links("promo-box", 6)
                + "<div class=\"chunk\">" + P3 + "</div></div></body></html>");
        assertTrue(a.text().contains("crews had left the quay.") && a.text().contains("mosques in the hills."),
                a.text());
        assertFalse(a.text().contains("Another story"), a.text());
    }

    @Test
    void captionsAndBylineBlocksStayOutOfTheText() {
        Article a = clean("<html><body><article><h1>Boats damaged at the harbour</h1>"
                + "<div class=\"byline\">By Ann Writer</div><figure><img src=\"a.jpg\"><figcaption>Boats at the quay, "
                + "photographed on Tuesday by a resident</figcaption></figure>" + P1 + P2 + P3
                + "</article></body></html>");
        assertEquals("Ann Writer", a.byline());
        assertFalse(a.text().contains("photographed"), a.text());
        assertFalse(a.text().contains("Ann Writer"), a.text());
        assertTrue(a.text().startsWith("Shelling resumed"), a.text());
    }

    @Test
    void lineBreakRunsBecomeParagraphs() {
        Article a = clean("<html><body><div>Shelling resumed on Tuesday near the crossing, residents said."
                + "<br><br>The harbour master said three boats had been damaged, one beyond repair.<br>"
                + "<br>Crews left the quay.</div></body></html>");
        assertEquals("Shelling resumed on Tuesday near the crossing, residents said.\n\nThe harbour master said three "
                + "boats had been damaged, one beyond repair.\n\nCrews left the quay.", a.text());
    }

    @Test
    void aShortPageIsNeverEmpty() {
        Article a = clean("<html><body><div class=\"sidebar\"><p>Ferry back.</p></div></body></html>");
        assertEquals("Ferry back.", a.text());
    }

    @Test
    void hiddenBlocksAreNotText() {
        Article a = clean("<html><body><div>" + P1 + P2 + "<div style=\"display: none\">" + P3 + "</div>"
                + "</div></body></html>");
        assertFalse(a.text().contains("mosques"), a.text());
    }

    @Test
    void linkDensityWeighsInPageAnchorsLess() {
        org.jsoup.nodes.Element e = org.jsoup.Jsoup.parse("<div>ab<a href=\"/x\">cd</a><a href=\"#n\">ef</a></div>")
                .selectFirst("div");
        assertEquals((2 + 2 * 0.3) / 6, ContentScorer.linkDensity(e), 1e-9);
    }
}
