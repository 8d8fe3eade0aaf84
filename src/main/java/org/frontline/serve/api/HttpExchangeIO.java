package org.frontline.serve.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Reading requests and writing JSON responses, with the limits every handler shares. */
final class HttpExchangeIO {
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private HttpExchangeIO() {
    }

    /** Query parameters, decoded; a repeated name keeps its first value. */
    static Map<String, String> query(HttpExchange ex) {
        Map<String, String> out = new LinkedHashMap<>();
        String q;
        try {
            q = ex.getRequestURI().getRawQuery();
        } catch (IllegalArgumentException e) {
            // the server could not even make a URI of it: a malformed escape ("%ZZ")
            throw new BadRequest("malformed percent-encoding in the query");
        }
        if (q == null || q.isEmpty()) {
            return out;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(k, v);
        }
        return out;
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("malformed percent-encoding in '" + s + "'");
        }
    }

    /** The request body, refused past {@code max} bytes so one client cannot exhaust memory. */
    static byte[] body(HttpExchange ex, int max) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (buf.size() + n > max) {
                    throw new BadRequest(413, "request body over the limit of " + max + " bytes");
                }
                buf.write(chunk, 0, n);
            }
            return buf.toByteArray();
        }
    }

    static void json(HttpExchange ex, int status, Object value) throws IOException {
        jsonBytes(ex, status, JSON.writeValueAsBytes(value));
    }

    /** JSON already written. */
    static void jsonBytes(HttpExchange ex, int status, byte[] body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", body);
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        headers(ex, status, contentType);
        if (ex.getRequestMethod().equals("HEAD")) {
            // the headers GET would send, the length included, and no body
            ex.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        if (body.length >= GZIP_FROM && gzip(ex)) {
            ex.sendResponseHeaders(status, 0);
            try (OutputStream out = new GZIPOutputStream(ex.getResponseBody(), 8192)) {
                out.write(body);
            }
            ex.close();
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    /** Writes a response body of unknown length. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * A 200 whose body is written as it is made (chunked, gzip-compressed when the client accepts
     * it), for answers of any size: nothing is buffered beyond the compressor's window. A failure
     * after the first bytes cannot become an error status any more: the connection is dropped
     * instead, so the client sees a broken transfer rather than a short file that looks complete.
     */
    static void stream(HttpExchange ex, String contentType, Body body) throws IOException {
        headers(ex, 200, contentType);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(200, -1);
            ex.close();
            return;
        }
        boolean gzip = gzip(ex);
        ex.sendResponseHeaders(200, 0);
        OutputStream raw = ex.getResponseBody();
        try (OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : new java.io.BufferedOutputStream(raw, 1 << 16)) {
            body.write(out);
        } catch (IOException | RuntimeException e) {
            throw new StreamBroken(e);
        }
        ex.close();
    }

    /** A streamed answer failed after its status went out: the router drops the connection. */
    static final class StreamBroken extends RuntimeException {
        StreamBroken(Throwable cause) {
            super(cause);
        }
    }

    /** Bodies smaller than this go uncompressed: gzip's header and a round trip of CPU cost more than they save. */
    private static final int GZIP_FROM = 1024;

    /** Whether the client accepts gzip; says so in the response (Content-Encoding, Vary) when it does. */
    private static boolean gzip(HttpExchange ex) {
        ex.getResponseHeaders().add("Vary", "Accept-Encoding");
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (accept == null || !java.util.Arrays.stream(accept.split(","))
                .map(t -> t.trim().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(t -> t.equals("gzip") || t.startsWith("gzip;") && !t.replace(" ", "").endsWith("q=0"))) {
            return false;
        }
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        return true;
    }

    private static void headers(HttpExchange ex, int status, String contentType) {
        if (PerGeneration.servedStale()) {
            // made from reasoning older than the store: the generation's tag would vouch for it wrongly
            ex.getResponseHeaders().remove("ETag");
        }
        ex.getResponseHeaders().set("Content-Type", contentType);
        // article text is untrusted: the browser must never sniff a JSON or text response into HTML
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
                        + "frame-ancestors 'none'");
        if (!ex.getResponseHeaders().containsKey("Cache-Control")) {
            // answers change with every write; a cache may keep them only if it asks again first
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
        }
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        if (status >= 400 && !ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
            // a refused write's body is left unread and the server drops the connection after the
            // answer: say so, or a client reuses the dead connection for its next request
            ex.getResponseHeaders().set("Connection", "close");
        }
    }

    static void error(HttpExchange ex, int status, String message) throws IOException {
        json(ex, status, Map.of("error", message));
    }
}
