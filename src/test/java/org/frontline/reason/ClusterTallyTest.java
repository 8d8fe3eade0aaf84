package org.frontline.reason;

import static org.frontline.reason.Fixtures.AL_BAB;
import static org.frontline.reason.Fixtures.BAZAA;
import static org.frontline.reason.Fixtures.FSA;
import static org.frontline.reason.Fixtures.GOV;
import static org.frontline.reason.Fixtures.IS;
import static org.frontline.reason.Fixtures.SOHR;
import static org.frontline.reason.Fixtures.TADEF;
import static org.frontline.reason.Fixtures.TURKEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.frontline.model.DateRange;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Route;
import org.frontline.model.Status;
import org.junit.jupiter.api.Test;

/**
 * The running votes must give exactly what {@link ClusterSummary} computes from all members at
 * once, after every report, whatever the order: pools are small so votes tie often, and the
 * tie-breaks (better-resolved place, smaller name, road with both ends) decide.
 */
class ClusterTallyTest {

    /** Al-Bab again, under another spelling and without coordinates: the same key, a worse entry. */
    private static final Place AL_BAB_NAMED = new Place("al Bab", null, null, "SY", "Aleppo", 174018L, "town");
    private static final Place BZAA = new Place("Bza'a", null, null, "SY", null, null, "village");
    private static final List<Place> PLACES = List.of(AL_BAB, AL_BAB_NAMED, TADEF, BAZAA, BZAA);
    private static final List<String> ACTORS = List.of(GOV, IS, TURKEY, FSA);
    private static final List<String> SOURCES = List.of(SOHR, "Anadolu", "SANA", "Reuters");

    @Test
    void addingReportsOneByOneGivesTheRebuildAfterEveryReport() {
        for (long seed = 1; seed <= 40; seed++) {
            Random r = new Random(seed);
            List<DocEvent> all = new ArrayList<>();
            ClusterTally tally = null;
            int docs = 1 + r.nextInt(60);
            for (int d = 0; d < docs; d++) {
                List<DocEvent> doc = new ArrayList<>();
                for (int k = 1 + (r.nextInt(4) == 0 ? 1 : 0); k > 0; k--) {
                    DocEvent m = mention(r, "doc-" + (char) ('a' + r.nextInt(26)) + d);
                    if (doc.stream().noneMatch(o -> o.event().equals(m.event()))) {
                        doc.add(m);
                    }
                }
                tally = tally == null ? ClusterTally.of(doc) : ClusterTally.fromJson(tally.json()).plus(doc);
                all.addAll(doc);
                assertSame(ClusterSummary.of(all), tally, "seed " + seed + " after " + (d + 1) + " reports");
            }
            List<DocEvent> reversed = new ArrayList<>(all);
            Collections.reverse(reversed);
            assertEquals(tally.asEvent(), ClusterTally.of(reversed).asEvent(), "order-free, seed " + seed);
        }
    }

    @Test
    void tiesBreakAsTheRebuildBreaksThem() {
        DateRange day = new DateRange(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 1), Precision.DAY);
        DocEvent a = new DocEvent("b", day.end(), event(List.of(TURKEY), AL_BAB_NAMED, null, day, Status.REPORTED, 5, "b one"));
        DocEvent b = new DocEvent("a", day.end(), event(List.of(FSA), AL_BAB, null, day, Status.CLAIMED, 40, "a one"));
        ClusterTally t = ClusterTally.of(List.of(a)).plus(List.of(b));
        // one vote each: alphabetical actors; the GeoNames entry with coordinates; the neutral toll
        assertEquals(List.of(FSA, TURKEY), t.actors1());
        assertEquals(AL_BAB, t.place());
        assertEquals(5, t.fatalities());
        assertEquals("a one", t.asEvent().evidence());
        assertSame(ClusterSummary.of(List.of(a, b)), t, "ties");
    }

    private static void assertSame(MergedEvent rebuilt, ClusterTally t, String when) {
        assertEquals(rebuilt.id(), t.id(), when);
        assertEquals(rebuilt.actor1(), t.actors1(), when);
        assertEquals(rebuilt.actor2(), t.actors2(), when);
        assertEquals(rebuilt.place(), t.place(), when);
        assertEquals(rebuilt.route(), t.route(), when);
        assertEquals(rebuilt.date(), t.date(), when);
        assertEquals(rebuilt.fatalities(), t.fatalities(), when);
        assertEquals(rebuilt.displaced(), t.displaced(), when);
        assertEquals(rebuilt.status(), t.status(), when);
        assertEquals(rebuilt.sources(), List.copyOf(t.sources()), when);
        assertEquals(rebuilt.evidence().get(0), t.asEvent().evidence(), when);
        assertEquals(rebuilt.mentions().size(), t.members(), when);
        assertTrue(t.json().length() < 4_000, "votes, not members: " + t.json().length());
    }

    private static DocEvent mention(Random r, String doc) {
        int day = 1 + r.nextInt(3);
        // mostly days that overlap, sometimes weeks and months, sometimes disjoint days
        Precision p = List.of(Precision.DAY, Precision.DAY, Precision.WEEK, Precision.MONTH).get(r.nextInt(4));
        LocalDate start = LocalDate.of(2016, 2, day);
        LocalDate end = p == Precision.DAY ? start : p == Precision.WEEK ? start.plusDays(6) : LocalDate.of(2016, 2, 29);
        Place place = r.nextInt(6) == 0 ? null : PLACES.get(r.nextInt(PLACES.size()));
        Route route = r.nextInt(3) == 0 ? null
                : new Route(r.nextBoolean() ? TADEF : null, r.nextBoolean() ? AL_BAB : null, r.nextBoolean() ? "M4" : null);
        if (route != null && route.from() == null && route.to() == null && route.name() == null) {
            route = null;
        }
        Status status = Status.values()[r.nextInt(3)];
        return new DocEvent(doc, end, event(pick(r, ACTORS), place, route, new DateRange(start, end, p), status,
                r.nextInt(3) == 0 ? null : r.nextInt(4) * 10, "evidence " + r.nextInt(5)));
    }

    private static Event event(List<String> a1, Place place, Route route, DateRange date, Status status, Integer dead,
                               String evidence) {
        return new Event(EventType.AIR_STRIKE, a1, List.of(), place, route, date, dead, dead == null ? null : dead * 3,
                List.of(SOURCES.get(Math.abs(evidence.hashCode()) % SOURCES.size())), status, evidence);
    }

    private static List<String> pick(Random r, List<String> from) {
        List<String> out = new ArrayList<>();
        for (String s : from) {
            if (r.nextInt(3) == 0) {
                out.add(s);
            }
        }
        return out;
    }
}
