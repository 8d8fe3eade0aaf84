package org.frontline.serve.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.frontline.model.Article;
import org.frontline.model.Control;
import org.frontline.model.DateRange;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Route;
import org.frontline.model.Status;
import org.frontline.reason.ControlTimeline;
import org.frontline.reason.PlaceKey;
import org.frontline.reason.Reasoned;
import org.frontline.reason.RouteGraph;
import org.frontline.reason.Sides;
import org.frontline.reason.SiegeDays;
import org.frontline.reason.SiegeReasoner;
import org.frontline.reason.SiegeState;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.IngestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state kept per place and brought up to date from the store's write log answers exactly as
 * a timeline and siege reasoner built from scratch over everything stored, after every batch of
 * new, replaced and emptied documents: every place, on every day looked at.
 */
class PlaceFeedTest {
    private static final LocalDate FIRST = LocalDate.of(2017, 1, 1);
    private static final int DAYS = 60;
    private static final Place AL_BAB = new Place("Al-Bab", 36.37051, 37.5157, "SY", "Aleppo", 174018L, "town");
    /** The same GeoNames place spelled otherwise and without coordinates: one key, two rows. */
    private static final Place AL_BAB_SPELT = new Place("al Bab", null, null, "SY", "Aleppo", 174018L, "town");
    private static final Place RAQQA = new Place("Raqqa", 35.95283, 39.00788, "SY", "Ar-Raqqah", 163915L, "city");
    private static final Place ALEPPO = new Place("Aleppo", 36.20124, 37.16117, "SY", "Aleppo", 170063L, "city");
    private static final Place MAREA = new Place("Marea", 36.48259, 37.19709, "SY", "Aleppo", 169577L, "town");
    /** A homonym: while it is stored, the name Marea in a road sentence resolves to nothing. */
    private static final Place OTHER_MAREA = new Place("Marea", 35.1, 36.9, "SY", "Hama", 999001L, "village");
    private static final Place AZAZ = new Place("Azaz", 36.58662, 37.04628, "SY", "Aleppo", 170017L, "town");
    private static final Place BAZAA = new Place("Bazaa", null, null, "SY", "Aleppo", null, "town");
    private static final Place TADEF = new Place("Tadef", 36.3506, 37.5301, "SY", "Aleppo", 163282L, "town");
    private static final List<Place> PLACES = List.of(AL_BAB, AL_BAB_SPELT, RAQQA, ALEPPO, MAREA, OTHER_MAREA, AZAZ, BAZAA, TADEF);
    private static final List<String> ACTORS = List.of("Syrian government", "Islamic State", "Turkey",
            "Free Syrian Army", "Syrian rebels", "Syrian Democratic Forces", "Hezbollah");
    private static final List<String> SOURCES = List.of("Syrian Observatory for Human Rights", "SANA", "Turkey");

    @TempDir
    Path dir;

    private final Sides sides = Sides.load();

    @Test
    void batchByBatchTheKeptStateAnswersAsAFullRebuild() {
        Random rnd = new Random(12);
        int sieges = 0;
        int ringed = 0;
        int replaced = 0;
        try (EventStore store = EventStore.open(dir.resolve("feed.db").toString())) {
            PlaceFeed feed = new PlaceFeed(store, sides);
            List<String> docs = new ArrayList<>();
            for (int batch = 0; batch < 14; batch++) {
                // every other batch late on brings no road: the roads stay, and the sieges kept are carried over
                boolean roads = batch < 6 || batch % 2 == 0;
                for (int i = 0; i < 8; i++) {
                    String doc = "doc-" + docs.size();
                    docs.add(doc);
                    ingest(store, document(doc, rnd, rnd.nextInt(6) + 1, roads));
                }
                for (int i = 0; i < 3 && batch > 0 && roads; i++) { // a changed document replaces its mentions, or has none left
                    String doc = docs.get(rnd.nextInt(docs.size()));
                    IngestOutcome o = ingest(store, document(doc, rnd, rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(5) + 1, true));
                    replaced += o.kind() == IngestOutcome.Kind.REPLACED ? 1 : 0;
                }
                Reasoned kept = feed.advance();
                Reasoned full = rebuild(store);
                for (LocalDate d = FIRST.minusDays(1); d.isBefore(FIRST.plusDays(DAYS + 5)); d = d.plusDays(2)) {
                    assertSame(full, kept, d, "batch " + batch);
                    List<SiegeState> on = full.sieges().besiegedOn(d);
                    sieges += on.size();
                    ringed += (int) on.stream().filter(s -> s.reasons().contains(SiegeState.Reason.ROADS_CLOSED)).count();
                }
                assertEquals(full.timeline().contradictions(), kept.timeline().contradictions(), "batch " + batch);
                assertEquals(full.timeline().places().keys(), kept.timeline().places().keys(), "batch " + batch);
            }
        }
        assertTrue(replaced >= 10, "documents were replaced: " + replaced);
        assertTrue(sieges > 20 && ringed > 0, "the test saw sieges, some by closed roads: " + sieges + ", " + ringed);
    }

    @Test
    void aFeedStartedOnAFilledStoreReadsItOnceAndThenFollowsIt() {
        Random rnd = new Random(7);
        try (EventStore store = EventStore.open(dir.resolve("late.db").toString())) {
            for (int i = 0; i < 20; i++) {
                ingest(store, document("d" + i, rnd, 4, true));
            }
            PlaceFeed feed = new PlaceFeed(store, sides);
            assertSame(rebuild(store), feed.advance(), FIRST.plusDays(30), "first reading");
            ingest(store, document("d3", rnd, 0, true));
            ingest(store, document("d21", rnd, 5, true));
            Reasoned kept = feed.advance();
            Reasoned full = rebuild(store);
            for (LocalDate d = FIRST; d.isBefore(FIRST.plusDays(DAYS)); d = d.plusDays(1)) {
                assertSame(full, kept, d, "after the first reading");
            }
        }
    }

    /**
     * The answers on a day kept in the store by the writes themselves ({@link ReasoningKeeper}) are
     * the bytes a request made from a full rebuild sent: after every batch, on every day looked at,
     * with no catching up to do; a keeper started on the filled store answers at once from what is
     * stored; a write made without a keeper (another process) is caught up with on request.
     */
    @Test
    void theAnswersStoredByEachWriteAreTheBytesOfAFullRebuildsAnswers() {
        storedAnswersFollowTheWrites(dir.resolve("stored.db").toString(), 8);
    }

    /** The same on PostgreSQL (embedded; skipped where it cannot start), fewer batches: its writes cost more. */
    @Test
    void theAnswersStoredOnPostgresqlAreTheBytesOfAFullRebuildsAnswers() throws Exception {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg;
        try {
            pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
        } catch (Exception | LinkageError e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "skipped: embedded PostgreSQL could not start here: " + e);
            return;
        }
        try (pg) {
            storedAnswersFollowTheWrites(pg.getJdbcUrl("postgres", "postgres"), 3);
        }
    }

    private void storedAnswersFollowTheWrites(String db, int batches) {
        Random rnd = new Random(21);
        int held = 0;
        int besieged = 0;
        try (EventStore store = EventStore.openPooled(db, 2)) {
            ReasoningKeeper keeper = new ReasoningKeeper(store, sides);
            StoredAnswers stored = new StoredAnswers(store, keeper);
            keeper.current(); // the first reading, of an empty store
            List<String> docs = new ArrayList<>();
            for (int batch = 0; batch < batches; batch++) {
                for (int i = 0; i < 6; i++) {
                    String doc = "doc-" + docs.size();
                    docs.add(doc);
                    ingest(store, document(doc, rnd, rnd.nextInt(6) + 1, batch % 3 != 2));
                }
                if (batch > 0) {
                    ingest(store, document(docs.get(rnd.nextInt(docs.size())), rnd, rnd.nextInt(3) == 0 ? 0 : 4, true));
                }
                assertEquals(store.touchPosition(), store.placeDaysPosition(), "batch " + batch + ": the writes kept the answers");
                Reasoned full = rebuild(store);
                for (int day = -1; day < DAYS + 5; day += 3) {
                    LocalDate d = FIRST.plusDays(day);
                    assertEquals(controlAnswer(full.timeline(), d), new String(stored.control(d), UTF_8), "batch " + batch + ", " + d);
                    assertEquals(siegeAnswer(full, d), new String(stored.sieges(d), UTF_8), "batch " + batch + ", " + d);
                    held += full.timeline().placeKeys().stream().filter(k -> full.timeline().on(k, d).isPresent()).count();
                    besieged += full.sieges().besiegedOn(d).size();
                }
            }
        }
        assertTrue(held > 10 * batches && besieged > 2 * batches, "the answers held places and sieges: " + held + ", " + besieged);
        writeElsewhere(db, document("doc-late", rnd, 5, true));
        try (EventStore store = EventStore.openPooled(db, 2)) {
            ReasoningKeeper keeper = new ReasoningKeeper(store, sides);
            StoredAnswers stored = new StoredAnswers(store, keeper);
            assertTrue(store.placeDaysPosition() < store.touchPosition(), "the late write is not in the stored answers");
            LocalDate d = FIRST.plusDays(40);
            PerGeneration.newRequest();
            String before = new String(stored.control(d), UTF_8);
            assertTrue(PerGeneration.servedStale(), "while the reasoning is read, what is stored answers, marked stale");
            keeper.current();
            Reasoned full = rebuild(store);
            PerGeneration.newRequest();
            assertEquals(controlAnswer(full.timeline(), d), new String(stored.control(d), UTF_8), "caught up");
            assertEquals(siegeAnswer(full, d), new String(stored.sieges(d), UTF_8), "caught up");
            assertFalse(PerGeneration.servedStale(), "up to date: the answer keeps its ETag");
            assertEquals(store.touchPosition(), store.placeDaysPosition());
            writeElsewhere(db, document("doc-later", rnd, 5, true)); // the reasoning in memory: caught up on request
            full = rebuild(store);
            assertEquals(controlAnswer(full.timeline(), d), new String(stored.control(d), UTF_8), "caught up on request");
            assertFalse(PerGeneration.servedStale());
            assertTrue(before.length() > 20);
        }
    }

    /** A write by another process on the same file: without keeping the answers. */
    private static void writeElsewhere(String db, DocumentResult r) {
        try (EventStore other = EventStore.open(db)) {
            ingest(other, r);
        }
    }

    /** {@code /api/control?on=D} as it was made from the timeline on each request. */
    private String controlAnswer(ControlTimeline t, LocalDate day) {
        PlaceJson json = new PlaceJson(sides);
        ObjectNode out = HttpExchangeIO.JSON.createObjectNode();
        out.put("on", day.toString());
        ArrayNode places = out.putArray("places");
        t.placeKeys().forEach(k -> t.on(k, day).ifPresent(s -> places.add(json.state(t, s))));
        ArrayNode unknown = out.putArray("unknown");
        t.unknownOn(day).forEach(u -> unknown.addObject().put("state", "unknown").set("place", PlaceJson.place(u)));
        return out.toString();
    }

    private static String siegeAnswer(Reasoned r, LocalDate day) {
        ArrayNode out = HttpExchangeIO.JSON.createArrayNode();
        r.sieges().besiegedOn(day).forEach(s -> out.add(PlaceJson.siege(s)));
        return out.toString();
    }

    /** What {@link Reasoning} built before it kept state: everything stored, from scratch. */
    private Reasoned rebuild(EventStore store) {
        List<DocEvent> mentions = store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0));
        List<DocControl> controls = store.controls(null);
        ControlTimeline timeline = ControlTimeline.build(mentions, controls, sides);
        List<Place> known = controls.stream().map(c -> c.control().place()).filter(p -> p != null).toList();
        return new Reasoned(timeline, new SiegeDays(new SiegeReasoner(timeline, RouteGraph.build(mentions, known), sides), timeline));
    }

    private static void assertSame(Reasoned full, Reasoned kept, LocalDate d, String when) {
        String at = when + ", " + d;
        ControlTimeline f = full.timeline();
        ControlTimeline k = kept.timeline();
        assertEquals(f.placeKeys(), k.placeKeys(), at);
        Set<String> keys = new TreeSet<>(f.places().keys());
        keys.addAll(k.places().keys());
        for (String key : keys) {
            assertEquals(f.places().place(key), k.places().place(key), at + " " + key);
            assertEquals(f.of(key), k.of(key), at + " " + key);
            assertEquals(f.on(key, d), k.on(key, d), at + " " + key);
            assertEquals(f.contradictionsOf(key, d), k.contradictionsOf(key, d), at + " " + key);
        }
        for (Place p : PLACES) { // by name: a homonym makes a name resolve to nothing
            assertEquals(f.on(p.name(), d), k.on(p.name(), d), at + " " + p.name());
            assertEquals(f.places().keysNamed(p.name()), k.places().keysNamed(p.name()), at + " " + p.name());
        }
        assertEquals(f.unknownOn(d), k.unknownOn(d), at);
        assertEquals(f.contradictionsOn(d), k.contradictionsOn(d), at);
        assertEquals(full.sieges().besiegedOn(d), kept.sieges().besiegedOn(d), at);
    }

    private static IngestOutcome ingest(EventStore store, DocumentResult r) {
        return store.ingest(r, new Article(r.doc(), "test", r.title(), r.outlet(), null, "https://example.org/" + r.doc(),
                r.published(), false, "text of " + r.doc() + " " + r.hashCode()));
    }

    /**
     * A report of {@code n} events of every kind the reasoning reads, most of its captures vouched
     * for; without {@code roads}, none that cuts or names a road.
     */
    private static DocumentResult document(String doc, Random rnd, int n, boolean roads) {
        LocalDate published = FIRST.plusDays(rnd.nextInt(DAYS));
        List<Event> events = new ArrayList<>();
        List<Control> controls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Place p = pick(rnd, PLACES);
            Place q = pick(rnd, PLACES);
            String a = pick(rnd, ACTORS);
            String b = pick(rnd, ACTORS);
            LocalDate day = published.minusDays(rnd.nextInt(5));
            DateRange date = rnd.nextInt(12) == 0 ? null : new DateRange(day.minusDays(rnd.nextInt(2)), day, Precision.DAY);
            Status status = rnd.nextInt(5) == 0 ? Status.CLAIMED : Status.REPORTED;
            List<String> sources = rnd.nextBoolean() ? List.of() : List.of(pick(rnd, SOURCES));
            String tag = " (" + doc + " item " + i + ")";
            int kind = rnd.nextInt(6);
            switch (roads || kind < 2 || kind > 4 ? kind : kind % 2) {
                case 0 -> {
                    events.add(new Event(EventType.TERRITORY_CAPTURED, List.of(a), List.of(b), p, null, date, null, null,
                            sources, status, a + " took " + p.name() + tag));
                    if (rnd.nextInt(4) != 0) {
                        controls.add(new Control(p, a, date == null ? null : date.end(), null, List.of(), List.of(), sources,
                                status, a + " holds " + p.name() + tag));
                    }
                }
                case 1 -> events.add(new Event(EventType.SIEGE, List.of(a), rnd.nextBoolean() ? List.of(b) : List.of(), p, null,
                        date, null, null, sources, status, a + " besieges " + p.name() + tag));
                case 2 -> events.add(new Event(EventType.ROUTE_CUT, List.of(a), List.of(b), rnd.nextBoolean() ? p : null,
                        new Route(rnd.nextBoolean() ? p : null, q, null), date, null, null, sources, status,
                        a + " cut the road to " + q.name() + tag));
                case 3 -> events.add(new Event(EventType.ARMED_CLASH, List.of(a), List.of(b), rnd.nextInt(4) == 0 ? null : p,
                        null, date, null, null, sources, status,
                        "Fighting on the road between " + p.name() + " and " + q.name() + tag));
                case 4 -> events.add(new Event(EventType.SHELLING, List.of(a), List.of(), p, null, date, null, null, sources,
                        status, "The " + p.name() + "-" + q.name() + " highway was shelled" + tag));
                default -> controls.add(new Control(p, rnd.nextInt(10) == 0 ? null : a, rnd.nextInt(4) == 0 ? null : day,
                        rnd.nextInt(3) == 0 ? 0.6 : null, rnd.nextInt(3) == 0 ? List.of(b) : List.of(),
                        rnd.nextInt(5) == 0 ? List.of(b) : List.of(), sources, status, a + " controls " + p.name() + tag));
            }
        }
        return new DocumentResult(doc, "Report " + doc, "Outlet", null, published, false, null, null, events, controls);
    }

    private static <T> T pick(Random rnd, List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }
}
