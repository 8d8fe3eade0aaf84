package org.frontline.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.frontline.model.DateRange;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Route;
import org.frontline.model.Status;

/**
 * Clustering is a function of the mention set: any permutation, and document-by-document
 * incremental ingestion, give the same clusters. Generated mentions are drawn from small pools
 * so that many of them are compatible and the components are non-trivial. Each case is a
 * seeded random draw, so a failure names the seed that reproduces it.
 */
class EventClustererPropertiesTest {

    private static final List<Place> PLACES = List.of(Fixtures.AL_BAB, Fixtures.TADEF, Fixtures.RAQQA, Fixtures.ALEPPO,
            Fixtures.BAZAA, new Place("bazaa", null, null, "SY", null, null, "town"),
            new Place("Qabasin", 36.405, 37.683, "SY", "Aleppo", null, "town"));
    private static final List<String> ACTORS = List.of(Fixtures.GOV, Fixtures.IS, Fixtures.TURKEY, Fixtures.FSA);
    private static final List<EventType> TYPES = List.of(EventType.TERRITORY_CAPTURED, EventType.ARMED_CLASH,
            EventType.ROUTE_CUT);
    private static final LocalDate BASE = LocalDate.of(2017, 2, 1);

    private final EventClusterer clusterer = new EventClusterer();

    static Stream<Long> seeds300() {
        return seeds(300);
    }

    static Stream<Long> seeds200() {
        return seeds(200);
    }

    /** One generated case: up to 25 mentions from five documents. */
    static List<DocEvent> mentions(long seed) {
        Random r = new Random(seed);
        int n = r.nextInt(26);
        List<DocEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String doc = "d" + (1 + r.nextInt(5));
            EventType type = TYPES.get(r.nextInt(TYPES.size()));
            int start = r.nextInt(13);
            Precision p = List.of(Precision.DAY, Precision.DAY, Precision.WEEK, Precision.MONTH).get(r.nextInt(4));
            DateRange date = new DateRange(BASE.plusDays(start), BASE.plusDays(start + r.nextInt(3)), p);
            Place place = r.nextDouble() < 0.1 ? null : PLACES.get(r.nextInt(PLACES.size()));
            Route route = r.nextDouble() < 0.2 ? null : new Route(PLACES.get(r.nextInt(PLACES.size())),
                    r.nextDouble() < 0.3 ? null : PLACES.get(r.nextInt(PLACES.size())), null);
            Integer dead = r.nextBoolean() ? null : r.nextInt(31);
            out.add(new DocEvent(doc, date.end(), new Event(type, actors(r), actors(r), place,
                    type == EventType.ROUTE_CUT ? route : null, date, dead, null, List.of(),
                    dead == null ? Status.REPORTED : Status.CLAIMED, doc + " says " + type.label())));
        }
        return out;
    }

    private static List<String> actors(Random r) {
        return IntStream.range(0, r.nextInt(3)).mapToObj(i -> ACTORS.get(r.nextInt(ACTORS.size())))
                .distinct().sorted().toList();
    }

    static Stream<Long> seeds(int count) {
        return new Random(20170206).longs(count).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void anyPermutationGivesTheSameClusters(long seed) {
        List<DocEvent> ms = mentions(seed);
        List<DocEvent> shuffled = new ArrayList<>(ms);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(clusterer.cluster(ms), clusterer.cluster(shuffled));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds200")
    void clustersPartitionTheDistinctMentionsAlongTheRelation(long seed) {
        List<DocEvent> ms = mentions(seed);
        List<MergedEvent> out = clusterer.cluster(ms);
        Map<DocEvent, String> clusterOf = new HashMap<>();
        out.forEach(c -> c.mentions().forEach(m -> clusterOf.put(m, c.id())));
        assertEquals(Set.copyOf(ms), clusterOf.keySet());
        assertEquals(clusterOf.size(), out.stream().mapToInt(c -> c.mentions().size()).sum(), "no mention twice");
        Compatibility rel = new Compatibility(EventClusterer.DEFAULT_RADIUS_KM);
        for (DocEvent a : ms) {
            for (DocEvent b : ms) {
                assertEquals(rel.test(a, b), rel.test(b, a), "symmetric");
                if (rel.test(a, b)) {
                    assertEquals(clusterOf.get(a), clusterOf.get(b));
                }
            }
        }
        for (MergedEvent c : out) {
            assertEquals(c.documents().size(), c.corroboration());
            assertTrue(c.mentions().stream().allMatch(m -> m.event().type() == c.type()));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds200")
    void documentByDocumentIngestionEqualsTheBatch(long seed) {
        List<DocEvent> ms = mentions(seed);
        Map<String, List<DocEvent>> byDoc = new TreeMap<>(ms.stream().collect(Collectors.groupingBy(DocEvent::doc)));
        List<String> docs = new ArrayList<>(byDoc.keySet());
        Collections.shuffle(docs, new Random(seed));
        List<MergedEvent> stored = new ArrayList<>();
        for (String doc : docs) {
            List<DocEvent> added = byDoc.get(doc);
            List<MergedEvent> touched = stored.stream().filter(c -> clusterer.touches(c, added)).toList();
            ClusterUpdate u = clusterer.update(touched, added);
            stored.removeIf(c -> u.retired().contains(c.id()));
            stored.addAll(u.clusters());
        }
        assertEquals(EventClustererTest.sortedIds(clusterer.cluster(ms)), EventClustererTest.sortedIds(stored));
    }
}
