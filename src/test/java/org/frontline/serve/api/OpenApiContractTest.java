package org.frontline.serve.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.serve.ApiServer;
import org.frontline.serve.export.AcledCsv;
import org.frontline.store.EventStore;
import org.frontline.testing.SharedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract: every path and method /openapi.json documents is called on a real server over the
 * seeds, and each 200 response is checked against the schema the document gives it (objects are
 * closed, so a field the server sends and the document does not name fails too).
 */
class OpenApiContractTest {
    static final String TOKEN = "contract-token-1";
    @TempDir
    static Path tmp;
    static SeedsServer seeds;
    static EventStore store;
    static ApiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        seeds = new SeedsServer(tmp.resolve("contract.db"), TOKEN);
        store = seeds.store;
        server = seeds.server;
    }

    @AfterAll
    static void stop() {
        if (seeds != null) {
            seeds.close();
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder at(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void everyDocumentedPathAnswersAsItsSchemaSays() throws Exception {
        JsonNode doc = JSON.readTree(send(at("/openapi.json")).body());
        OpenApiSchemaCheck check = new OpenApiSchemaCheck(doc);
        JsonNode siege = JSON.readTree(send(at("/api/events?type=siege&place=Al-Bab")).body()).get("events").get(0);
        String eventId = siege.get("id").asText();
        String docId = siege.get("documents").get(0).asText();
        String posted = "{\"id\":\"contract-1\",\"title\":\"Test\",\"published\":\"2017-02-07\","
                + "\"text\":\"Rebels captured Azaz on Monday, the monitor said.\"}\n";

        // path + method -> the requests that exercise it, with the media type of the 200 to check
        record Call(HttpRequest.Builder request, String mediaType) {
        }
        Map<String, List<Call>> calls = new LinkedHashMap<>();
        calls.put("GET /api/events", List.of(new Call(at("/api/events?limit=50"), "application/json"),
                new Call(at("/api/events?place=Al-Bab&type=siege&from=2017-01-01&to=2017-12-31&limit=2&offset=1"), "application/json")));
        calls.put("GET /api/events/{id}", List.of(new Call(at("/api/events/" + enc(eventId)), "application/json")));
        calls.put("GET /api/range", List.of(new Call(at("/api/range"), "application/json")));
        calls.put("GET /api/documents", List.of(new Call(at("/api/documents?q=besieged&limit=3"), "application/json")));
        calls.put("POST /api/documents", List.of(new Call(at("/api/documents").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(posted)), "application/json")));
        calls.put("GET /api/documents/{doc}", List.of(new Call(at("/api/documents/" + enc(docId)), "application/json")));
        calls.put("GET /api/search", List.of(new Call(at("/api/search?q=al-bab"), "application/json")));
        calls.put("GET /api/control", List.of(new Call(at("/api/control?on=2017-02-06"), "application/json"),
                new Call(at("/api/control?on=2017-02-06&place=Al-Bab"), "application/json")));
        calls.put("GET /api/sieges", List.of(new Call(at("/api/sieges?on=2017-02-06"), "application/json")));
        calls.put("GET /api/contradictions", List.of(new Call(at("/api/contradictions"), "application/json"),
                new Call(at("/api/contradictions?on=2017-11-10"), "application/json")));
        calls.put("GET /api/sides", List.of(new Call(at("/api/sides"), "application/json")));
        calls.put("GET /api/export", List.of(new Call(at("/api/export?format=geojson"), "application/geo+json"),
                new Call(at("/api/export?format=jsonl&limit=20"), "application/x-ndjson"),
                new Call(at("/api/export?format=acled-csv&place=Al-Bab&formula_guard=false"), "text/csv")));
        calls.put("GET /api/sources", List.of(new Call(at("/api/sources"), "application/json")));
        calls.put("GET /api/stream", List.of(new Call(at("/api/stream"), "text/event-stream")));

        List<String> problems = new ArrayList<>();
        List<String> documented = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m ->
                documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        assertEquals(new java.util.TreeSet<>(documented), new java.util.TreeSet<>(calls.keySet()),
                "every documented operation is exercised, and only those");
        for (String op : documented) {
            String[] mp = op.split(" ", 2);
            JsonNode response = doc.get("paths").get(mp[1]).get(mp[0].toLowerCase(java.util.Locale.ROOT)).get("responses").get("200");
            for (Call c : calls.get(op)) {
                if (c.mediaType().equals("text/event-stream")) {
                    // the stream stays open: its head and first lines are what can be checked
                    HttpResponse<java.io.InputStream> r = HTTP.send(c.request().build(), HttpResponse.BodyHandlers.ofInputStream());
                    assertEquals(200, r.statusCode(), op);
                    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"), op);
                    assertNotNull(response.get("content").get("text/event-stream").get("schema"), op);
                    try (java.io.InputStream in = r.body()) {
                        String first = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
                        assertEquals("retry: 3000", first, op);
                    }
                    continue;
                }
                HttpResponse<String> r = send(c.request());
                String where = op + " (" + r.uri() + ")";
                assertEquals(200, r.statusCode(), where + ": " + r.body());
                String type = r.headers().firstValue("Content-Type").orElse("");
                assertTrue(type.startsWith(c.mediaType()), where + " Content-Type " + type);
                JsonNode schema = response.get("content").get(c.mediaType()).get("schema");
                assertNotNull(schema, where + ": no schema for " + c.mediaType());
                response.path("headers").fieldNames().forEachRemaining(h ->
                        assertTrue(r.headers().firstValue(h).isPresent(), where + ": documented header " + h + " missing"));
                switch (c.mediaType()) {
                    case "application/json", "application/geo+json" -> check.problems(JSON.readTree(r.body()), schema)
                            .forEach(p -> problems.add(where + " " + p));
                    case "application/x-ndjson" -> {
                        JsonNode event = doc.at("/components/schemas/Event");
                        r.body().lines().forEach(line -> {
                            try {
                                check.problems(JSON.readTree(line), event).forEach(p -> problems.add(where + " " + p));
                            } catch (Exception e) {
                                problems.add(where + " not JSON: " + line);
                            }
                        });
                    }
                    case "text/csv" -> assertTrue(r.body().startsWith(String.join(",", AcledCsv.COLUMNS) + "\r\n"), where);
                    default -> throw new AssertionError(c.mediaType());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
