package org.frontline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.frontline.model.RawDocument;

/** WARC archives written by hand in the test, so every byte of the format is visible here. */
class WarcArchiveReaderTest {

    @TempDir
    Path dir;

    private static byte[] record(String type, String id, String uri, String contentType, String block) {
        byte[] body = block.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n"
                + "WARC-Date: 2017-02-06T10:00:00Z\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] httpResponse(String id, String uri, int status, String type, String payload) {
        String http = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: "
                + payload.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + payload;
        return record("response", id, uri, "application/http; msgtype=response", http);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] gzipEach(byte[]... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(one)) {
                gz.write(r);
            }
            out.writeBytes(one.toByteArray());
        }
        return out.toByteArray();
    }

    private List<RawDocument> read(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return new DocumentReader().read(List.of(p)).toList();
    }

    private static final String PAGE = "<html><head><title>Front</title></head><body><p>Troops entered the town.</p></body></html>";

    @Test
    void responseRecordsBecomeDocuments() throws IOException {
        List<RawDocument> docs = read("crawl.warc", concat(
                record("warcinfo", "00000000-0000-0000-0000-000000000000", null, "application/warc-fields", "software: test\r\n"),
                record("request", "11111111-1111-1111-1111-111111111111", "http://news.test/a", "application/http; msgtype=request",
                        "GET /a HTTP/1.1\r\nHost: news.test\r\n\r\n"),
                httpResponse("22222222-2222-2222-2222-222222222222", "http://news.test/a", 200, "text/html; charset=utf-8", PAGE)));
        assertEquals(1, docs.size());
        RawDocument d = docs.get(0);
        assertNull(d.error());
        assertEquals("urn:uuid:22222222-2222-2222-2222-222222222222", d.id());
        assertEquals("http://news.test/a", d.url());
        assertNull(d.published(), "WARC-Date is the capture date, not the publication date");
        assertEquals(RawDocument.Format.HTML, d.format());
        assertTrue(d.body().contains("Troops entered the town."));
    }

    @Test
    void nonHttpAndNonTextRecordsAreSkippedResourcesRead() throws IOException {
        List<RawDocument> docs = read("mixed.warc", concat(
                record("response", "33333333-3333-3333-3333-333333333333", "dns:news.test", "text/dns", "news.test. 300 IN A 10.0.0.1"),
                record("metadata", "44444444-4444-4444-4444-444444444444", "http://news.test/a", "application/warc-fields", "via: x\r\n"),
                httpResponse("55555555-5555-5555-5555-555555555555", "http://news.test/logo.png", 200, "image/png", "PNGDATA"),
                httpResponse("66666666-6666-6666-6666-666666666666", "http://news.test/old", 301, "text/html", "moved"),
                record("resource", "77777777-7777-7777-7777-777777777777", "file:///notes.txt", "text/plain", "A plain resource record."),
                record("conversion", "88888888-8888-8888-8888-888888888888", "http://news.test/b", "text/plain", "Converted text.")));
        assertEquals(List.of("A plain resource record.", "Converted text."), docs.stream().map(RawDocument::body).toList());
    }

    @Test
    void gzippedArchive() throws IOException {
        List<RawDocument> docs = read("crawl.warc.gz", gzipEach(
                httpResponse("99999999-9999-9999-9999-999999999999", "http://news.test/c", 200, "text/html", PAGE),
                record("resource", "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa", "file:///x.txt", "text/plain", "Second.")));
        assertEquals(2, docs.size());
        assertNull(docs.get(0).error());
        assertEquals("Second.", docs.get(1).body());
    }

    @Test
    void truncatedArchiveKeepsWhatWasReadAndNamesTheOffset() throws IOException {
        byte[] first = httpResponse("bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb", "http://news.test/d", 200, "text/html", PAGE);
        byte[] second = httpResponse("cccccccc-cccc-cccc-cccc-cccccccccccc", "http://news.test/e", 200, "text/html", PAGE);
        byte[] cut = concat(first, Arrays.copyOf(second, 60));
        List<RawDocument> docs = read("cut.warc", cut);
        assertEquals(2, docs.size(), docs.toString());
        assertNull(docs.get(0).error());
        assertNotNull(docs.get(1).error());
        assertTrue(docs.get(1).error().contains("cut.warc") && docs.get(1).error().contains("offset"), docs.get(1).error());
    }

    @Test
    void truncatedGzipArchive() throws IOException {
        byte[] gz = gzipEach(httpResponse("dddddddd-dddd-dddd-dddd-dddddddddddd", "http://news.test/f", 200, "text/html", PAGE),
                httpResponse("eeeeeeee-eeee-eeee-eeee-eeeeeeeeeeee", "http://news.test/g", 200, "text/html", PAGE));
        List<RawDocument> docs = read("cut.warc.gz", Arrays.copyOf(gz, gz.length - 40));
        assertNull(docs.get(0).error());
        assertNotNull(docs.get(docs.size() - 1).error());
    }

    @Test
    void garbageNamedWarc() throws IOException {
        List<RawDocument> docs = read("junk.warc", "this is not an archive at all\n".repeat(20).getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, docs.size());
        assertTrue(docs.get(0).error().contains("junk.warc"), docs.get(0).error());
    }

    @Test
    void emptyPayloadRecordFailsAlone() throws IOException {
        List<RawDocument> docs = read("hole.warc", concat(
                record("resource", "ffffffff-ffff-ffff-ffff-ffffffffffff", "file:///empty.txt", "text/plain", ""),
                record("resource", "12121212-1212-1212-1212-121212121212", "file:///full.txt", "text/plain", "Fine.")));
        assertEquals(2, docs.size());
        assertTrue(docs.get(0).error().contains("urn:uuid:ffffffff"), docs.get(0).error());
        assertEquals("Fine.", docs.get(1).body());
    }
}
