package org.frontline.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Decides how a file is to be read from its name and its first bytes, and whether decoded text is
 * really text. Names are only a hint: a .txt that holds HTML is read as HTML, a WARC is recognised
 * by its "WARC/" magic whatever it is called.
 */
final class FormatSniffer {

    enum Container { DOCUMENT, JSON_LINES, WARC, UNSUPPORTED_GZIP }

    /** How many bytes of a file are enough to decide. */
    static final int HEAD_BYTES = 8192;
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body|<meta|<title)");
    private static final Pattern HTML_TAGS = Pattern.compile("(?i)</(p|div|body|html|article|span|a)>");

    private FormatSniffer() {
    }

    static Container container(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz") || startsWithAscii(head, "WARC/")) {
            return Container.WARC;
        }
        if (isGzip(head)) {
            return startsWithAscii(gunzipHead(head), "WARC/") ? Container.WARC : Container.UNSUPPORTED_GZIP;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Container.JSON_LINES;
        }
        return Container.DOCUMENT;
    }

    static boolean isHtmlName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    /** Markup at the start, or closing tags throughout the head: a scraped page saved as .txt is still HTML. */
    static boolean looksLikeHtml(String text) {
        String head = text.length() > HEAD_BYTES ? text.substring(0, HEAD_BYTES) : text;
        if (HTML_START.matcher(head).find()) {
            return true;
        }
        var m = HTML_TAGS.matcher(head);
        int closing = 0;
        while (m.find() && closing < 5) {
            closing++;
        }
        return closing >= 5;
    }

    /** Names a well-known binary format by its magic number, or null. */
    static String binaryMagic(byte[] head) {
        if (startsWithAscii(head, "%PDF")) {
            return "PDF";
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "PNG image";
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return "JPEG image";
        }
        if (startsWithAscii(head, "GIF8")) {
            return "GIF image";
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "ZIP archive (or Office document)";
        }
        return null;
    }

    /**
     * Decoded text that is full of control characters was never text. Tabs, newlines, form feeds
     * and the odd stray control character are tolerated; more than 1% of the head is not.
     */
    static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 65536);
        if (n == 0) {
            return false;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                bad++;
            }
        }
        return bad > Math.max(2, n / 100);
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    private static byte[] gunzipHead(byte[] head) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            return in.readNBytes(16);
        } catch (IOException e) { // a head too short or damaged to tell; not a WARC we can read anyway
            return new byte[0];
        }
    }

    private static boolean startsWithAscii(byte[] b, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (b.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
