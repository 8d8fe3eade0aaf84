package org.frontline.store;

import static org.frontline.store.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.frontline.model.DocEvent;
import org.frontline.model.DocumentResult;
import org.frontline.model.EventType;
import org.frontline.store.IngestOutcome.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every dialect must do, against a real database; subclasses say which and where. */
abstract class EventStoreContract {

    /** A JDBC URL of an empty database, new for each test. */
    abstract String freshDatabase() throws Exception;

    abstract Dialect dialect();

    String url;
    EventStore store;

    @BeforeEach
    void openStore() throws Exception {
        url = freshDatabase();
        store = EventStore.open(url);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            long kept;
            try {
                kept = store.count(EventQuery.all());
            } catch (StoreException closedByTheTest) {
                kept = -1;
            }
            if (kept >= 0) {
                // the count the triggers keep (migration V8) agrees with counting, after whatever the test wrote
                assertEquals(store.stats().events(), kept, "event_total");
                assertActorEventsKept();
            }
            store.close();
        }
    }

    /**
     * The rows and counts the triggers keep by actor (migration V11) are what their definition
     * gives over what the test left stored: each listed row (a merged event, or a mention no
     * event holds) once per name in its actor1 or actor2.
     */
    private void assertActorEventsKept() {
        String defined = "SELECT 0 AS merged, m.id, p.name_key, m.type, m.date_start, m.date_end FROM mention_party p "
                + "JOIN mention m ON m.id = p.mention_id WHERE p.role IN ('actor1', 'actor2') AND NOT EXISTS "
                + "(SELECT 1 FROM event_mention em WHERE em.mention_id = m.id) UNION SELECT 1, e.id, p.name_key, e.type, "
                + "e.date_start, e.date_end FROM event_party p JOIN event e ON e.id = p.event_id WHERE p.role IN ('actor1', 'actor2')";
        String kept = "SELECT merged, id, name_key, type, date_start, date_end FROM actor_event";
        String counted = "SELECT name_key, type, COUNT(*) AS n FROM actor_event GROUP BY name_key, type";
        String counts = "SELECT name_key, type, n FROM actor_event_count WHERE n <> 0";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String[] pair : List.of(new String[] {defined, kept}, new String[] {kept, defined},
                    new String[] {counted, counts}, new String[] {counts, counted})) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (SELECT * FROM (" + pair[0]
                        + ") a EXCEPT SELECT * FROM (" + pair[1] + ") b) x")) {
                    assertTrue(rs.next());
                    assertEquals(0, rs.getLong(1), "rows of\n" + pair[0] + "\nmissing from\n" + pair[1]);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    void ingestAll() {
        assertEquals(Kind.NEW, store.ingest(docA(), articleA()).kind());
        assertEquals(Kind.NEW, store.ingest(docB(), articleB()).kind());
        assertEquals(Kind.NEW, store.ingest(docC(), articleC()).kind());
        assertEquals(Kind.FAILED, store.ingest(failed(), null).kind());
    }

    /**
     * The answers on a day (migration V13): a write's follower replaces the runs of the places it
     * names, kind by kind, in the write's transaction, and moves their position; a day reads the
     * runs that cover it, both ends included.
     */
    @Test
    void theRunsOfAnswersOnADayAreReplacedByPlaceAndReadByDay() {
        java.time.LocalDate d = java.time.LocalDate.of(2017, 2, 6);
        assertEquals(-1, store.placeDaysPosition(), "never written");
        List<PlaceDay> first = List.of(new PlaceDay(PlaceDay.HELD, "gn:1", d.minusDays(5), d, "{\"a\":1}"),
                new PlaceDay(PlaceDay.HELD, "gn:1", d.plusDays(1), null, "{\"a\":2}"),
                new PlaceDay(PlaceDay.UNKNOWN, "gn:2", d, d, "{\"u\":2}"),
                new PlaceDay(PlaceDay.BESIEGED, "gn:1", d.minusDays(1), null, "{\"s\":1}"));
        store.followWrites(tx -> tx.keepPlaceDays(PlaceDayChange.whole(first, 7)));
        store.catchUpFollower();
        assertEquals(7, store.placeDaysPosition());
        java.util.Set<Integer> control = java.util.Set.of(PlaceDay.HELD, PlaceDay.UNKNOWN);
        assertEquals(List.of(first.get(0), first.get(2)), sorted(store.placeDaysOn(control, d).runs()));
        assertEquals(List.of(first.get(1)), store.placeDaysOn(control, d.plusDays(1)).runs());
        assertEquals(List.of(), store.placeDaysOn(control, d.minusDays(6)).runs());
        // gn:1's control changes, its siege is left as it was; gn:2's control is gone
        PlaceDay after = new PlaceDay(PlaceDay.HELD, "gn:1", d.minusDays(2), null, "{\"a\":3}");
        store.followWrites(tx -> tx.keepPlaceDays(new PlaceDayChange(false, java.util.Set.of("gn:1", "gn:2"),
                java.util.Set.of(), List.of(after), 9)));
        store.catchUpFollower();
        store.followWrites(null);
        assertEquals(List.of(after), store.placeDaysOn(control, d).runs());
        assertEquals(List.of(first.get(3)), store.placeDaysOn(java.util.Set.of(PlaceDay.BESIEGED), d).runs());
        PlaceDays on = store.placeDaysOn(control, d);
        assertEquals(9, on.position());
        assertEquals(store.touchPosition(), on.logPosition());
    }

    private static List<PlaceDay> sorted(List<PlaceDay> runs) {
        return runs.stream().sorted(java.util.Comparator.comparing(PlaceDay::placeKey)).toList();
    }

    @Test
    void anUndatedReportsEventsAreStoredServedAndExportedUndated() throws Exception {
        ingestAll();
        org.frontline.model.Event undated = new org.frontline.model.Event(EventType.AIR_STRIKE, List.of("Russia"),
                List.of(), MANBIJ, null, null, "on Tuesday", 3, null, List.of(), org.frontline.model.Status.REPORTED,
                "Jets struck the town on Tuesday, killing three.");
        DocumentResult r = result("undated.txt", "Jets strike town", null, List.of(undated), List.of());
        assertEquals(Kind.NEW, store.ingest(r, article("undated.txt", "Jets strike town", undated.evidence())).kind());
        List<StoredEvent> all = store.events(EventQuery.all());
        StoredEvent back = all.stream().filter(e -> e.documents().contains("undated.txt")).findFirst().orElseThrow();
        assertNull(back.event().date());
        assertEquals("on Tuesday", back.event().dateText());
        assertEquals(3, back.event().fatalities());
        assertTrue(store.events(EventQuery.all().between(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 1, 1))).stream()
                .noneMatch(e -> e.documents().contains("undated.txt")), "date filters leave undated events out");
        java.io.StringWriter csv = new java.io.StringWriter();
        org.frontline.serve.export.AcledCsv.write(all, csv);
        String row = csv.toString().lines().filter(l -> l.contains("Jets struck")).findFirst().orElseThrow();
        assertTrue(row.matches("[A-Z]{3}\\d+,,,,.*") && row.endsWith("," + back.id()), "empty date cells: " + row);
        var geo = org.frontline.serve.export.GeoJsonExport.collection(all);
        assertTrue(geo.toString().contains("\"date_text\":\"on Tuesday\""));
        assertEquals(all.size(), store.events(EventQuery.all()).size(), "re-reading is stable");
    }

    /**
     * Three writers on one store at once, each its own connection (as a CLI ingest, the server and
     * a second ingest would be), every document clustered: all are stored exactly once, none fails.
     */
    @Test
    void concurrentWritersLoseNothing() throws Exception {
        int writers = 3, perWriter = 40;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.List<java.util.concurrent.Future<java.util.List<IngestOutcome>>> runs = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            runs.add(pool.submit(() -> {
                java.util.List<IngestOutcome> out = new java.util.ArrayList<>();
                java.util.Random rnd = new java.util.Random(writer);
                try (EventStore own = EventStore.open(url)) {
                    org.frontline.ingest.Ingestion ingestion = new org.frontline.ingest.Ingestion(own,
                            new org.frontline.reason.EventClusterer());
                    for (int i = 0; i < perWriter; i++) {
                        String id = "w" + writer + "-" + i + ".txt";
                        // the same event told by every writer's i-th report: clusters are shared and contended
                        org.frontline.model.Event e = new org.frontline.model.Event(EventType.ARMED_CLASH,
                                List.of("Taliban"), List.of("Afghan government"), KUNDUZ, null,
                                org.frontline.model.DateRange.day(FEB6.plusDays(i % 5)), null, null, List.of(),
                                org.frontline.model.Status.REPORTED, "Fighting in Kunduz, report " + id + " " + rnd.nextInt());
                        DocumentResult r = result(id, "Report " + id, FEB6.plusDays(i % 5), List.of(e), List.of());
                        out.add(ingestion.ingest(new org.frontline.Frontline.Extracted(r, article(id, "Report " + id,
                                e.evidence()))));
                    }
                }
                return out;
            }));
        }
        pool.shutdown();
        for (java.util.concurrent.Future<java.util.List<IngestOutcome>> run : runs) {
            for (IngestOutcome o : run.get(5, java.util.concurrent.TimeUnit.MINUTES)) {
                assertEquals(Kind.NEW, o.kind(), o.doc() + ": " + o.reason());
            }
        }
        assertEquals(writers * perWriter, store.stats().documents());
        assertEquals(writers * perWriter, store.stats().mentions());
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT mention_id) FROM event_mention")) {
            rs.next();
            assertEquals(rs.getInt(1), rs.getInt(2), "a mention in two events");
        }
    }

    @Test
    void eventsFlatHasOneRowPerEventWithItsActorsSourcesAndDocuments() throws Exception {
        ingestAll();
        List<StoredEvent> all = store.events(EventQuery.all());
        java.util.Map<String, StoredEvent> byId = new java.util.HashMap<>();
        all.forEach(e -> byId.put(e.id(), e));
        int rows = 0;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event_id, type, place, lat, actor1, actor2, sources, documents, corroboration "
                     + "FROM events_flat")) {
            while (rs.next()) {
                rows++;
                StoredEvent e = byId.get(rs.getString("event_id"));
                assertNotNull(e, rs.getString("event_id"));
                assertEquals(e.event().type().label(), rs.getString("type"));
                assertEquals(String.join("; ", e.event().actor1()), java.util.Objects.toString(rs.getString("actor1"), ""));
                assertEquals(String.join("; ", e.event().sources()), java.util.Objects.toString(rs.getString("sources"), ""));
                assertEquals(String.join("; ", e.documents()), rs.getString("documents"));
                assertEquals(e.corroboration(), rs.getInt("corroboration"));
            }
        }
        assertEquals(all.size(), rows);
    }

    @Test
    void searchTakesWordsWithHyphensAndQuotesAsTyped() {
        ingestAll();
        for (String q : List.of("al-bab", "\"al-bab", "-bab", "bab OR", "title:bab", "al-bab*", "NEAR(al bab)")) {
            store.search(q, 5); // no syntax error, whatever the words
        }
        assertFalse(store.search("al-bab", 5).isEmpty(), "al-bab finds the Al-Bab report");
    }

    @Test
    void migrationsApplyOnceAndAreRecorded() throws Exception {
        store.close();
        store = EventStore.open(url);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, script, checksum FROM schema_version ORDER BY version")) {
            for (Migrations.Script script : new Migrations(dialect()).scripts()) {
                assertTrue(rs.next());
                assertEquals(script.version(), rs.getInt(1));
                assertEquals(script.name(), rs.getString(2));
                assertEquals(script.checksum(), rs.getString(3));
            }
            assertFalse(rs.next(), "each migration is recorded once");
            assertEquals(List.of(), new Migrations(dialect()).migrate(c), "nothing left to apply");
        }
    }

    @Test
    void secondIngestOfTheSameResultsChangesNoRow() throws Exception {
        ingestAll();
        TableChecksum.Snapshot before = TableChecksum.of(url);
        assertEquals(new Stats(4, 1, 5, 5, 1), store.stats());
        assertEquals(Kind.UNCHANGED, store.ingest(docA(), articleA()).kind());
        assertEquals(Kind.UNCHANGED, store.ingest(docB(), articleB()).kind());
        assertEquals(Kind.UNCHANGED, store.ingest(docC(), articleC()).kind());
        IngestOutcome bad = store.ingest(failed(), null);
        assertEquals(Kind.FAILED, bad.kind());
        assertEquals("binary content, not a report", bad.reason());
        assertEquals(before, TableChecksum.of(url));
    }

    @Test
    void aDocumentReadsBackWithItsTextAndCounts() {
        ingestAll();
        StoredDocument a = store.document("a.txt").orElseThrow();
        assertEquals(articleA().text(), a.text());
        assertEquals(FEB6, a.published());
        assertEquals("https://example.org/a.txt", a.url());
        assertEquals(64, a.contentHash().length());
        assertEquals(2, a.mentions());
        assertEquals(1, a.controls());
        assertTrue(java.time.Instant.parse(a.ingestedAt()).isAfter(java.time.Instant.now().minusSeconds(600)));
        assertEquals("binary content, not a report", store.document("bad.bin").orElseThrow().error());
        assertTrue(store.document("missing.txt").isEmpty());
    }

    @Test
    void ingestReportsTheMentionsStored() {
        IngestOutcome o = store.ingest(docA(), articleA());
        assertEquals(2, o.mentionCount());
        assertEquals(new DocEvent("a.txt", FEB6, CAPTURE_A), o.mentions().get(0));
    }

    @Test
    void mentionsComeBackExactlyAsIngested() {
        ingestAll();
        List<DocEvent> all = store.mentions(EventQuery.all());
        assertEquals(5, all.size());
        assertTrue(all.contains(new DocEvent("b.txt", FEB6.plusDays(1), ROAD_B)), "routes and their places round-trip");
        assertTrue(all.contains(new DocEvent("c.txt", docC().published(), CLASH_C)), "month ranges and figures round-trip");
        assertEquals(List.of(HOLD_A), store.controls("AL-BAB").stream().map(dc -> dc.control()).toList());
    }

    /**
     * Whatever the extractor produces comes back unchanged, and storing it again is a no-op.
     * Cluster members are matched to stored mentions by equality, so an exact round trip is
     * load-bearing. Random documents from a fixed seed, so a failure repeats.
     */
    @Test
    void randomEventsRoundTripExactly() {
        java.util.Random rnd = new java.util.Random(20170206L);
        for (int d = 0; d < 40; d++) {
            String doc = "doc-" + d + "'\";--";
            List<org.frontline.model.Event> events = new java.util.ArrayList<>();
            for (int i = rnd.nextInt(5); i > 0; i--) {
                events.add(RandomEvents.event(rnd));
            }
            DocumentResult r = Fixtures.result(doc, "t", java.time.LocalDate.of(2020, 1, 1), events, List.of());
            assertEquals(Kind.NEW, store.ingest(r, Fixtures.article(doc, "t", "text " + doc)).kind());
            List<org.frontline.model.Event> back = store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0)).stream()
                    .filter(m -> m.doc().equals(doc)).map(DocEvent::event).toList();
            // mentions come by start date, then in the document's order (a stable sort)
            assertEquals(events.stream().sorted(java.util.Comparator.comparing(e -> e.date().start())).toList(), back,
                    "seeded document " + d);
            assertEquals(Kind.UNCHANGED, store.ingest(r, Fixtures.article(doc, "t", "text " + doc)).kind());
        }
    }

    /** A place's mentions of a type (what ACLED's notes read place by place) are those of the whole read, in its order. */
    @Test
    void mentionsAtPlaceRowsAreTheWholeReadsInItsOrder() {
        java.util.Random rnd = new java.util.Random(20261208L);
        for (int d = 0; d < 30; d++) {
            List<org.frontline.model.Event> events = new java.util.ArrayList<>();
            for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
                events.add(RandomEvents.event(rnd));
            }
            store.ingest(Fixtures.result("p-" + d, "t", java.time.LocalDate.of(2020, 1, 1), events, List.of()),
                    Fixtures.article("p-" + d, "t", "text " + d));
        }
        java.util.Map<Long, org.frontline.model.Place> places = store.places();
        java.util.Map<org.frontline.model.Place, List<Long>> rows = new java.util.HashMap<>();
        places.forEach((id, p) -> rows.computeIfAbsent(p, k -> new java.util.ArrayList<>()).add(id));
        int seen = 0;
        for (EventType t : EventType.values()) {
            List<DocEvent> whole = store.mentions(EventQuery.all().type(t).page(Integer.MAX_VALUE, 0));
            for (java.util.Map.Entry<org.frontline.model.Place, List<Long>> at : rows.entrySet()) {
                List<DocEvent> expected = whole.stream().filter(m -> at.getKey().equals(m.event().place())).toList();
                assertEquals(expected, store.mentionsAt(t, at.getValue()), t + " at " + at.getKey());
                seen += expected.size();
            }
        }
        assertTrue(seen > 20, "mentions at places: " + seen);
        assertEquals(List.of(), store.mentionsAt(EventType.SIEGE, List.of()));
    }

    @Test
    void aChangedDocumentReplacesItsMentionsAndControls() throws Exception {
        ingestAll();
        DocumentResult changed = Fixtures.result("a.txt", "Army retakes Al-Bab", FEB6, List.of(STRIKE_A), List.of());
        IngestOutcome o = store.ingest(changed, Fixtures.article("a.txt", "Army retakes Al-Bab",
                "Jets hit a market near Manbij on Sunday, killing seven. Correction: the town is still contested."));
        assertEquals(Kind.REPLACED, o.kind());
        assertEquals(1, o.mentionCount());
        assertEquals(List.of(STRIKE_A), store.mentions(EventQuery.all().type(EventType.AIR_STRIKE)).stream()
                .map(DocEvent::event).toList());
        assertEquals(0, store.mentions(EventQuery.all().actor("hezbollah")).size());
        assertEquals(List.of(), store.controls(null));
        assertEquals(new Stats(4, 1, 4, 4, 0), store.stats());
        assertEquals(List.of("a.txt"), store.search("correction", 10).stream().map(SearchHit::doc).toList());
        assertEquals(List.of(), store.search("allies", 10), "the old text is no longer indexed");
    }

    @Test
    void aDocumentThatFailsOnRereadKeepsItsStoredVersion() throws Exception {
        ingestAll();
        TableChecksum.Snapshot before = TableChecksum.of(url);
        IngestOutcome o = store.ingest(DocumentResult.failed("a.txt", "truncated file"), null);
        assertEquals(Kind.FAILED, o.kind());
        assertTrue(o.reason().startsWith("truncated file"), o.reason());
        assertEquals(before, TableChecksum.of(url));
    }

    @Test
    void placeFilterIsCaseInsensitiveAndCoversRouteEnds() {
        ingestAll();
        List<StoredEvent> atAlBab = store.events(EventQuery.all().place("al-bab"));
        assertEquals(3, atAlBab.size(), "two captures and the road that ends there");
        assertEquals(List.of(), store.events(EventQuery.all().place("Damascus")));
    }

    @Test
    void actorFilterLooksInBothSides() {
        ingestAll();
        assertEquals(3, store.events(EventQuery.all().actor("islamic state")).size());
        assertEquals(1, store.events(EventQuery.all().actor("Hezbollah")).size());
        assertEquals(0, store.events(EventQuery.all().actor("state television")).size(), "sources are not actors");
    }

    /**
     * The page by actor and its count (read from actor_event and its counts, migration V11) list
     * what the whole list holds for that actor, type and dates, in its order, by offset and by
     * cursor, while a cluster takes mentions in, changes its names, type and dates, lets them go,
     * and a document is replaced. Names in both roles, undated events and ties on a day included.
     */
    @Test
    void actorPagesAndCountsAgreeWithTheWholeList() {
        java.util.Random rnd = new java.util.Random(12L);
        List<String> actors = List.of("Islamic State", "Taliban", "Kurdish forces");
        for (int d = 0; d < 14; d++) {
            List<org.frontline.model.Event> events = new java.util.ArrayList<>();
            for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
                events.add(actorEvent(rnd, actors, "doc " + d + " event " + i));
            }
            assertEquals(Kind.NEW, store.ingest(Fixtures.result("actors-" + d, "t", FEB6, events, List.of()),
                    Fixtures.article("actors-" + d, "t", "text " + d)).kind());
        }
        assertActorReadsAgree(actors);
        // the clusterer merges dated mentions only
        List<DocEvent> mentions = store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0)).stream()
                .filter(m -> m.event().date() != null).toList();
        org.frontline.model.Event merged = mentions.get(3).event();
        store.replaceClusters(List.of(), List.of(new StoredCluster("k1", merged, mentions.subList(2, 6))));
        assertActorReadsAgree(actors);
        org.frontline.model.Event moved = new org.frontline.model.Event(EventType.AIR_STRIKE, List.of("Taliban", "Islamic State"),
                List.of("taliban"), merged.place(), null, new org.frontline.model.DateRange(LocalDate.of(2015, 2, 1),
                LocalDate.of(2015, 2, 3), org.frontline.model.Precision.DAY), null, null, List.of(), merged.status(), "merged");
        store.replaceClusters(List.of("k1"), List.of(new StoredCluster("k1", moved, mentions.subList(2, 8))));
        assertActorReadsAgree(actors);
        store.replaceClusters(List.of("k1"), List.of(new StoredCluster("k2", moved, mentions.subList(5, 7))));
        assertActorReadsAgree(actors);
        assertEquals(Kind.REPLACED, store.ingest(Fixtures.result("actors-3", "t", FEB6,
                List.of(actorEvent(rnd, actors, "replaced")), List.of()), Fixtures.article("actors-3", "t", "new")).kind());
        assertActorReadsAgree(actors);
        store.replaceClusters(List.of("k2"), List.of());
        assertActorReadsAgree(actors);
    }

    /** Migration V11 on a store written before it: the rows by actor and their counts are filled from what is stored. */
    @Test
    void migrationV11FillsTheRowsByActorOfAStoreWrittenBefore() throws Exception {
        java.util.Random rnd = new java.util.Random(11L);
        List<String> actors = List.of("Islamic State", "Taliban");
        for (int d = 0; d < 8; d++) {
            List<org.frontline.model.Event> events = new java.util.ArrayList<>();
            for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
                events.add(actorEvent(rnd, actors, "doc " + d + " event " + i));
            }
            store.ingest(Fixtures.result("v11-" + d, "t", FEB6, events, List.of()), Fixtures.article("v11-" + d, "t", "text"));
        }
        List<DocEvent> dated = store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0)).stream()
                .filter(m -> m.event().date() != null).toList();
        store.replaceClusters(List.of(), List.of(new StoredCluster("k1", dated.get(1).event(), dated.subList(0, 3))));
        store.close();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            if (dialect() instanceof SqliteDialect) {
                List<String> triggers = new java.util.ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'actor_event%'")) {
                    while (rs.next()) {
                        triggers.add(rs.getString(1));
                    }
                }
                assertEquals(13, triggers.size(), "V11's triggers: " + triggers);
                for (String t : triggers) {
                    s.execute("DROP TRIGGER " + t);
                }
                s.execute("DELETE FROM schema_note WHERE table_name LIKE 'actor_event%'");
            } else {
                s.execute("DROP FUNCTION actor_event_count, actor_event_mention_party, actor_event_event_party, "
                        + "actor_event_event_row, actor_event_mention_row CASCADE");
            }
            s.execute("DROP TABLE actor_event");
            s.execute("DROP TABLE actor_event_count");
            assertEquals(1, s.executeUpdate("DELETE FROM schema_version WHERE version = 11"));
        }
        store = EventStore.open(url);
        assertActorEventsKept();
        assertActorReadsAgree(actors);
    }

    private static org.frontline.model.Event actorEvent(java.util.Random rnd, List<String> actors, String evidence) {
        EventType type = List.of(EventType.SHELLING, EventType.AIR_STRIKE, EventType.ARMED_CLASH).get(rnd.nextInt(3));
        List<String> one = List.of(actors.get(rnd.nextInt(actors.size())));
        List<String> other = rnd.nextInt(4) == 0 ? List.of(actors.get(rnd.nextInt(actors.size())).toUpperCase()) : List.of();
        LocalDate start = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(8) * 20);
        org.frontline.model.DateRange date = rnd.nextInt(6) == 0 ? null
                : new org.frontline.model.DateRange(start, start.plusDays(rnd.nextInt(30)), org.frontline.model.Precision.DAY);
        return new org.frontline.model.Event(type, rnd.nextBoolean() ? one : other, rnd.nextBoolean() ? other : one,
                rnd.nextBoolean() ? AL_BAB : MANBIJ, null, date, date == null ? "on Tuesday" : null, null, null, List.of(),
                org.frontline.model.Status.REPORTED, evidence);
    }

    private void assertActorReadsAgree(List<String> actors) {
        List<StoredEvent> all = store.events(EventQuery.all().page(Integer.MAX_VALUE, 0));
        java.util.List<String> names = new java.util.ArrayList<>(actors);
        names.add("nobody");
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (String actor : names) {
            for (EventType type : java.util.Arrays.asList(null, EventType.SHELLING, EventType.AIR_STRIKE)) {
                for (LocalDate[] range : List.of(new LocalDate[2], new LocalDate[] {LocalDate.of(2015, 2, 1), LocalDate.of(2015, 4, 10)},
                        new LocalDate[] {LocalDate.of(2015, 3, 1), null}, new LocalDate[] {null, LocalDate.of(2015, 2, 20)})) {
                    EventQuery q = EventQuery.all().actor(actor.toLowerCase()).type(type).between(range[0], range[1]);
                    List<String> expected = all.stream().filter(e -> listedBy(e.event(), q)).map(StoredEvent::id).toList();
                    covered.addAll(expected);
                    assertEquals(expected.size(), store.count(q), "count of " + q);
                    List<String> byOffset = new java.util.ArrayList<>();
                    for (int offset = 0; ; offset += 3) {
                        List<StoredEvent> page = store.events(q.page(3, offset));
                        if (page.isEmpty()) {
                            break;
                        }
                        page.forEach(e -> byOffset.add(e.id()));
                    }
                    assertEquals(expected, byOffset, "pages by offset of " + q);
                    List<String> byCursor = new java.util.ArrayList<>();
                    EventPage page = store.page(q.page(3, 0));
                    while (true) {
                        page.events().forEach(e -> byCursor.add(e.id()));
                        if (page.next() == null) {
                            break;
                        }
                        page = store.page(q.page(3, 0).after(EventQuery.After.of(page.next())));
                    }
                    assertEquals(expected, byCursor, "pages by cursor of " + q);
                }
            }
        }
        assertTrue(covered.size() > 10 && all.stream().anyMatch(e -> e.event().date() == null && covered.contains(e.id())),
                "the queries list many events, undated ones too: " + covered.size());
    }

    private static boolean listedBy(org.frontline.model.Event e, EventQuery q) {
        boolean named = java.util.stream.Stream.concat(e.actor1().stream(), e.actor2().stream())
                .anyMatch(n -> PlaceRows.nameKey(n).equals(PlaceRows.nameKey(q.actor())));
        return named && (q.type() == null || e.type() == q.type())
                && (q.from() == null || e.date() != null && !e.date().end().isBefore(q.from()))
                && (q.to() == null || e.date() != null && !e.date().start().isAfter(q.to()));
    }

    @Test
    void typeAndDateFilters() {
        ingestAll();
        assertEquals(2, store.events(EventQuery.all().type(EventType.TERRITORY_CAPTURED)).size());
        assertEquals(List.of("c.txt"), store.events(EventQuery.all().between(java.time.LocalDate.of(2015, 10, 20), null))
                .stream().limit(1).flatMap(e -> e.documents().stream()).toList());
        assertEquals(1, store.events(EventQuery.all().between(java.time.LocalDate.of(2015, 10, 20),
                java.time.LocalDate.of(2015, 10, 20))).size(), "a month-long event overlaps a day inside it");
        assertEquals(4, store.events(EventQuery.all().between(FEB6.minusDays(2), FEB6)).size());
        assertEquals(2, store.events(EventQuery.all().between(FEB6, FEB6)).size());
    }

    @Test
    void nearUsesTheExactDistance() {
        ingestAll();
        // Manbij is about 40 km from Al-Bab; the SQL box for 30 km may reach it, the circle must not
        assertEquals(2, store.events(EventQuery.all().near(36.3705, 37.5157, 30)).size());
        assertEquals(3, store.events(EventQuery.all().near(36.3705, 37.5157, 60)).size());
        assertEquals(1, store.mentions(EventQuery.all().near(36.73, 68.86, 5)).size());
    }

    @Test
    void boxFilterTakesThePlaceOrARoutesStart() {
        ingestAll();
        List<StoredEvent> all = store.events(EventQuery.all());
        EventQuery.Box box = new EventQuery.Box(37.4, 36.3, 37.6, 36.45);
        List<StoredEvent> expected = all.stream().filter(e -> {
            var p = e.event().place() != null ? e.event().place() : e.event().route() != null ? e.event().route().from() : null;
            return p != null && p.lat() != null && p.lon() >= 37.4 && p.lon() <= 37.6 && p.lat() >= 36.3 && p.lat() <= 36.45;
        }).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, store.events(EventQuery.all().within(box)));
        assertEquals(expected.subList(1, expected.size()), store.events(EventQuery.all().within(box).page(100, 1)));
    }

    @Test
    void datesSpanWhatEventsList() {
        assertEquals(new DateSpan(null, null), store.dates());
        ingestAll();
        List<StoredEvent> all = store.events(EventQuery.all());
        assertEquals(all.stream().map(e -> e.event().date().start()).min(java.time.LocalDate::compareTo).orElseThrow(),
                store.dates().first());
        assertEquals(all.stream().map(e -> e.event().date().end()).max(java.time.LocalDate::compareTo).orElseThrow(),
                store.dates().last());
    }

    @Test
    void theGenerationMovesWithEveryWriteThatChangesARow() {
        long empty = store.generation();
        ingestAll();
        long filled = store.generation();
        assertNotEquals(empty, filled);
        assertEquals(Kind.UNCHANGED, store.ingest(docA(), articleA()).kind());
        assertEquals(filled, store.generation(), "an ingest that changes nothing is no write");
    }

    @Test
    void limitAndOffsetPageInDateOrder() {
        ingestAll();
        List<StoredEvent> all = store.events(EventQuery.all());
        assertEquals(5, all.size());
        assertEquals(all.subList(1, 3), store.events(EventQuery.all().page(2, 1)));
        List<StoredEvent> near = store.events(EventQuery.all().near(36.3705, 37.5157, 60));
        assertEquals(near.subList(1, 2), store.events(EventQuery.all().near(36.3705, 37.5157, 60).page(1, 1)),
                "with a distance filter the page is cut after the exact test");
        assertEquals(EventType.ARMED_CLASH, all.get(0).event().type(), "2015 first");
    }

    @Test
    void keysetPagesWalkTheSameListAsOffsets() {
        ingestAll();
        store.replaceClusters(List.of(), List.of(new StoredCluster("k1", CAPTURE_A, store.candidatesNear(CAPTURE_A, 10, 1))));
        store.ingest(new org.frontline.model.DocumentResult("u.txt", "Undated", null, null, null, false, null, null,
                List.of(new org.frontline.model.Event(EventType.SHELLING, List.of("Russia"), List.of(), MANBIJ, null, null, null,
                        null, List.of(), org.frontline.model.Status.REPORTED, "Shells fell on Manbij.")), List.of()), null);
        for (EventQuery q : List.of(EventQuery.all(), EventQuery.all().place("Al-Bab"))) {
            List<StoredEvent> all = store.events(q);
            List<StoredEvent> walked = new java.util.ArrayList<>();
            EventPage page = store.page(q.page(1, 0));
            walked.addAll(page.events());
            while (page.next() != null) {
                page = store.page(q.page(1, 0).after(EventQuery.After.of(page.next())));
                walked.addAll(page.events());
            }
            assertEquals(all, walked, "pages of one by after= list what one page lists: " + q);
        }
        assertTrue(store.events(EventQuery.all()).stream().anyMatch(e -> !e.event().dated()), "an undated event is walked too");
    }

    @Test
    void fullTextSearchFindsWordsAndMarksThem() {
        ingestAll();
        List<SearchHit> hits = store.search("jihadists", 10);
        assertEquals(1, hits.size());
        assertEquals("a.txt", hits.get(0).doc());
        assertEquals("Army retakes Al-Bab", hits.get(0).title());
        assertTrue(hits.get(0).snippet().contains("[jihadists]"), hits.get(0).snippet());
        assertEquals(2, store.search("Al-Bab", 10).size());
        assertEquals(List.of(), store.search("\"unbalanced OR (", 10), "user text is never query syntax");
    }

    @Test
    void injectionProbesAreJustValues() {
        ingestAll();
        String probe = "x'); DROP TABLE document;--";
        assertEquals(List.of(), store.events(EventQuery.all().place(probe)));
        assertEquals(List.of(), store.events(EventQuery.all().actor(probe)));
        assertEquals(List.of(), store.mentions(EventQuery.all().place("x'); DROP TABLE documents;--")));
        assertEquals(List.of(), store.controls(probe));
        store.search(probe, 10);
        assertEquals(4, store.stats().documents(), "the table survives");
    }

    @Test
    void clustersMergeMentionsAndCanBeReplacedOrRetired() throws Exception {
        ingestAll();
        List<DocEvent> near = store.candidatesNear(CAPTURE_A, 10, 1);
        assertEquals(2, near.size(), "both captures, not the strike 40 km away");
        List<String> idsBefore = store.events(EventQuery.all().type(EventType.TERRITORY_CAPTURED)).stream()
                .map(StoredEvent::id).sorted().toList();
        StoredCluster c = new StoredCluster("k1", CAPTURE_A, near);
        store.replaceClusters(List.of(), List.of(c));
        List<StoredEvent> merged = store.events(EventQuery.all().type(EventType.TERRITORY_CAPTURED));
        assertEquals(1, merged.size());
        StoredEvent e = merged.get(0);
        // a report joining an event keeps the event's id: the first stored mention's
        assertEquals(idsBefore.get(0), e.id());
        assertEquals(java.util.Optional.of(e), store.event(idsBefore.get(1)), "the id that merged away finds the event");
        assertEquals(2, e.corroboration());
        assertEquals(List.of("a.txt", "b.txt"), e.documents());
        assertEquals(List.of(CAPTURE_A.evidence(), CAPTURE_B.evidence()), e.evidence());
        // a merged event's evidence is read from its members, every line (issue 16: never stored as one growing text)
        assertEquals(EventRows.withEvidence(CAPTURE_A, CAPTURE_A.evidence() + " | " + CAPTURE_B.evidence()), e.event());
        assertEquals(4, store.stats().events());
        assertEquals(List.of(c), store.clusters(EventType.TERRITORY_CAPTURED, FEB6, FEB6));

        assertEquals(java.util.Optional.of(e), store.event("k1"));
        assertEquals(near.stream().sorted(java.util.Comparator.comparing(DocEvent::doc)).toList(), store.mentionsOf("k1"));
        assertEquals(store.mentionsOf("k1"), store.mentionsOf(e.id()));
        StoredEvent single = store.events(EventQuery.all().type(EventType.AIR_STRIKE)).get(0);
        assertTrue(single.id().startsWith("mention:"), single.id());
        assertEquals(java.util.Optional.of(single), store.event(single.id()));
        assertEquals(List.of(new DocEvent("a.txt", FEB6, STRIKE_A)), store.mentionsOf(single.id()));
        assertEquals(java.util.Optional.empty(), store.event("mention:x'--"));
        assertEquals(java.util.Optional.empty(), store.event("nope"));

        TableChecksum.Snapshot before = TableChecksum.of(url);
        store.replaceClusters(List.of(), List.of(c));
        assertEquals(before, TableChecksum.of(url), "an unchanged cluster is not rewritten");
        store.replaceClusters(List.of("k1"), List.of(c));
        assertEquals(before, TableChecksum.of(url), "nor when it is retired and handed back");

        store.replaceClusters(List.of("k1"), List.of());
        assertEquals(2, store.events(EventQuery.all().type(EventType.TERRITORY_CAPTURED)).size());
    }

    @Test
    void clustersNearKeepOnlyClustersWithAMemberInTheCircle() {
        ingestAll();
        store.replaceClusters(List.of(), List.of(new StoredCluster("k1", CAPTURE_A, store.candidatesNear(CAPTURE_A, 10, 1))));
        // Manbij is 40 km from Al-Bab: a 10 km circle there misses the cluster, a 50 km one finds it
        assertEquals(List.of(), store.clustersNear(EventType.TERRITORY_CAPTURED, FEB6, FEB6, List.of(new PlaceCircle(MANBIJ.lat(), MANBIJ.lon(), null, 10)), false, false));
        assertEquals(1, store.clustersNear(EventType.TERRITORY_CAPTURED, FEB6, FEB6, List.of(new PlaceCircle(MANBIJ.lat(), MANBIJ.lon(), null, 50)), false, false).size());
        // the same GeoNames id finds it whatever the coordinates say
        assertEquals(1, store.clustersNear(EventType.TERRITORY_CAPTURED, FEB6, FEB6, List.of(new PlaceCircle(0, 0, AL_BAB.geonamesId(), 10)), false, false).size());
        assertEquals(store.clusters(EventType.TERRITORY_CAPTURED, FEB6, FEB6),
                store.clustersNear(EventType.TERRITORY_CAPTURED, FEB6, FEB6, List.of(new PlaceCircle(AL_BAB.lat() + 0.05, AL_BAB.lon(), null, 10)), false, false));
        // a road's ends count as its places only when asked: ROAD_B runs from Aleppo to Al-Bab
        store.replaceClusters(List.of(), List.of(new StoredCluster("r1", ROAD_B, store.candidatesNear(ROAD_B, 10, 1))));
        PlaceCircle aleppo = new PlaceCircle(ALEPPO.lat(), ALEPPO.lon(), null, 10);
        PlaceCircle kunduz = new PlaceCircle(KUNDUZ.lat(), KUNDUZ.lon(), null, 10);
        LocalDate roadDay = FEB6.minusDays(2);
        assertEquals(List.of(), store.clustersNear(EventType.ROUTE_CUT, roadDay, roadDay, List.of(aleppo), false, false));
        assertEquals(1, store.clustersNear(EventType.ROUTE_CUT, roadDay, roadDay, List.of(aleppo), true, false).size());
        assertEquals(List.of(), store.clustersNear(EventType.ROUTE_CUT, roadDay, roadDay, List.of(kunduz), true, false));
        assertEquals(1, store.clustersNear(EventType.ROUTE_CUT, roadDay, roadDay, List.of(kunduz), false, true).size());
        assertEquals(List.of(), store.clustersNear(EventType.AIR_STRIKE, FEB6, FEB6, List.of(new PlaceCircle(AL_BAB.lat(), AL_BAB.lon(), null, 10)), false, false));
    }

    @Test
    void anUnknownMemberChangesNothing() throws Exception {
        ingestAll();
        TableChecksum.Snapshot before = TableChecksum.of(url);
        StoredCluster bogus = new StoredCluster("k2", CAPTURE_A, List.of(new DocEvent("a.txt", FEB6, CAPTURE_A),
                new DocEvent("zzz.txt", FEB6, CAPTURE_B)));
        assertThrows(IllegalArgumentException.class, () -> store.replaceClusters(List.of(), List.of(bogus)));
        assertEquals(before, TableChecksum.of(url));
    }

    @Test
    void reingestingAClusteredDocumentKeepsTheOtherMembers() {
        ingestAll();
        store.replaceClusters(List.of(), List.of(new StoredCluster("k1", CAPTURE_A, store.candidatesNear(CAPTURE_A, 10, 1))));
        DocumentResult changed = Fixtures.result("b.txt", "Al-Bab falls", FEB6.plusDays(1), List.of(ROAD_B), List.of());
        assertEquals(Kind.REPLACED, store.ingest(changed, articleB()).kind());
        StoredCluster left = store.clusters(EventType.TERRITORY_CAPTURED, FEB6, FEB6).get(0);
        assertEquals(List.of(new DocEvent("a.txt", FEB6, CAPTURE_A)), left.members());
    }

    /** Issue 12: what the server's reasoning reads to recompute only the places a write touched. */
    @Test
    void theWriteLogNamesEveryDocumentWrittenAndItsRecordsReadBack() {
        long start = store.touchPosition();
        ingestAll();
        DocumentTouches all = store.documentsTouchedAfter(start);
        assertEquals(List.of("a.txt", "b.txt", "c.txt", "bad.bin"), all.docs());
        assertEquals(store.touchPosition(), all.upTo());
        assertEquals(Kind.UNCHANGED, store.ingest(docA(), articleA()).kind());
        assertEquals(new DocumentTouches(all.upTo(), List.of()), store.documentsTouchedAfter(all.upTo()),
                "an unchanged document writes nothing");
        assertEquals(Kind.REPLACED, store.ingest(result("a.txt", "Army retakes Al-Bab", FEB6, List.of(STRIKE_A), List.of()),
                articleA()).kind());
        assertEquals(List.of("a.txt"), store.documentsTouchedAfter(all.upTo()).docs(), "a replaced document");

        DocumentRecords a = store.recordsOfDocuments(List.of("a.txt", "b.txt", "never.txt"));
        assertEquals(List.of(new DocEvent("a.txt", FEB6, STRIKE_A), new DocEvent("b.txt", FEB6.plusDays(1), CAPTURE_B),
                new DocEvent("b.txt", FEB6.plusDays(1), ROAD_B)), a.mentions(), "a.txt's new version, b.txt's in its order");
        assertEquals(List.of(), a.controls(), "a.txt's assertion went with its old version");
        store.ingest(docA(), articleA());
        assertEquals(List.of(HOLD_A), store.recordsOfDocuments(List.of("a.txt")).controls().stream()
                .map(org.frontline.model.DocControl::control).toList());
    }
}
