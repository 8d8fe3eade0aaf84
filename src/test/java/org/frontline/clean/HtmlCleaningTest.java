package org.frontline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.frontline.model.Article;
import org.frontline.model.RawDocument;

class HtmlCleaningTest {

    private final ArticleCleaner cleaner = new ArticleCleaner(LocalDate.of(2026, 1, 1));

    private Article clean(String html) {
        return cleaner.clean(new RawDocument("p.html", "p.html", RawDocument.Format.HTML, html, null, null, null, null));
    }

    @Test
    void metadataFromMetaTags() {
        Article a = clean("<html><head><title>Ferry back | Harbour News</title>"
                + "<meta property=\"og:title\" content=\"Ferry service resumes\">"
                + "<meta property=\"og:site_name\" content=\"Harbour News\">"
                + "<meta name=\"author\" content=\"Ann Writer\">"
                + "<meta property=\"article:published_time\" content=\"2019-04-02T08:00:00+02:00\">"
                + "</head><body><article><h1>Ferry service resumes</h1><p>The ferry resumed service on Monday.</p>"
                + "<p>Crews repaired the ramp.</p></article></body></html>");
        assertEquals("Ferry service resumes", a.title());
        assertEquals("Harbour News", a.outlet());
        assertEquals("Ann Writer", a.byline());
        assertEquals(LocalDate.of(2019, 4, 2), a.published());
        assertEquals("The ferry resumed service on Monday.\n\nCrews repaired the ramp.", a.text());
    }

    @Test
    void jsonLdAndTimeElement() {
        Article a = clean("<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2020-11-28\",\"author\":[{\"name\":\"Tom Ree\"}],\"publisher\":{\"name\":\"Wire X\"}}]}"
                + "</script></head><body><p>The ferry resumed service.</p></body></html>");
        assertEquals(LocalDate.of(2020, 11, 28), a.published());
        assertEquals("Tom Ree", a.byline());
        assertEquals("Wire X", a.outlet());
        Article t = clean("<html><body><time datetime=\"2016-05-27T09:00\">Friday</time><p>Text here.</p></body></html>");
        assertEquals(LocalDate.of(2016, 5, 27), t.published());
    }

    @Test
    void furnitureIsDropped() {
        Article a = clean("<html><body><nav><a>Home</a><a>World</a></nav><header>Site header</header>"
                + "<script>var x = 1;</script><style>p{color:red}</style><noscript>enable js</noscript>"
                + "<div class=\"share-bar\">Share on Twitter</div><p>The ferry <b>resumed</b> service.</p>"
                + "<figure><img src=a.jpg><figcaption>Boats in the bay</figcaption></figure>"
                + "<aside>Related stories</aside><form>Subscribe</form><p>Crews left.</p>"
                + "<footer>All rights reserved</footer></body></html>");
        assertEquals("The ferry resumed service.\n\nCrews left.", a.text());
    }

    @Test
    void brokenJsonLdIsIgnored() {
        Article a = clean("<html><head><script type=\"application/ld+json\">{\"datePublished\": </script></head>"
                + "<body><p>Still read.</p></body></html>");
        assertEquals("Still read.", a.text());
    }

    @Test
    void hundredThousandLevelsOfNestingDoNotOverflowTheStack() {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(depth)).append("Deep text stays readable.").append("</div>".repeat(depth));
        sb.append("<p>After the bomb.</p></body></html>");
        Article a = clean(sb.toString());
        assertNotNull(a);
        assertTrue(a.text().contains("Deep text stays readable."), a.text().length() > 200 ? a.text().substring(0, 200) : a.text());
        assertTrue(a.text().contains("After the bomb."));
    }

    @Test
    void unclosedTagsAndEntities() {
        Article a = clean("<p>Rebels &amp; troops<p>Second &lt;para&gt;<div><span>third");
        assertEquals("Rebels & troops\n\nSecond <para>\n\nthird", a.text());
    }
}
