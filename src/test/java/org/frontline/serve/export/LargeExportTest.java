package org.frontline.serve.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.frontline.Frontline;
import org.frontline.bench.GeneratedStore;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of a store three times the old 10,000 cap: every event, once, by the CLI's path and the API's. */
class LargeExportTest {
    static final int EVENTS = 30_000;
    @TempDir
    static Path tmp;
    static EventStore store;
    static ApiServer server;

    @BeforeAll
    static void fill() {
        String db = tmp.resolve("large.db").toString();
        try (EventStore s = EventStore.open(db)) {
            new GeneratedStore().fill(s, EVENTS, 12, "gen", n -> { });
        }
        store = EventStore.openPooled(db, 2);
        server = ApiServer.start(store, Frontline.standard(), ApiServer.Options.localhost(0, null));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void streamedExportsHoldEveryEventOnce() throws Exception {
        for (StreamedExport.Format f : StreamedExport.Format.values()) {
            StringWriter w = new StringWriter();
            StreamedExport export = new StreamedExport(f, w, null, true).begin();
            store.forEachEvent(EventQuery.all().page(Integer.MAX_VALUE, 0), export);
            export.end();
            assertEquals(EVENTS, export.written(), f.label);
            Set<String> ids = switch (f) {
                case ACLED_CSV -> csvIds(w.toString());
                case GEOJSON -> {
                    Set<String> out = new HashSet<>();
                    new ObjectMapper().readTree(w.toString()).get("features").forEach(x -> out.add(x.get("id").asText()));
                    yield out;
                }
                case JSONL -> jsonlIds(w.toString());
            };
            assertEquals(EVENTS, ids.size(), f.label + ": every event, none twice");
        }
    }

    @Test
    void aHandOffWritesWhatADirectReadWritesAndStopsOnAWritersFailure() {
        EventQuery all = EventQuery.all().page(Integer.MAX_VALUE, 0);
        for (StreamedExport.Format f : StreamedExport.Format.values()) {
            StringWriter direct = new StringWriter(), handed = new StringWriter();
            StreamedExport a = new StreamedExport(f, direct, null, true).begin();
            store.forEachEvent(all, a);
            a.end();
            StreamedExport b = new StreamedExport(f, handed, null, true).begin();
            HandOff.forEachEvent(store, all, b);
            b.end();
            assertEquals(direct.toString(), handed.toString(), f.label + ": same bytes, same order");
        }
        int[] taken = {0};
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> HandOff.forEachEvent(store, all, batch -> {
                    if (++taken[0] == 3) {
                        throw new IllegalStateException("client went away");
                    }
                }));
        assertEquals("client went away", thrown.getMessage());
        assertTrue(taken[0] == 3, "no batch is written after the failure: " + taken[0]);
    }

    @Test
    void theApiStreamsEverythingGzippedAndStillPages() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri("/api/export?format=jsonl"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(String.valueOf(EVENTS), r.headers().firstValue("X-Total-Count").orElse(""));
        long lines = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(r.body()), StandardCharsets.UTF_8))) {
            while (in.readLine() != null) {
                lines++;
            }
        }
        assertEquals(EVENTS, lines);
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(uri("/api/export?format=acled-csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(EVENTS, csvIds(csv.body()).size());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/api/export?format=jsonl&limit=100&offset=29950"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(50, page.body().lines().count(), "paging stays: the last 50");
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static Set<String> csvIds(String csv) {
        Set<String> out = new HashSet<>();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].endsWith(",frontline_id"), lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.add(lines[i].substring(lines[i].lastIndexOf(',') + 1));
        }
        assertEquals(lines.length - 1, out.size());
        return out;
    }

    private static Set<String> jsonlIds(String jsonl) throws Exception {
        Set<String> out = new HashSet<>();
        ObjectMapper m = new ObjectMapper();
        for (String line : jsonl.split("\n")) {
            JsonNode n = m.readTree(line);
            out.add(n.get("id").asText());
        }
        return out;
    }
}
