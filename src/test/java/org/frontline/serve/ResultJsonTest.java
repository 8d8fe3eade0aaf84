package org.frontline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontline.model.DateRange;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Status;
import org.junit.jupiter.api.Test;

class ResultJsonTest {
    static final Place TOWN = new Place("Kafra", 36.1, 37.2, "SY", "Aleppo", 123L, "town");
    static final Event EVENT = new Event(EventType.TERRITORY_CAPTURED, List.of("Syrian rebels"), List.of("Syrian government"),
            TOWN, null, DateRange.day(LocalDate.of(2017, 3, 4)), null, null, List.of(), Status.REPORTED,
            "Rebels captured Kafra.\u001b[31m <script>alert(1)</script>");
    static final DocumentResult RESULT = new DocumentResult("a.txt", "Title", null, null, LocalDate.of(2017, 3, 6), true,
            null, null, List.of(EVENT), List.of());

    @Test
    void keysComeInTheContractsOrder() throws Exception {
        JsonNode n = new ObjectMapper().readTree(ResultJson.line(RESULT));
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("doc", "title", "outlet", "byline", "published", "published_inferred", "published_source",
                "duplicate_of", "error", "events", "control"), keys);
        JsonNode e = n.get("events").get(0);
        assertEquals("territory_captured", e.get("type").asText());
        assertEquals("2017-03-04", e.get("date").get("start").asText());
        assertEquals("day", e.get("date").get("precision").asText());
        assertEquals(123, e.get("place").get("geonames_id").asInt());
        assertTrue(e.get("route").isNull());
        assertTrue(e.has("date_text"));
    }

    @Test
    void anUndatedEventPrintsANullDateAndKeepsItsWords() throws Exception {
        Event undated = new Event(EventType.TERRITORY_CAPTURED, List.of("Syrian rebels"), List.of(), TOWN, null, null,
                "on Tuesday", null, null, List.of(), Status.REPORTED, "Rebels captured the town on Tuesday.");
        DocumentResult r = new DocumentResult("b.txt", "T", null, null, null, false, null, null, null,
                List.of(undated), List.of());
        JsonNode n = new ObjectMapper().readTree(ResultJson.line(r));
        assertTrue(n.get("published").isNull());
        assertTrue(n.get("published_source").isNull());
        JsonNode e = n.get("events").get(0);
        assertTrue(e.get("date").isNull());
        assertEquals("on Tuesday", e.get("date_text").asText());
        StringWriter w = new StringWriter();
        TextTable.print(r, new PrintWriter(w));
        assertTrue(w.toString().contains("undated (on Tuesday)"), w.toString());
    }

    @Test
    void theTextTableNeverPrintsControlCharactersFromArticles() {
        StringWriter w = new StringWriter();
        TextTable.print(RESULT, new PrintWriter(w));
        assertFalse(w.toString().contains("\u001b"), "a terminal escape from the article reached the screen");
        assertTrue(w.toString().contains("territory_captured"));
    }
}
