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
        assertTrue(lines[1].contains("Political violence,Battles,Government regains territory,Syrian government,Hezbollah,1,"
                + "Islamic State,,2,12,,760,Middle East,Syria,Aleppo,,,Kafra,36.37051,37.5157,1,"), lines[1]);
        assertTrue(lines[1].contains("\"Troops took Kafra, \"\"fully\"\".\""), "RFC 4180 quoting: " + lines[1]);
    }

    @Test
    void spreadsheetFormulasInArticleTextAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AcledCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", AcledCsv.cell("@SUM(A1)"));
        assertEquals("-12", AcledCsv.cell("-12"));
    }

    @Test
    void theGuardLeavesTextAloneAndDefusesOnlyWhatASpreadsheetRuns() {
        assertEquals("- Rebels said the town fell", AcledCsv.cell("- Rebels said the town fell"));
        assertEquals("-Rebels (SDF) said so", AcledCsv.cell("-Rebels (SDF) said so"));
        assertEquals("-3.5", AcledCsv.cell("-3.5"));
        for (String formula : List.of("-2+3", "-A1", "-SUM(A1:A2)", "-cmd|' /C calc'!A0", "- HYPERLINK(\"x\")",
                "=1+2", "+1+2", "@SUM(A1)", "\tx", "\rx")) {
            assertTrue(AcledCsv.cell(formula).replace("\"", "").startsWith("'"), formula + " -> " + AcledCsv.cell(formula));
        }
        assertEquals("=1+2", AcledCsv.cell("=1+2", false), "--no-formula-guard writes cells exactly");
        StringWriter w = new StringWriter();
        AcledCsv.write(List.of(event(EventType.ARMED_CLASH, TOWN, "- Rebels attacked the checkpoint.")), java.util.Map.of(), null, true, w);
        assertTrue(w.toString().contains(",- Rebels attacked the checkpoint.,"), w.toString());
    }

    @Test
    void aPlaceKnownByNameAndProvinceIsPutAtTheProvincesPointAndSaysSo() {
        Place village = new Place("Bazaa", null, null, "SY", "Aleppo", null, "village");
        JsonNode f = GeoJsonExport.collection(List.of(event(EventType.ARMED_CLASH, village, "x"))).get("features").get(0);
        assertFalse(f.get("geometry").isNull(), f.toString());
        assertEquals("admin1_centroid", f.get("properties").get("place_precision").asText());
        assertEquals("SY", f.get("properties").get("iso2").asText());
        assertEquals("Syria", f.get("properties").get("country").asText());
        StringWriter w = new StringWriter();
        AcledCsv.write(List.of(event(EventType.ARMED_CLASH, village, "x")), w);
        String row = w.toString().split("\r\n")[1];
        assertTrue(row.matches(".*,Aleppo,,,Bazaa,3[56]\\.\\d+,3[678]\\.\\d+,3,.*"), row);
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
