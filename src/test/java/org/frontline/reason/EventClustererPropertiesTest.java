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
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
 * so that many of them are compatible and the components are non-trivial.
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

    @Provide
    Arbitrary<List<DocEvent>> mentions() {
        Arbitrary<DateRange> dates = Combinators.combine(Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 2), Arbitraries.of(Precision.DAY, Precision.DAY, Precision.WEEK, Precision.MONTH))
                .as((s, len, p) -> new DateRange(BASE.plusDays(s), BASE.plusDays(s + len), p));
        Arbitrary<List<String>> actors = Arbitraries.of(ACTORS).set().ofMaxSize(2).map(s -> s.stream().sorted().toList());
        Arbitrary<Place> places = Arbitraries.of(PLACES).injectNull(0.1);
        Arbitrary<Route> routes = Combinators.combine(Arbitraries.of(PLACES), Arbitraries.of(PLACES).injectNull(0.3))
                .as((a, b) -> new Route(a, b, null)).injectNull(0.2);
        Arbitrary<DocEvent> one = Combinators.combine(Arbitraries.of("d1", "d2", "d3", "d4", "d5"), Arbitraries.of(TYPES),
                actors, actors, places, routes, dates, Arbitraries.integers().between(0, 30).injectNull(0.5))
                .as((doc, type, a1, a2, place, route, date, dead) -> new DocEvent(doc, date.end(), new Event(type, a1, a2,
                        place, type == EventType.ROUTE_CUT ? route : null, date, dead, null, List.of(),
                        dead == null ? Status.REPORTED : Status.CLAIMED, doc + " says " + type.label())));
        return one.list().ofMaxSize(25);
    }

    @Property(tries = 300)
    void anyPermutationGivesTheSameClusters(@ForAll("mentions") List<DocEvent> ms, @ForAll long seed) {
        List<DocEvent> shuffled = new ArrayList<>(ms);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(clusterer.cluster(ms), clusterer.cluster(shuffled));
    }

    @Property(tries = 200)
    void clustersPartitionTheDistinctMentionsAlongTheRelation(@ForAll("mentions") List<DocEvent> ms) {
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

    @Property(tries = 200)
    void documentByDocumentIngestionEqualsTheBatch(@ForAll("mentions") List<DocEvent> ms, @ForAll long seed) {
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
