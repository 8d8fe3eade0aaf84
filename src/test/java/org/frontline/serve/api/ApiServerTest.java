package org.frontline.serve.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventStore;
import org.frontline.testing.SharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API against a real server on a free loopback port, over the seeds. */
class ApiServerTest {
    static final String TOKEN = "test-token-7f3a";
    @TempDir
    static Path tmp;
    static SeedsServer seeds;
    static EventStore store;
    static ApiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        seeds = new SeedsServer(tmp.resolve("api.db"), TOKEN);
        store = seeds.store;
        server = seeds.server;
    }

    @AfterAll
    static void stop() {
        if (seeds != null) {
            seeds.close();
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() throws Exception {
        JsonNode doc = json("/openapi.json");
        assertEquals("3.0.3", doc.get("openapi").asText());
        for (String p : List.of("/api/events", "/api/events/{id}", "/api/control", "/api/sieges", "/api/documents", "/api/export")) {
            assertTrue(doc.get("paths").has(p), p);
        }
    }

    @Test
    void eventsFilterAndPage() throws Exception {
        JsonNode all = json("/api/events?place=Al-Bab&limit=3");
        assertEquals(3, all.get("events").size());
        JsonNode sieges = json("/api/events?type=siege&from=2017-02-06&to=2017-02-06");
        assertTrue(sieges.get("events").size() >= 1);
        JsonNode box = json("/api/events?bbox=37.4,36.3,37.6,36.45");
        for (JsonNode e : box.get("events")) {
            double lat = e.get("place").get("lat").asDouble();
            assertTrue(lat >= 36.3 && lat <= 36.45, e.toString());
        }
    }

    @Test
    void oneEventCarriesItsSourcesAndEvidence() throws Exception {
        JsonNode e = json("/api/events?type=siege&place=Al-Bab").get("events").get(0);
        JsonNode one = json("/api/events/" + URLEncoder.encode(e.get("id").asText(), StandardCharsets.UTF_8));
        assertEquals(2, one.get("corroboration").asInt());
        assertTrue(one.get("mentions").size() >= 2);
        JsonNode doc = json("/api/documents/" + one.get("documents").get(0).asText());
        assertTrue(doc.get("text").asText().contains("besieged"));
    }

    @Test
    void controlAndSiegesOnADay() throws Exception {
        JsonNode c = json("/api/control?place=Al-Bab&on=2017-02-06");
        assertEquals("Islamic State", c.get("places").get(0).get("holder").asText());
        JsonNode s = json("/api/sieges?on=2017-02-06");
        assertTrue(s.toString().contains("Al-Bab"), s.toString());
    }

    @Test
    void badParametersAreA400ThatSaysWhy() throws Exception {
        for (String q : List.of("/api/events?from=2017-13-40", "/api/events?limit=0", "/api/events?limit=abc",
                "/api/events?bbox=1,2,3", "/api/events?bbox=200,0,210,10", "/api/events?type=coup",
                "/api/events?near=1,2,-5", "/api/control", "/api/sieges?on=yesterday", "/api/export?format=xls",
                "/api/events?from=2017-02-07&to=2017-02-01")) {
            HttpResponse<String> r = get(q);
            assertEquals(400, r.statusCode(), q + " -> " + r.body());
            assertTrue(JSON.readTree(r.body()).get("error").asText().length() > 10, r.body());
        }
    }

    @Test
    void injectionProbesFindNothingAndBreakNothing() throws Exception {
        String probe = URLEncoder.encode("x'); DROP TABLE documents;--", StandardCharsets.UTF_8);
        assertEquals(0, json("/api/events?place=" + probe).get("events").size());
        assertEquals(200, get("/api/search?q=" + probe).statusCode());
        assertTrue(json("/api/events?place=Al-Bab").get("events").size() > 0, "the tables survive");
    }

    @Test
    void writesNeedTheToken() throws Exception {
        String body = "{\"id\":\"posted-1\",\"title\":\"Test\",\"published\":\"2017-02-07\",\"text\":\"Rebels captured Azaz on Monday, the monitor said.\"}\n";
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body));
        assertEquals(401, HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(401, HTTP.send(post.header("Authorization", "Bearer wrong").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> ok = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("new", JSON.readTree(ok.body()).get("documents").get(0).get("outcome").asText());
    }

    @Test
    void exportsOpenInAnalystsTools() throws Exception {
        HttpResponse<String> csv = get("/api/export?format=acled-csv&place=Al-Bab");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("event_id_cnty,event_date,"), csv.body());
        JsonNode geo = JSON.readTree(get("/api/export?format=geojson").body());
        org.frontline.serve.export.Rfc7946Check.assertValid(geo);
    }

    @Test
    void staticFilesStayInsideTheWebFolder() throws Exception {
        // refused either way: by the server as an ambiguous path (400) or by the static handler (404)
        assertTrue(List.of(400, 404).contains(get("/../../etc/passwd").statusCode()));
        assertTrue(List.of(400, 404).contains(get("/%2e%2e/pom.xml").statusCode()));
        HttpResponse<String> api = get("/api/nothing-here");
        assertEquals(404, api.statusCode());
        assertFalse(api.body().contains("Exception"));
    }

    static HttpResponse<String> post(String pathAndQuery, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDocumentSpeaksSnakeCaseAndKeepsTheServersPathsToItself() throws Exception {
        String id = json("/api/events?place=Al-Bab&limit=1").get("events").get(0).get("documents").get(0).asText();
        HttpResponse<String> r = get("/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        JsonNode d = JSON.readTree(r.body());
        for (String f : List.of("doc", "published_inferred", "published_source", "duplicate_of", "content_hash", "ingested_at", "text")) {
            assertTrue(d.has(f), f + " in " + d.fieldNames());
        }
        d.fieldNames().forEachRemaining(f -> assertTrue(f.matches("[a-z0-9_]+"), "snake_case: " + f));
        assertFalse(d.has("origin"), "no server file path");
        assertFalse(r.body().contains("corpus/seeds") || r.body().contains(tmp.toString()), "no server path in the body");
    }

    @Test
    void aPostedDocumentIsStoredUnderItsIdAndPostsWithoutOneNeverReplaceEachOther() throws Exception {
        HttpResponse<String> named = post("/api/documents?id=p1", "text/plain; charset=utf-8",
                "Rebels captured Azaz on Monday, the monitor said.");
        assertEquals(200, named.statusCode(), named.body());
        assertEquals("p1", JSON.readTree(named.body()).get("documents").get(0).get("doc").asText());
        assertEquals(200, get("/api/documents/p1").statusCode(), "GET finds it by the id it was posted with");
        String first = JSON.readTree(post("/api/documents", "text/plain", "Jets struck Saraqib on Tuesday.").body())
                .get("documents").get(0).get("doc").asText();
        JsonNode second = JSON.readTree(post("/api/documents", "text/plain", "Shelling hit Ariha on Wednesday.").body())
                .get("documents").get(0);
        assertFalse(first.equals(second.get("doc").asText()), first);
        assertEquals("new", second.get("outcome").asText(), "the second post does not replace the first");
        assertEquals(200, get("/api/documents/" + first).statusCode());
        assertEquals(400, post("/api/documents?id=../x", "text/plain", "text").statusCode());
    }

    @Test
    void pagesAndExportsSayHowManyEventsMatch() throws Exception {
        HttpResponse<String> r = get("/api/events?place=Al-Bab&limit=2");
        JsonNode page = JSON.readTree(r.body());
        long total = page.get("total").asLong();
        assertTrue(total > 2, page.toString());
        assertEquals(String.valueOf(total), r.headers().firstValue("X-Total-Count").orElse(""));
        assertEquals(String.valueOf(total), get("/api/export?format=jsonl&place=Al-Bab&limit=1").headers()
                .firstValue("X-Total-Count").orElse(""));
    }

    @Test
    void keysetPagesFollowEachOtherByCursor() throws Exception {
        JsonNode all = json("/api/events?limit=10000");
        List<String> walked = new java.util.ArrayList<>();
        JsonNode page = json("/api/events?limit=3");
        while (true) {
            page.get("events").forEach(e -> walked.add(e.get("id").asText()));
            if (page.get("next_after").isNull()) {
                break;
            }
            page = json("/api/events?limit=3&after=" + page.get("next_after").asText());
        }
        List<String> ids = new java.util.ArrayList<>();
        all.get("events").forEach(e -> ids.add(e.get("id").asText()));
        assertEquals(ids, walked, "pages by after= list what one page lists");
        assertEquals(400, get("/api/events?after=bm9wZQ").statusCode(), "a token that names no row is refused");
    }

    @Test
    void readsCarryTheStoreGenerationAsETagAndAnswer304WhileNothingIsWritten() throws Exception {
        HttpResponse<String> first = get("/api/events?limit=5");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/events?limit=5")).header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(tag, again.headers().firstValue("ETag").orElse(""));
        HttpResponse<String> gz = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/events?limit=50")).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
        assertNotEquals(tag, gz.headers().firstValue("ETag").orElse(""), "the compressed answer has a tag of its own");
        assertEquals(200, post("/api/documents?id=etag-probe", "text/plain", "Rebels shelled Al-Bab on Monday.").statusCode());
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/api/events?limit=5")).header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "a write moves the generation: the old tag no longer matches");
    }

    @Test
    void siegeReasonsAreLowerCaseLikeEveryOtherValue() throws Exception {
        JsonNode s = json("/api/sieges?on=2017-02-06");
        assertTrue(s.size() > 0);
        for (JsonNode siege : s) {
            for (JsonNode reason : siege.get("reasons")) {
                assertTrue(reason.asText().matches("[a-z_]+"), reason.asText());
            }
        }
    }

    @Test
    void searchTakesHyphenatedAndOddWords() throws Exception {
        for (String q : List.of("al-bab", "\"al-bab", "bab OR", "-bab", "title:bab", "al-bab*")) {
            HttpResponse<String> r = get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), q + " -> " + r.body());
        }
        assertTrue(json("/api/search?q=al-bab").get("hits").size() > 0);
    }
}
