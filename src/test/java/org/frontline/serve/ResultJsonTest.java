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
        assertEquals(List.of("doc", "title", "outlet", "byline", "published", "published_inferred", "duplicate_of", "error",
                "events", "control"), keys);
        JsonNode e = n.get("events").get(0);
        assertEquals("territory_captured", e.get("type").asText());
        assertEquals("2017-03-04", e.get("date").get("start").asText());
        assertEquals("day", e.get("date").get("precision").asText());
        assertEquals(123, e.get("place").get("geonames_id").asInt());
        assertTrue(e.get("route").isNull());
    }

    @Test
    void theTextTableNeverPrintsControlCharactersFromArticles() {
        StringWriter w = new StringWriter();
        TextTable.print(RESULT, new PrintWriter(w));
        assertFalse(w.toString().contains("\u001b"), "a terminal escape from the article reached the screen");
        assertTrue(w.toString().contains("territory_captured"));
    }
}
