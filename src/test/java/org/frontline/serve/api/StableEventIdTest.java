package org.frontline.serve.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.frontline.Frontline;
import org.frontline.model.Article;
import org.frontline.model.DateRange;
import org.frontline.model.DocEvent;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Status;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.StoredCluster;
import org.frontline.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event's id outlives reports joining it; an id that merged into another event redirects to it. */
class StableEventIdTest {
    static final Place TOWN = new Place("Al-Bab", 36.3705, 37.5157, "SY", "Aleppo", 174018L, "town");
    static final LocalDate DAY = LocalDate.of(2017, 2, 6);

    @TempDir
    Path tmp;

    private static Event capture(String evidence) {
        return new Event(EventType.TERRITORY_CAPTURED, List.of("Syrian government"), List.of("Islamic State"), TOWN, null,
                DateRange.day(DAY), null, null, List.of(), Status.REPORTED, evidence);
    }

    private static void store(EventStore s, String doc, Event e) {
        s.ingest(new DocumentResult(doc, "T", null, null, DAY, false, null, null, List.of(e), List.of()),
                new Article(doc, doc, "T", null, null, null, DAY, false, e.evidence()));
    }

    @Test
    void anEventKeepsItsIdWhenReportsJoinAndAMergedIdRedirects() throws Exception {
        Event first = capture("Government forces took the town."), second = capture("The army captured the town.");
        try (EventStore s = EventStore.open(tmp.resolve("ids.db").toString());
             ApiServer server = ApiServer.start(s, Frontline.standard(1), ApiServer.Options.localhost(0, null))) {
            store(s, "a.txt", first);
            store(s, "b.txt", second);
            List<String> before = s.events(EventQuery.all()).stream().map(StoredEvent::id).sorted().toList();
            assertEquals(2, before.size());
            s.replaceClusters(List.of(), List.of(new StoredCluster("c1", first,
                    List.of(new DocEvent("a.txt", DAY, first), new DocEvent("b.txt", DAY, second)))));
            List<StoredEvent> after = s.events(EventQuery.all());
            assertEquals(1, after.size());
            String kept = after.get(0).id();
            assertTrue(before.contains(kept), kept);
            String mergedAway = before.stream().filter(id -> !id.equals(kept)).findFirst().orElseThrow();

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/events/" + kept)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            JsonNode event = new ObjectMapper().readTree(ok.body());
            assertEquals(2, event.get("mentions").size());
            HttpResponse<String> moved = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/events/" + mergedAway)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(301, moved.statusCode(), moved.body());
            assertEquals("/api/events/" + kept.replace(":", "%3A"), moved.headers().firstValue("Location").orElseThrow());
            assertEquals(kept, new ObjectMapper().readTree(moved.body()).get("merged_into").asText());
        }
    }
}
