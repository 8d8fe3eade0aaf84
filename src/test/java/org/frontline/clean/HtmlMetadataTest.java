package org.frontline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Metadata candidates read from pages written for these tests. */
class HtmlMetadataTest {

    private static HtmlMetadata.Meta read(String head, String body) {
        return HtmlMetadata.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
    }

    @Test
    void jsonLdArticleInsideGraphWithSeveralAuthors() {
        HtmlMetadata.Meta m = read("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Harbour News\"},{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Ferry service resumes\",\"datePublished\":\"2020-11-28T06:00:00Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Tom Ree\"},{\"name\":\"Ann Writer\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour News\"}}]}</script>", "");
        assertEquals("Ferry service resumes", m.title());
        assertEquals("Tom Ree, Ann Writer", m.byline());
        assertEquals("Harbour News", m.outlet());
        assertEquals(LocalDate.of(2020, 11, 28), m.published());
    }

    @Test
    void jsonLdTopLevelArray() {
        HtmlMetadata.Meta m = read("<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
                + "{\"@type\":[\"ReportageNewsArticle\"],\"name\":\"Boats damaged\",\"author\":\"Ann Writer\","
                + "\"datePublished\":\"2019-04-02\"}]</script>", "");
        assertEquals("Boats damaged", m.title());
        assertEquals("Ann Writer", m.byline());
        assertEquals(LocalDate.of(2019, 4, 2), m.published());
    }

    @Test
    void theSitesNameIsNotPartOfTheTitle() {
        HtmlMetadata.Meta m = read("<meta property=\"og:title\" content=\"Ferry service resumes — Harbour News\">"
                + "<meta property=\"og:site_name\" content=\"Harbour News\">", "");
        assertEquals("Ferry service resumes", m.title());
        HtmlMetadata.Meta t = read("<title>Ferry service resumes after the storm | Harbour News</title>", "");
        assertEquals("Ferry service resumes after the storm", t.title());
        HtmlMetadata.Meta kept = read("<title>Ferry - Harbour News</title>", "");
        assertEquals("Ferry - Harbour News", kept.title(), "a cut that leaves one word is not made");
    }

    @Test
    void titleAfterAColonUnlessAHeadingHasItWhole() {
        assertEquals("Ferry service resumes after the storm",
                read("<title>Harbour News: Ferry service resumes after the storm</title>", "").title());
        assertEquals("Harbour: Ferry service resumes after the storm",
                read("<title>Harbour: Ferry service resumes after the storm</title>",
                        "<h1>Harbour: Ferry service resumes after the storm</h1>").title());
    }

    @Test
    void bylineFromMetaTagsDublinCoreAndParsely() {
        assertEquals("Ann Writer", read("<meta name=\"DC.creator\" content=\"Ann Writer\">", "").byline());
        assertEquals("Ann Writer", read("<meta name=\"parsely-author\" content=\"Ann Writer\">", "").byline());
        assertNull(read("<meta property=\"article:author\" content=\"https://example.org/ann\">", "").byline());
    }

    @Test
    void publishedDateCandidates() {
        assertEquals(LocalDate.of(2024, 4, 20),
                read("<meta name=\"parsely-pub-date\" content=\"2024-04-20T04:20:00.000Z\">", "").published());
        assertEquals(LocalDate.of(2015, 7, 24), read("<meta name=\"DC.date.issued\" content=\"2015-07-24\">", "")
                .published());
        assertEquals(LocalDate.of(2017, 2, 6), read("", "<time datetime=\"2016-01-01\">old</time><article><header>"
                + "<time datetime=\"2017-02-06T10:00\">Monday</time></header></article>").published(),
                "the article header's time beats one elsewhere on the page");
        assertEquals(LocalDate.of(2018, 4, 5), read("<meta name=\"date\" content=\"2011-01-01\">"
                + "<meta property=\"article:published_time\" content=\"2018-04-05T06:00\">", "").published(),
                "article:published_time first");
    }

    @Test
    void entitiesEscapedTwiceAreUndone() {
        assertEquals("Boats & ferries",
                read("<meta property=\"og:title\" content=\"Boats &amp;amp; ferries\">", "").title());
    }
}
