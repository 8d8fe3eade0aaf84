package org.frontline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.bench.GeneratedStore;
import org.frontline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every read the API makes per request runs on an index (issue 12): each statement the store
 * runs for it is put through SQLite's EXPLAIN QUERY PLAN, and a full scan of a table that grows
 * with the events (event, mention, their parties and links) fails the test. The one scan allowed
 * is a walk of a date index in list order under a LIMIT, which stops at the page's end.
 */
class QueryPlanTest {
    /** Aliases and names of the tables that grow with the events. */
    private static final Pattern SCAN = Pattern.compile("\\bSCAN (e|m|em|em2|p|event|mention|event_mention|mention_party|event_party)\\b(.*)");
    private static final Pattern ORDERED = Pattern.compile(" USING (COVERING )?INDEX (event_date|mention_date|mention_free_date)\\b.*");

    @TempDir
    Path dir;

    @Test
    void everyApiReadRunsOnAnIndex() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("plan.db");
        Map<String, List<?>> seen;
        try (EventStore store = filled(url)) {
            store.ingest(Fixtures.docA(), Fixtures.articleA());
            store.ingest(Fixtures.docB(), Fixtures.articleB());
            store.replaceClusters(List.of(), List.of(new StoredCluster("k1", Fixtures.CAPTURE_A,
                    store.candidatesNear(Fixtures.CAPTURE_A, 10, 1))));
            String merged = store.events(EventQuery.all().type(EventType.TERRITORY_CAPTURED).place("Al-Bab")).get(0).id();
            seen = observed(() -> apiReads(store, merged));
        }
        assertTrue(seen.size() > 20, "the reads ran: " + seen.size());
        List<String> scans = scans(url, seen, SCAN);
        assertTrue(scans.isEmpty(), scans.size() + " full scans:\n" + String.join("\n", scans));
    }

    /**
     * What the server's reasoning reads after a write (issue 12): the write log from where it
     * stopped and the written documents' records. Neither may walk a table that grows with the
     * events, the documents or the log.
     */
    @Test
    void theReasoningsReadsOfWhatChangedRunOnAnIndex() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("touch.db");
        Map<String, List<?>> seen;
        try (EventStore store = filled(url)) {
            long position = store.touchPosition();
            store.ingest(Fixtures.docA(), Fixtures.articleA());
            store.ingest(Fixtures.docB(), Fixtures.articleB());
            seen = observed(() -> {
                store.touchPosition();
                DocumentTouches touched = store.documentsTouchedAfter(position);
                assertTrue(touched.docs().contains(Fixtures.docA().doc()), "the log names the new document: " + touched);
                assertFalse(store.recordsOfDocuments(touched.docs()).controls().isEmpty());
            });
        }
        assertTrue(seen.size() >= 4, "the reads ran: " + seen.size());
        Pattern grows = Pattern.compile("\\bSCAN (m|c|d|p|mention|control|document|document_touch|mention_party|control_party)\\b(.*)");
        List<String> scans = scans(url, seen, grows);
        assertTrue(scans.isEmpty(), scans.size() + " full scans:\n" + String.join("\n", scans));
    }

    /**
     * The page by actor, alone or with a type, dates or a cursor, and its count read
     * {@code actor_event} (migration V11) through an index in list order: the plan sorts nothing,
     * so a page costs its own rows however many events name the actor.
     */
    @Test
    void thePageByActorWalksAnIndexInListOrder() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("actor.db");
        Map<String, List<?>> seen;
        try (EventStore store = filled(url)) {
            EventQuery actor = EventQuery.all().page(100, 0).actor("Islamic State");
            EventQuery typed = actor.type(EventType.SHELLING);
            List<EventQuery> queries = List.of(actor, typed, typed.between(LocalDate.of(2014, 1, 1), LocalDate.of(2018, 12, 31)),
                    actor.between(LocalDate.of(2016, 1, 1), null), actor.page(100, 200),
                    typed.after(EventQuery.After.of(store.page(typed.page(5, 0)).next())));
            seen = observed(() -> queries.forEach(q -> {
                assertFalse(store.page(q).events().isEmpty(), "the generated store has events of " + q);
                store.count(q);
            }));
        }
        List<String> byActor = seen.keySet().stream().filter(sql -> sql.contains("actor_event")).toList();
        assertTrue(byActor.size() >= 8, "pages and counts read actor_event: " + seen.keySet());
        try (Connection c = DriverManager.getConnection(url)) {
            for (String sql : byActor) {
                String plan = plan(c, sql, seen.get(sql));
                assertTrue(plan.contains(" USING COVERING INDEX actor_event_") || plan.contains("actor_event_count USING PRIMARY KEY"),
                        "on an index:\n" + sql + "\n" + plan);
                assertFalse(plan.contains("TEMP B-TREE") || plan.contains("SCAN"), "nothing sorted or scanned:\n" + sql + "\n" + plan);
            }
        }
    }

    /**
     * The search for the clusters a new mention may join (migration V12) seeks the profiles of the
     * places near it by type and dates, placed or placeless: it reads no profile of another
     * place, where by type and dates alone it read every profile of the type in two years or more,
     * and finds the places near without reading every place.
     */
    @Test
    void theClusterHeadSearchSeeksThePlacesNearby() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("heads.db");
        Map<String, List<?>> seen;
        try (EventStore store = filled(url)) {
            store.ingest(Fixtures.docA(), Fixtures.articleA());
            store.replaceClusters(List.of(), List.of(new StoredCluster("k1", Fixtures.CAPTURE_A,
                    store.candidatesNear(Fixtures.CAPTURE_A, 10, 1))));
            LocalDate from = Fixtures.FEB6.minusDays(400), to = Fixtures.FEB6.plusDays(400);
            PlaceCircle near = new PlaceCircle(Fixtures.AL_BAB.lat(), Fixtures.AL_BAB.lon(), Fixtures.AL_BAB.geonamesId(), 25);
            seen = observed(() -> {
                assertFalse(store.clusterHeads(EventType.TERRITORY_CAPTURED, from, to, List.of(near), false, false, false).isEmpty());
                store.clusterHeads(EventType.TERRITORY_CAPTURED, from, to, List.of(), false, false, true);
            });
        }
        List<String> heads = seen.keySet().stream().filter(sql -> sql.contains("FROM event_profile m")).toList();
        assertEquals(2, heads.size(), "a search near places and a placeless one: " + seen.keySet());
        try (Connection c = DriverManager.getConnection(url)) {
            for (String sql : heads) {
                String plan = plan(c, sql, seen.get(sql));
                assertTrue(plan.contains("SEARCH m USING INDEX event_profile_place_type (place_id=? AND type=? AND date_start>? AND date_start<?)"),
                        "by place, type and dates:\n" + sql + "\n" + plan);
                // the places near: by coordinates or GeoNames id, each on its index, not a walk of every place
                assertFalse(plan.contains("SCAN "), "nothing scanned:\n" + sql + "\n" + plan);
            }
        }
    }

    /**
     * The answers on a day kept per place (migration V13) are read by kind and first day on
     * {@code place_day_on}, each kind a seek: however many runs the store keeps, a day reads
     * those that start before it, never the table.
     */
    @Test
    void theStoredAnswersOnADaySeekTheirKindAndDays() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("days.db");
        LocalDate day = LocalDate.of(2016, 3, 1);
        Map<String, List<?>> seen;
        try (EventStore store = EventStore.open(url)) {
            List<PlaceDay> runs = new ArrayList<>();
            for (int i = 0; i < 300; i++) { // enough rows that a scan would cost more than a seek
                runs.add(new PlaceDay(i % 3, "gn:" + i, day.plusDays(i - 200), i % 2 == 0 ? null : day.plusDays(i - 100), "{}"));
            }
            store.followWrites(tx -> tx.keepPlaceDays(PlaceDayChange.whole(runs, 0)));
            store.catchUpFollower();
            store.followWrites(null);
            seen = observed(() -> {
                List<PlaceDay> on = store.placeDaysOn(java.util.Set.of(PlaceDay.HELD, PlaceDay.UNKNOWN), day).runs();
                assertEquals(runs.stream().filter(r -> r.kind() != PlaceDay.BESIEGED && !r.from().isAfter(day)
                        && (r.to() == null || !r.to().isBefore(day))).count(), on.size(), "the runs covering the day");
            });
        }
        List<String> reads = seen.keySet().stream().filter(sql -> sql.contains("FROM place_day ")).toList();
        assertEquals(1, reads.size(), "one read of the runs: " + seen.keySet());
        try (Connection c = DriverManager.getConnection(url)) {
            String plan = plan(c, reads.get(0), seen.get(reads.get(0)));
            assertTrue(plan.contains("SEARCH place_day USING INDEX place_day_on (kind=? AND day_from<?)"), "by kind and day:\n" + plan);
            assertFalse(plan.contains("SCAN "), "nothing scanned:\n" + plan);
        }
    }

    private static String plan(Connection c, String sql, List<?> params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            new SqliteDialect().bind(ps, params);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString("detail")).append('\n');
                }
            }
            return plan.toString();
        }
    }

    /** A store of 2,000 generated events. */
    private static EventStore filled(String url) {
        EventStore store = EventStore.open(url);
        new GeneratedStore().fill(store, 2_000, 3, "gen", n -> { });
        return store;
    }

    /** Each distinct statement the reads ran, with the parameters of its first run. */
    private static Map<String, List<?>> observed(Runnable reads) {
        Map<String, List<?>> seen = new LinkedHashMap<>();
        Jdbc.observer = (sql, params) -> seen.putIfAbsent(sql, params);
        try {
            reads.run();
        } finally {
            Jdbc.observer = null;
        }
        return seen;
    }

    /** The plan lines of the statements seen that scan a table {@code growing} names, with their statement. */
    private static List<String> scans(String url, Map<String, List<?>> seen, Pattern growing) throws Exception {
        List<String> scans = new ArrayList<>();
        SqliteDialect dialect = new SqliteDialect();
        try (Connection c = DriverManager.getConnection(url)) {
            for (Map.Entry<String, List<?>> q : seen.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + q.getKey())) {
                    dialect.bind(ps, q.getValue());
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            plan.append(rs.getString("detail")).append('\n');
                        }
                    }
                    for (String line : plan.toString().split("\n")) {
                        Matcher m = growing.matcher(line);
                        if (m.find() && !(q.getKey().contains(" LIMIT ") && ORDERED.matcher(m.group(2)).matches())) {
                            scans.add(line + "\n  in: " + q.getKey() + "\n  plan:\n" + plan);
                        }
                    }
                }
            }
        }
        return scans;
    }

    /** What the API's routes ask the store for each request (Reasoning's per-write rebuild aside). */
    private static void apiReads(EventStore store, String merged) {
        EventQuery all = EventQuery.all().page(100, 0);
        List<EventQuery> queries = List.of(all, all.page(100, 500), all.place("Al-Bab"), all.actor("Islamic State"),
                all.type(EventType.SHELLING), all.between(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 1)),
                all.type(EventType.AIR_STRIKE).between(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)),
                all.between(LocalDate.of(2024, 1, 1), null), all.between(null, LocalDate.of(2012, 1, 1)),
                all.within(new EventQuery.Box(36, 35, 38, 37)), all.near(36.37, 37.52, 50),
                all.after(EventQuery.After.of(store.page(all).next())),
                all.type(EventType.SHELLING).after(EventQuery.After.of(store.page(all.type(EventType.SHELLING)).next())),
                all.actor("Islamic State").type(EventType.SHELLING), all.actor("Taliban").between(LocalDate.of(2015, 1, 1), null),
                all.actor("Islamic State").place("Al-Bab"));
        for (EventQuery q : queries) {
            store.page(q);
            store.count(q);
        }
        store.forEachEvent(all.place("Al-Bab").page(Integer.MAX_VALUE, 0), b -> { });
        String single = store.events(all.type(EventType.SHELLING)).get(0).id();
        for (String id : List.of(single, merged, "k1", "mention:999999999")) {
            store.event(id);
            store.mentionsOf(id);
        }
        store.document("a.txt");
        assertFalse(store.search("jihadists", 20).isEmpty());
        store.dates();
        store.generation();
        store.controls("Al-Bab");
    }
}
