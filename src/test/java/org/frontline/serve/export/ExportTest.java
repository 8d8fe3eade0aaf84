package org.frontline.serve.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.frontline.model.DateRange;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Status;
import org.frontline.model.Event;
import org.frontline.store.StoredEvent;
import org.junit.jupiter.api.Test;

class ExportTest {
    static StoredEvent event(EventType type, Place place, String evidence) {
        Event e = new Event(type, List.of("Syrian government", "Hezbollah"), List.of("Islamic State"), place,
                null, new DateRange(LocalDate.of(2017, 2, 5), LocalDate.of(2017, 2, 6), Precision.DAY), 3, null,
                List.of("Syrian Observatory for Human Rights"), Status.REPORTED, evidence);
        return new StoredEvent("e1", e, List.of("a.txt", "b.txt"), 2, List.of(evidence));
    }

    static final Place TOWN = new Place("Kafra", 36.37051, 37.5157, "SY", "Aleppo", 1L, "town");

    @Test
    void csvCarriesAcledsColumnNamesAndMapping() {
        StringWriter w = new StringWriter();
        AcledCsv.write(List.of(event(EventType.TERRITORY_CAPTURED, TOWN, "Troops took Kafra, \"fully\".")), w);
        String[] lines = w.toString().split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        assertTrue(header.containsAll(List.of("event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
                "actor2", "assoc_actor_2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
                "time_precision", "source", "notes", "fatalities")), header.toString());
        assertTrue(lines[1].contains("Battles,Government regains territory,Syrian government,Hezbollah,Islamic State"),
                lines[1]);
        assertTrue(lines[1].contains(",Syria,Aleppo,Kafra,36.37051,37.5157,1,"), lines[1]);
        assertTrue(lines[1].contains("\"Troops took Kafra, \"\"fully\"\".\""), "RFC 4180 quoting: " + lines[1]);
    }

    @Test
    void spreadsheetFormulasInArticleTextAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AcledCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", AcledCsv.cell("@SUM(A1)"));
        assertEquals("-12", AcledCsv.cell("-12"));
    }

    @Test
    void geoJsonFollowsRfc7946() {
        Place noCoordinates = new Place("Somewhere", null, null, "SY", null, null, "village");
        JsonNode fc = GeoJsonExport.collection(List.of(event(EventType.SIEGE, TOWN, "x"),
                event(EventType.ARMED_CLASH, noCoordinates, "y")));
        Rfc7946Check.assertValid(fc);
        JsonNode c = fc.get("features").get(0).get("geometry").get("coordinates");
        assertEquals(37.5157, c.get(0).asDouble(), 1e-9, "longitude first");
        assertEquals(36.37051, c.get(1).asDouble(), 1e-9);
        assertTrue(fc.get("features").get(1).get("geometry").isNull());
        assertFalse(fc.has("crs"));
    }
}
