package org.frontline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.model.PublishedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a report's publication date comes from, one test per source and per precedence rule
 * (spec: "Publication date: where it comes from"). Every fixture is written here, in our words.
 */
class PublicationDateSourcesTest {

    /** A short report with no date anywhere in it: no year, no dateline, no weekday. */
    static final String UNDATED = "Rebels take hill town\n\n"
            + "Rebel fighters captured the hill town of Kafr Nabudah after heavy fighting with government forces, "
            + "a monitoring group said.\n\n"
            + "Government aircraft later carried out air strikes on the town, killing four civilians, the group added.\n";

    static final String DATELINED = "Rebels take hill town\n\n"
            + "KAFR NABUDAH, Syria, May 8, 2019 (Wire) -- Rebel fighters captured the hill town of Kafr Nabudah on "
            + "Wednesday after heavy fighting with government forces, a monitoring group said.\n";

    @TempDir
    Path dir;

    private static List<DocumentResult> run(Frontline f, Path... paths) {
        try (Stream<DocumentResult> s = f.extract(List.of(paths))) {
            return s.toList();
        }
    }

    private static Frontline frontline() {
        return Frontline.standard(1);
    }

    @Test
    void pageMetadataWinsOverTheDatelineAndTheUrl() throws Exception {
        String html = "<html><head><title>Rebels take hill town</title>"
                + "<meta property=\"article:published_time\" content=\"2019-05-09T07:30:00Z\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
                + "\"NewsArticle\",\"datePublished\":\"2019-05-09T07:30:00Z\"}]}</script></head><body><article>"
                + "<p>" + DATELINED.substring(DATELINED.indexOf("KAFR")) + "</p></article></body></html>";
        Path page = Files.writeString(dir.resolve("page.html"), html);
        DocumentResult r = run(frontline(), page).get(0);
        assertEquals(LocalDate.of(2019, 5, 9), r.published());
        assertEquals(PublishedSource.METADATA, r.publishedSource());
        assertFalse(r.publishedInferred());
    }

    @Test
    void aDatelineWinsOverAManifestWhoseFetchTimeIsDaysLater() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("crawl"));
        Files.writeString(folder.resolve("a.txt"), DATELINED);
        Files.writeString(folder.resolve("b.txt"), UNDATED);
        Files.writeString(folder.resolve("c.txt"), "Militia shells market\n\nMilitia gunners shelled the market of a "
                + "river town held by the army, killing three traders and wounding eleven, local officials said.\n");
        Files.writeString(folder.resolve("sources.tsv"), "file\turl\tpublished\tfetched\n"
                + "a.txt\thttps://news.example/story-a\t\t2019-05-14T06:00:00Z\n"
                + "b.txt\thttps://news.example/story-b\t\t2019-05-14T06:00:00Z\n"
                + "c.txt\thttps://news.example/story-c\t2019-05-12\t2019-05-14T06:00:00Z\n");
        List<DocumentResult> rs = run(frontline(), folder);
        assertEquals(LocalDate.of(2019, 5, 8), rs.get(0).published());
        assertEquals(PublishedSource.DATELINE, rs.get(0).publishedSource());
        assertEquals(LocalDate.of(2019, 5, 14), rs.get(1).published());
        assertEquals(PublishedSource.FETCHED, rs.get(1).publishedSource());
        assertTrue(rs.get(1).publishedInferred());
        assertEquals(LocalDate.of(2019, 5, 12), rs.get(2).published(), "the manifest's published beats its fetched");
        assertEquals(PublishedSource.MANIFEST, rs.get(2).publishedSource());
    }

    @Test
    void theOldFileThenUrlListStillDatesByItsUrl() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("scrape"));
        Files.writeString(folder.resolve("a.txt"), UNDATED);
        Files.writeString(folder.resolve("SOURCES.md"), "- a.txt https://news.example/2019/05/10/rebels-take-town/\n");
        DocumentResult r = run(frontline(), folder).get(0);
        assertEquals(LocalDate.of(2019, 5, 10), r.published());
        assertEquals(PublishedSource.URL, r.publishedSource());
    }

    @Test
    void aWarcRecordsCaptureTimeOnlyStandsInForAMissingDate() throws Exception {
        byte[] warc = concat(response("11111111-1111-1111-1111-111111111111", "https://news.example/a",
                        "2019-05-20T10:00:00Z", DATELINED),
                response("22222222-2222-2222-2222-222222222222", "https://news.example/b", "2019-05-20T10:00:00Z",
                        UNDATED));
        Path p = Files.write(dir.resolve("crawl.warc"), warc);
        List<DocumentResult> rs = run(frontline(), p);
        assertEquals(LocalDate.of(2019, 5, 8), rs.get(0).published(), "the story's dateline, not the crawl time");
        assertEquals(PublishedSource.DATELINE, rs.get(0).publishedSource());
        assertEquals(LocalDate.of(2019, 5, 20), rs.get(1).published());
        assertEquals(PublishedSource.FETCHED, rs.get(1).publishedSource());
        assertTrue(rs.get(1).publishedInferred());
    }

    @Test
    void aJsonLinesFetchedFieldStandsInButItsPublishedFieldWins() throws Exception {
        String text = UNDATED.replace("\n", "\\n");
        Path p = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"id\":\"x\",\"published\":\"2019-05-02\",\"fetched\":\"2019-05-20T09:00:00Z\",\"text\":\"" + text + "\"}\n"
                        + "{\"id\":\"y\",\"fetched\":\"2019-05-20T09:00:00Z\",\"text\":\"Militia gunners shelled a "
                        + "market held by the army, killing three traders, officials said.\"}\n");
        List<DocumentResult> rs = run(frontline(), p);
        assertEquals(LocalDate.of(2019, 5, 2), rs.get(0).published());
        assertEquals(PublishedSource.METADATA, rs.get(0).publishedSource());
        assertEquals(LocalDate.of(2019, 5, 20), rs.get(1).published());
        assertEquals(PublishedSource.FETCHED, rs.get(1).publishedSource());
    }

    @Test
    void aManifestInAFolderIsNotReadAsAReport() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("listed"));
        Files.writeString(folder.resolve("a.txt"), UNDATED);
        Files.writeString(folder.resolve("sources.tsv"), "file\turl\na.txt\thttps://news.example/a\n");
        assertEquals(List.of("a.txt"), run(frontline(), folder).stream().map(DocumentResult::doc).toList());
    }

    @Test
    void aGivenDateBeatsTheFileTimeButNotTheReportsOwnDate() throws Exception {
        Path undated = Files.writeString(dir.resolve("u.txt"), UNDATED);
        Path dated = Files.writeString(dir.resolve("v.txt"), DATELINED);
        Files.setLastModifiedTime(undated, FileTime.from(Instant.parse("2019-06-01T12:00:00Z")));
        Frontline given = frontline().with(new Frontline.BatchDates(LocalDate.of(2019, 5, 15), true));
        List<DocumentResult> rs = run(given, undated, dated);
        assertEquals(LocalDate.of(2019, 5, 15), rs.get(0).published());
        assertEquals(PublishedSource.GIVEN, rs.get(0).publishedSource());
        assertEquals(LocalDate.of(2019, 5, 8), rs.get(1).published());
        DocumentResult byFileTime = run(frontline(), undated).get(0);
        assertEquals(LocalDate.of(2019, 6, 1), byFileTime.published());
        assertEquals(PublishedSource.FILE_TIME, byFileTime.publishedSource());
    }

    @Test
    void aReportWithNoDateAtAllKeepsItsEventsUndated() throws Exception {
        Path undated = Files.writeString(dir.resolve("u.txt"), UNDATED);
        DocumentResult none = run(frontline().with(new Frontline.BatchDates(null, false)), undated).get(0);
        DocumentResult given = run(frontline().with(new Frontline.BatchDates(LocalDate.of(2019, 5, 15), false)),
                undated).get(0);
        assertNull(none.published());
        assertNull(none.publishedSource());
        assertNull(none.error());
        assertFalse(given.events().isEmpty(), "the fixture must yield events");
        assertEquals(withoutDates(given.events()), withoutDates(none.events()), "the same events, undated");
        for (Event e : none.events()) {
            assertNull(e.date(), e.toString());
        }
    }

    private static List<String> withoutDates(List<Event> events) {
        return events.stream().map(e -> e.type() + "|" + e.actor1() + "|" + e.actor2() + "|"
                + (e.place() == null ? null : e.place().name()) + "|" + e.evidence()).toList();
    }

    private static byte[] response(String id, String uri, String date, String text) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                + text.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + text;
        byte[] body = http.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\nWARC-Date: " + date
                + "\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
