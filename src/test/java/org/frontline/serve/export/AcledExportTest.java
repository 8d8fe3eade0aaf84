package org.frontline.serve.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.cli.Main;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.store.EventStore;
import org.frontline.testing.SharedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `frontline export --format acled-csv` over the seeds, read back as pandas or R would: ACLED's 31
 * columns in ACLED's order, ACLED's vocabularies, and every row placed with a geo_precision that
 * says how.
 */
class AcledExportTest {
    /** ACLED's columns in the order of its exports (ACLED Codebook 2023), written out here, not taken from the code. */
    static final List<String> ACLED = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
    static final Map<String, Set<String>> SUB_EVENT_TYPES = Map.of(
            "Battles", Set.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
            "Explosions/Remote violence", Set.of("Chemical weapon", "Air/drone strike", "Suicide bomb",
                    "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
            "Violence against civilians", Set.of("Sexual violence", "Attack", "Abduction/forced disappearance"),
            "Protests", Set.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
            "Riots", Set.of("Violent demonstration", "Mob violence"),
            "Strategic developments", Set.of("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                    "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"));
    static final Map<String, String> DISORDER = Map.of("Battles", "Political violence", "Explosions/Remote violence",
            "Political violence", "Violence against civilians", "Political violence", "Protests", "Demonstrations",
            "Riots", "Demonstrations", "Strategic developments", "Strategic developments");

    @TempDir
    static Path tmp;
    static List<Map<String, String>> rows;
    static List<String> header;

    @BeforeAll
    static void export() {
        String db = tmp.resolve("acled.db").toString();
        try (EventStore store = EventStore.open(db)) {
            Ingestion ingestion = new Ingestion(store, new EventClusterer());
            try (Stream<Frontline.Extracted> docs = Frontline.standard().extractWithArticles(List.of(SharedCorpus.seeds()))) {
                docs.forEach(ingestion::ingest);
            }
        }
        String csv = run("export", "--db", db, "--format", "acled-csv");
        List<List<String>> table = Csv.parse(csv);
        header = table.get(0);
        rows = new ArrayList<>();
        for (List<String> r : table.subList(1, table.size())) {
            assertEquals(header.size(), r.size(), r.toString());
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            rows.add(m);
        }
        assertTrue(rows.size() > 20, "the seeds give events: " + rows.size());
    }

    static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void allOfAcledsColumnsInAcledsOrderThenTheStableId() {
        assertEquals(ACLED, header.subList(0, 31));
        assertEquals(List.of("frontline_id"), header.subList(31, header.size()));
        Set<String> ids = new HashSet<>();
        for (Map<String, String> r : rows) {
            assertTrue(r.get("event_id_cnty").matches("[A-Z]{3}\\d+"), "ACLED's form: " + r.get("event_id_cnty"));
            assertTrue(ids.add(r.get("frontline_id")), "one row per event");
        }
    }

    @Test
    void acledsVocabulary() {
        for (Map<String, String> r : rows) {
            String type = r.get("event_type");
            assertTrue(SUB_EVENT_TYPES.containsKey(type), type);
            assertTrue(SUB_EVENT_TYPES.get(type).contains(r.get("sub_event_type")), type + " / " + r.get("sub_event_type"));
            assertEquals(DISORDER.get(type), r.get("disorder_type"));
            int i1 = Integer.parseInt(r.get("inter1")), i2 = Integer.parseInt(r.get("inter2"));
            assertTrue(i1 >= 0 && i1 <= 8 && i2 >= 0 && i2 <= 8, r.toString());
            int expected = i2 == 0 || i1 == 0 ? Math.max(i1, i2) * 10 : Math.min(i1, i2) * 10 + Math.max(i1, i2);
            assertEquals(expected, Integer.parseInt(r.get("interaction")), "interaction code of " + i1 + " and " + i2);
            assertTrue(Set.of("", "Civilian targeting").contains(r.get("civilian_targeting")));
            assertTrue(r.get("fatalities").matches("\\d+"), "ACLED's 0, never empty: " + r.get("fatalities"));
            assertTrue(r.get("timestamp").matches("\\d{10}"), r.get("timestamp"));
            if (r.get("country").equals("Syria")) {
                assertEquals("760", r.get("iso"));
                assertEquals("Middle East", r.get("region"));
                assertTrue(r.get("event_id_cnty").startsWith("SYR"));
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("interaction").equals("12")), "state forces against rebels");
    }

    @Test
    void everyRowHasCoordinatesAndAGeoPrecisionThatMatchesThem() {
        boolean provincePoint = false;
        for (Map<String, String> r : rows) {
            assertFalse(r.get("latitude").isEmpty() || r.get("longitude").isEmpty(), "coordinates: " + r);
            double lat = Double.parseDouble(r.get("latitude")), lon = Double.parseDouble(r.get("longitude"));
            assertTrue(Math.abs(lat) <= 90 && Math.abs(lon) <= 180);
            assertTrue(Set.of("1", "2", "3").contains(r.get("geo_precision")), r.get("geo_precision"));
            if (r.get("location").equals("Bazaa")) {
                // a village the gazetteer does not hold, known with its province: the province's point
                assertEquals("3", r.get("geo_precision"), r.toString());
                assertEquals("Aleppo", r.get("admin1"));
                assertTrue(lat > 35.5 && lat < 37 && lon > 36.5 && lon < 38.5, "in Aleppo province: " + lat + "," + lon);
                provincePoint = true;
            }
        }
        assertTrue(provincePoint, "the seeds' Bazaa is placed at its province's point");
    }

    @Test
    void sourceNamesOutletsAndReportersNotFiles() {
        for (Map<String, String> r : rows) {
            assertFalse(r.get("source").matches("(?s).*\\.(txt|html|jsonl)\\b.*"), "no file names: " + r.get("source"));
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("source").contains("Syrian Observatory for Human Rights")));
        assertTrue(rows.stream().anyMatch(r -> r.get("source").contains("; ")), "reporters and outlets together");
    }

    @Test
    void notesNameAContradictingClaimBesideTheEventItContradicts() {
        // Albu Kamal, 2017-11-10: state TV claims all of it, the monitor reports IS back in 40% (issue 14)
        assertTrue(rows.stream().anyMatch(r -> r.get("location").equals("Albu Kamal")
                && r.get("notes").contains("contradicted: Syrian state TV (claimed)")), "no contradiction noted");
        assertTrue(rows.stream().filter(r -> !r.get("location").equals("Albu Kamal"))
                .noneMatch(r -> r.get("notes").contains("contradicted:")), "only where claims disagree");
    }

    /** The timeline ACLED's notes were made from before issue 12's streaming: every capture and siege at once. */
    static org.frontline.reason.ControlTimeline wholeTimeline(EventStore store) {
        List<org.frontline.model.DocEvent> claiming = new ArrayList<>();
        for (org.frontline.model.EventType t : List.of(org.frontline.model.EventType.TERRITORY_CAPTURED,
                org.frontline.model.EventType.SIEGE)) {
            claiming.addAll(store.mentions(org.frontline.store.EventQuery.all().type(t).page(Integer.MAX_VALUE, 0)));
        }
        return org.frontline.reason.ControlTimeline.build(claiming, store.controls(null));
    }

    static String acled(EventStore store, ContradictionsAt notes) {
        java.io.StringWriter out = new java.io.StringWriter();
        StreamedExport export = new StreamedExport(StreamedExport.Format.ACLED_CSV, out, notes, true).begin();
        store.forEachEvent(org.frontline.store.EventQuery.all().page(Integer.MAX_VALUE, 0), export);
        export.end();
        return out.toString();
    }

    @Test
    void notesMadePlaceByPlaceAreTheWholeTimelinesAndACutWrongIsSeen() {
        try (EventStore store = EventStore.open(tmp.resolve("acled.db").toString())) {
            String before = acled(store, ContradictionsAt.of(wholeTimeline(store)));
            assertTrue(before.contains("contradicted: "), "the seeds hold a contradiction to note");
            assertEquals(before, acled(store, PlaceByPlaceNotes.of(store)), "byte for byte");
            org.frontline.reason.Sides sides = org.frontline.reason.Sides.load();
            // each place's part without the assertions about it (as if only its mentions were read)
            assertFalse(before.equals(acled(store, new PlaceByPlaceNotes(store, sides,
                    p -> new PlaceByPlaceNotes.Part(p.key(), p.claims(), List.of())))), "assertions left out");
            // each place's part short of its last assertion
            assertFalse(before.equals(acled(store, new PlaceByPlaceNotes(store, sides, p -> new PlaceByPlaceNotes.Part(
                    p.key(), p.claims(), p.controls().isEmpty() ? p.controls()
                    : p.controls().subList(0, p.controls().size() - 1))))), "a part cut short");
        }
    }

    /** RFC 4180, as pandas' and R's readers parse it. */
    static final class Csv {
        static List<List<String>> parse(String s) {
            List<List<String>> out = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    out.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    cell.append(c);
                }
            }
            return out;
        }
    }
}
