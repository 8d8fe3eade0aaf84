package org.frontline.reliability;

import static org.frontline.reliability.BadInput.ascii;
import static org.frontline.reliability.BadInput.bytes;
import static org.frontline.reliability.BadInput.concat;
import static org.frontline.reliability.BadInput.utf8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Bad WARC archives and JSON Lines feeds. Where a container can hold several documents, a good
 * "canary" document sits after the bad part, so the test also sees the file itself go on.
 */
final class BadContainerInputs {
    /** A JSON line every reader should accept and extract events from. */
    static final String CANARY_LINE = "{\"id\":\"canary\",\"published\":\"2016-03-14\",\"text\":"
            + org.frontline.reliability.Json.quote(SyntheticNews.goodText()) + "}\n";

    private BadContainerInputs() {
    }

    static List<BadInput> all() {
        List<BadInput> c = new ArrayList<>();
        byte[] good = warcResponse("canary", "text/html; charset=utf-8", ascii("<html><body><p>" + SyntheticNews.goodText() + "</p></body></html>"));
        byte[] whole = warcResponse("whole", "text/plain", ascii(SyntheticNews.goodText()));
        c.add(bytes("WARC truncated mid-record", "cut.warc", Arrays.copyOf(whole, whole.length / 2), "truncated"));
        c.add(bytes("WARC truncated mid-header", "cuthead.warc", Arrays.copyOf(whole, 40), null));
        c.add(bytes("WARC with only non-HTTP records", "meta.warc", concat(
                record("warcinfo", "application/warc-fields", ascii("software: test\r\n")),
                record("request", "application/http; msgtype=request", ascii("GET / HTTP/1.1\r\nHost: x\r\n\r\n")),
                record("metadata", "application/warc-fields", ascii("via: nowhere\r\n")),
                record("resource", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}), good), null).good(1));
        c.add(bytes("WARC HTTP 404 and redirect", "codes.warc", concat(
                warcHttp("404", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>"),
                warcHttp("301", "HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n"), good), null).good(1));
        c.add(bytes("WARC HTTP garbage status line", "status.warc", concat(
                warcHttp("garbage", "NOT HTTP AT ALL\r\n\r\n" + "x".repeat(1000)), good), null).good(1));
        c.add(bytes("WARC garbage after a good record", "tail.warc", concat(good, ascii("WARC/1.0\r\nnonsense: \u0000\r\n\r\n")), null).good(1));
        c.add(bytes("WARC negative Content-Length", "neg.warc", ascii("WARC/1.0\r\nWARC-Type: resource\r\n"
                + "WARC-Record-ID: <urn:uuid:neg>\r\nContent-Type: text/plain\r\nContent-Length: -5\r\n\r\nAzaz\r\n\r\n"), null));
        c.add(bytes("WARC Content-Length past the end", "long.warc", ascii("WARC/1.0\r\nWARC-Type: resource\r\n"
                + "WARC-Record-ID: <urn:uuid:long>\r\nContent-Type: text/plain\r\nContent-Length: 99999999999\r\n\r\nAzaz shelled.\r\n"), null));
        c.add(bytes("WARC gzip member truncated", "cut.warc.gz", cutGzip(concat(good, whole)), null));
        c.add(bytes("WARC gzip with garbage member", "junk.warc.gz", concat(BadTextInputs.gzip(good), ascii("garbage not gzip")), null).good(1));
        c.add(new BadInput("WARC gzip bomb (record inflates to 300 MB)", "bomb.warc.gz", f -> gzipBomb(f, 300L << 20, good), null).good(1));
        c.add(utf8("JSON Lines with broken lines", "broken.jsonl", "{\"id\":\n" + "not json at all\n"
                + "{\"id\":\"u\",\"text\":\"unterminated\n" + "}{\n" + CANARY_LINE).good(1));
        c.add(utf8("JSON Lines values that are not objects", "values.jsonl", "[1,2,3]\n42\n\"str\"\nnull\ntrue\n" + CANARY_LINE).good(1));
        c.add(utf8("JSON Lines missing or empty text", "notext.jsonl", "{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":\"\"}\n"
                + "{\"id\":\"c\",\"text\":\"   \"}\n{\"id\":\"d\",\"html\":\"<script>x</script>\"}\n" + CANARY_LINE).good(1));
        c.add(utf8("JSON Lines wrong field types", "types.jsonl", "{\"id\":{},\"text\":5}\n{\"id\":[1],\"text\":[\"a\"]}\n"
                + "{\"id\":\"t\",\"text\":\"Azaz was shelled.\",\"published\":\"31 February 2016\",\"title\":{\"a\":1},\"url\":7}\n" + CANARY_LINE).good(1));
        c.add(utf8("JSON Lines 1e400 values", "huge-number.jsonl", "{\"id\":1e400,\"text\":\"Azaz was shelled on Sunday.\",\"published\":1e400}\n"
                + "{\"id\":\"n\",\"text\":\"1e400 killed in Azaz on Sunday.\",\"published\":\"2016-03-14\"}\n" + CANARY_LINE).good(1));
        c.add(utf8("JSON Lines nested 100,000 deep", "deep.jsonl", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "\n"
                + "[".repeat(100_000) + "\n" + CANARY_LINE).good(1));
        c.add(utf8("JSON Lines duplicate ids", "dup.jsonl", CANARY_LINE.replace("canary", "same") + CANARY_LINE.replace("canary", "same")
                .replace("Sunday", "Monday") + CANARY_LINE).good(1));
        c.add(utf8("JSON Lines 100 KB id", "longid.jsonl", "{\"id\":\"" + "i".repeat(100_000) + "\",\"text\":\"Azaz was shelled.\"}\n" + CANARY_LINE).good(1));
        c.add(utf8("JSON Lines blank lines, CRLF and BOM", "crlf.jsonl", "\uFEFF\r\n\r\n   \r\n" + CANARY_LINE.replace("\n", "\r\n") + "\r\n\t\r\n").good(1));
        c.add(bytes("JSON Lines invalid UTF-8 in strings", "utf8.jsonl", concat(ascii("{\"id\":\"x\",\"text\":\"Azaz "),
                new byte[] {(byte) 0xFF, (byte) 0xC3, 0x28}, ascii(" was shelled.\"}\n"), ascii(CANARY_LINE)), null).good(1));
        c.add(utf8("JSON Lines NUL and control characters", "nul.jsonl", "{\"id\":\"z\",\"text\":\"Azaz\\u0000 was\\u0007 shelled\\u001b.\"}\n"
                + "\0\0\0\n" + CANARY_LINE).good(1));
        c.add(utf8("JSON Lines 20,000 broken lines", "manybroken.jsonl", "{oops\n".repeat(20_000) + CANARY_LINE).good(1));
        c.add(utf8("JSON Lines 5 MB text of one word", "bigtext.jsonl", "{\"id\":\"w\",\"text\":\"" + "shelled ".repeat(650_000) + "\"}\n" + CANARY_LINE).good(1));
        c.add(utf8("JSON Lines script and javascript: in html", "xss.jsonl", "{\"id\":\"x\",\"published\":\"2016-03-14\",\"html\":"
                + Json.quote("<p onclick=\"alert(1)\"><a href=\"javascript:alert(2)\">x</a><script>alert(3)</script>"
                + SyntheticNews.goodText() + "</p>") + "}\n" + CANARY_LINE).good(1));
        return c;
    }

    static byte[] record(String type, String contentType, byte[] body) {
        String id = "<urn:uuid:" + java.util.UUID.nameUUIDFromBytes(concat(ascii(type), body)) + ">";
        return concat(ascii("WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: " + id
                + "\r\nWARC-Date: 2016-03-14T00:00:00Z\r\nWARC-Target-URI: http://example.org/" + type
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n"), body, ascii("\r\n\r\n"));
    }

    static byte[] warcHttp(String name, String http) {
        return record("response", "application/http; msgtype=response", http.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] warcResponse(String name, String contentType, byte[] body) {
        byte[] head = ascii("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n");
        return record("response", "application/http; msgtype=response", concat(head, body));
    }

    private static byte[] cutGzip(byte[] plain) {
        byte[] gz = BadTextInputs.gzip(plain);
        return Arrays.copyOf(gz, gz.length * 2 / 3);
    }

    /**
     * A resource record declaring {@code size} bytes of spaces, gzip-compressed as it is written
     * (a few hundred KB on disk), then a good record: the reader must refuse the bomb by the limit
     * and still reach the good record.
     */
    static void gzipBomb(java.nio.file.Path f, long size, byte[] after) throws IOException {
        try (OutputStream out = Files.newOutputStream(f)) {
            GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
            gz.write(ascii("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:bomb>\r\n"
                    + "WARC-Target-URI: http://example.org/bomb\r\nContent-Type: text/plain\r\nContent-Length: " + size + "\r\n\r\n"));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            for (long n = 0; n < size; n += chunk.length) {
                gz.write(chunk, 0, (int) Math.min(chunk.length, size - n));
            }
            gz.write(ascii("\r\n\r\n"));
            gz.finish();
            GZIPOutputStream second = new GZIPOutputStream(out);
            second.write(after);
            second.finish();
        }
    }
}
