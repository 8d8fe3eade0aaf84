package org.frontline.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile article text through the API: documents carrying scripts, event-handler attributes and
 * javascript: links are posted (with the token) and must come back only as JSON strings, served as
 * application/json with nosniff, so no browser renders them. Also: bodies over the limit, and the
 * address the server listens on.
 */
class HostileTextApiTest {
    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String HANDLER = "<img src=x onerror=\"alert(1)\">";
    static final String JS_LINK = "<a href=\"javascript:alert(2)\">click</a>";
    @TempDir
    static Path dir;
    static ApiServerFixture api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiServerFixture(dir, 0, 4);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    static String hostileLine(String id, String field) {
        String payload = SCRIPT + " " + HANDLER + " " + JS_LINK + " ";
        return "{\"id\":\"" + id + "\",\"published\":\"2016-03-14\",\"title\":" + Json.quote("Title " + SCRIPT + HANDLER)
                + ",\"url\":\"javascript:alert(3)\",\"" + field + "\":" + Json.quote(payload + SyntheticNews.goodText() + payload) + "}\n";
    }

    @Test
    void postedScriptsComeBackAsInertJsonStrings() throws Exception {
        HttpResponse<String> post = api.http.post("/api/documents", "application/x-ndjson", ApiServerFixture.TOKEN,
                HttpRequest.BodyPublishers.ofString(hostileLine("xss-text", "text") + hostileLine("xss-html", "html")));
        assertEquals(200, post.statusCode(), post.body());
        assertInertJson(post);
        for (String doc : List.of("xss-text", "xss-html")) {
            HttpResponse<String> r = api.http.get("/api/documents/" + doc);
            assertEquals(200, r.statusCode(), r.body());
            assertInertJson(r);
            JsonNode d = Json.MAPPER.readTree(r.body());
            assertTrue(d.isObject(), r.body());
            // whatever survived cleaning is a JSON string value, never markup in the response
            d.fields().forEachRemaining(f -> assertFalse(f.getValue().isObject() && f.getValue().has("script"), f.toString()));
        }
        HttpResponse<String> events = api.http.get("/api/events?place=Qaryatayn");
        assertInertJson(events);
        assertTrue(Json.MAPPER.readTree(events.body()).get("events").size() > 0, events.body());
        HttpResponse<String> search = api.http.get("/api/search?q=" + URLEncoder.encode("alert", StandardCharsets.UTF_8));
        assertInertJson(search);
    }

    @Test
    void errorsThatEchoHostileInputAreJsonToo() throws Exception {
        String probe = URLEncoder.encode(SCRIPT + HANDLER, StandardCharsets.UTF_8);
        for (String path : List.of("/api/documents/" + probe, "/api/events/" + probe, "/api/events?from=" + probe,
                "/api/nothing/" + probe, "/api/control?on=2016-01-01&place=" + probe)) {
            HttpResponse<String> r = api.http.get(path);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " -> " + r.statusCode());
            assertInertJson(r);
        }
    }

    static void assertInertJson(HttpResponse<String> r) throws Exception {
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/json"), r.uri() + ": Content-Type " + type);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), r.uri().toString());
        Json.MAPPER.readTree(r.body()); // parses: the markup can only be inside strings
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        byte[] big = new byte[16 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = api.http.post("/api/documents?id=big", "text/plain", ApiServerFixture.TOKEN,
                HttpRequest.BodyPublishers.ofByteArray(big));
        assertEquals(413, r.statusCode(), r.body());
        assertInertJson(r);
        // streamed without a Content-Length (chunked): the server must still stop at the limit
        HttpResponse<String> chunked = api.http.post("/api/documents?id=big2", "text/plain", ApiServerFixture.TOKEN,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)));
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertEquals(200, api.http.get("/api/events").statusCode(), "the server still answers");
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        List<String> bound = Http.listeningAddresses(api.server.port());
        org.junit.jupiter.api.Assumptions.assumeFalse(bound.isEmpty(), "no /proc/net/tcp here");
        assertEquals(List.of("127.0.0.1"), bound);
    }

    /** The CLI's default, not just the test's choice: {@code frontline serve} with no --bind, in a child JVM. */
    @Test
    void serveBindsLoopbackByDefault() throws Exception {
        Path err = dir.resolve("serve.err");
        org.frontline.store.EventStore.open(dir.resolve("serve.db").toString()).close(); // serve opens, never creates, a store
        try (ChildJvm child = ChildJvm.start(org.frontline.cli.Main.class, "512m", err, "serve", "--port", "0",
                "--db", dir.resolve("serve.db").toString())) {
            String line = "";
            for (long end = System.currentTimeMillis() + 120_000; System.currentTimeMillis() < end && !line.contains("serving"); ) {
                Thread.sleep(200);
                line = child.stderrTail();
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("on http://([^/]+):(\\d+)/").matcher(line);
            assertTrue(m.find(), "serve did not start: " + line);
            assertEquals("127.0.0.1", m.group(1), line);
            List<String> bound = Http.listeningAddresses(Integer.parseInt(m.group(2)));
            org.junit.jupiter.api.Assumptions.assumeFalse(bound.isEmpty(), "no /proc/net/tcp here");
            assertEquals(List.of("127.0.0.1"), bound);
        }
    }
}
