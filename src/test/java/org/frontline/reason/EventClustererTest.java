package org.frontline.reason;

import static org.frontline.reason.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.frontline.model.DateRange;
import org.frontline.model.DocEvent;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Status;
import org.junit.jupiter.api.Test;

class EventClustererTest {

    private final EventClusterer clusterer = new EventClusterer();

    private static DocEvent capture(String doc, List<String> a1, Place p, DateRange d) {
        return mention(doc, EventType.TERRITORY_CAPTURED, a1, List.of(IS), p, d, doc + ": " + a1 + " took " + p.name());
    }

    @Test
    void oneEventFromTwoReportsIsOneClusterWithBothSources() {
        DocEvent a = capture("a", List.of(GOV), AL_BAB, days("2017-02-05", "2017-02-06"));
        DocEvent b = capture("b", List.of(GOV, "Hezbollah"), AL_BAB, days("2017-02-06", "2017-02-06"));
        List<MergedEvent> out = clusterer.cluster(List.of(a, b));
        assertEquals(1, out.size());
        MergedEvent m = out.get(0);
        assertEquals(List.of("a", "b"), m.documents());
        assertEquals(2, m.corroboration());
        assertEquals(List.of(GOV, "Hezbollah"), m.actor1(), "union, most-reported first");
        assertEquals(days("2017-02-06", "2017-02-06"), m.date(), "the intersection of the ranges");
        assertEquals(2, m.evidence().size());
    }

    @Test
    void theSameDocumentTwiceCountsOnce() {
        DocEvent a = capture("a", List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"));
        DocEvent a2 = mention("a", EventType.TERRITORY_CAPTURED, List.of(GOV), List.of(IS), AL_BAB,
                days("2017-02-06", "2017-02-06"), "another sentence");
        assertEquals(1, clusterer.cluster(List.of(a, a2, a)).get(0).corroboration());
    }

    @Test
    void typesNeverMerge() {
        DocEvent a = capture("a", List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"));
        DocEvent b = mention("b", EventType.SIEGE, List.of(GOV), List.of(IS), AL_BAB, days("2017-02-06", "2017-02-06"), "x");
        assertEquals(2, clusterer.cluster(List.of(a, b)).size());
    }

    @Test
    void disjointActorsAreTwoEventsButASilentActorJoins() {
        DocEvent gov = capture("a", List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"));
        DocEvent tr = capture("b", List.of(TURKEY), AL_BAB, days("2017-02-06", "2017-02-06"));
        assertEquals(2, clusterer.cluster(List.of(gov, tr)).size());
        DocEvent nobody = capture("c", List.of(), AL_BAB, days("2017-02-06", "2017-02-06"));
        assertEquals(1, clusterer.cluster(List.of(gov, nobody)).size());
    }

    @Test
    void silentActorsBridgeComponents() {
        // the relation is not transitive, its components are: a report naming nobody links both
        DocEvent gov = capture("a", List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"));
        DocEvent tr = capture("b", List.of(TURKEY), AL_BAB, days("2017-02-06", "2017-02-06"));
        DocEvent nobody = capture("c", List.of(), AL_BAB, days("2017-02-06", "2017-02-06"));
        assertEquals(1, clusterer.cluster(List.of(gov, tr, nobody)).size());
    }

    @Test
    void clashesPoolBothSides() {
        DocEvent a = mention("a", EventType.ARMED_CLASH, List.of(IS), List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"), "x");
        DocEvent b = mention("b", EventType.ARMED_CLASH, List.of(GOV), List.of(IS), AL_BAB, days("2017-02-06", "2017-02-06"), "y");
        assertEquals(1, clusterer.cluster(List.of(a, b)).size());
    }

    @Test
    void placesWithinTheRadiusMergeAndTheRadiusIsConfigurable() {
        DocEvent a = capture("a", List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"));
        DocEvent near = capture("b", List.of(GOV), TADEF, days("2017-02-06", "2017-02-06"));
        DocEvent far = capture("c", List.of(GOV), ALEPPO, days("2017-02-06", "2017-02-06"));
        assertEquals(2, clusterer.cluster(List.of(a, near, far)).size(), "Tadef ~3 km, Aleppo ~36 km");
        assertEquals(1, new EventClusterer(50).cluster(List.of(a, near, far)).size());
        assertEquals(3, new EventClusterer(1).cluster(List.of(a, near, far)).size());
    }

    @Test
    void withoutCoordinatesTheNormalisedNameDecides() {
        Place b1 = new Place("Bazaa", null, null, "SY", null, null, "town");
        Place b2 = new Place("BAZAA", null, null, "SY", null, null, "town");
        Place other = new Place("Bazaa", null, null, "IQ", null, null, "town");
        DocEvent x = capture("a", List.of(IS), b1, days("2017-02-04", "2017-02-04"));
        DocEvent y = capture("b", List.of(IS), b2, days("2017-02-04", "2017-02-04"));
        DocEvent z = capture("c", List.of(IS), other, days("2017-02-04", "2017-02-04"));
        assertEquals(2, clusterer.cluster(List.of(x, y, z)).size());
    }

    @Test
    void datesMeetOnlyWithinTheirPrecisionSlack() {
        DocEvent a = capture("a", List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"));
        DocEvent threeDaysLater = capture("b", List.of(GOV), AL_BAB, days("2017-02-09", "2017-02-09"));
        assertEquals(2, clusterer.cluster(List.of(a, threeDaysLater)).size());
        DocEvent february = capture("c", List.of(GOV), AL_BAB,
                new DateRange(day("2017-02-01"), day("2017-02-28"), Precision.MONTH));
        List<MergedEvent> all = clusterer.cluster(List.of(a, february));
        assertEquals(1, all.size());
        assertEquals(days("2017-02-06", "2017-02-06"), all.get(0).date(), "the day narrows the month");
    }

    @Test
    void disjointDaysWithinSlackGiveTheSpanOfTheFinestReports() {
        DocEvent sun = capture("a", List.of(GOV), AL_BAB, days("2017-02-05", "2017-02-05"));
        DocEvent mon = capture("b", List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"));
        assertEquals(days("2017-02-05", "2017-02-06"), clusterer.cluster(List.of(mon, sun)).get(0).date());
    }

    @Test
    void roadsMatchByBothEndsInEitherDirection() {
        DocEvent a = cut("a", List.of(GOV), List.of(IS), AL_BAB, RAQQA, days("2017-02-06", "2017-02-06"), "x");
        DocEvent back = cut("b", List.of(GOV), List.of(IS), RAQQA, AL_BAB, days("2017-02-06", "2017-02-06"), "y");
        DocEvent otherRoad = cut("c", List.of(GOV), List.of(IS), AL_BAB, ALEPPO, days("2017-02-06", "2017-02-06"), "z");
        DocEvent oneEnd = cut("d", List.of(GOV), List.of(IS), AL_BAB, null, days("2017-02-06", "2017-02-06"), "w");
        assertEquals(2, clusterer.cluster(List.of(a, back, otherRoad)).size());
        // a report that knows one end joins either road, and so links them: components, not cliques
        assertEquals(1, clusterer.cluster(List.of(a, back, otherRoad, oneEnd)).size());
    }

    @Test
    void figuresPreferReportsOverClaimsThenTheLargest() {
        DateRange d = days("2017-02-06", "2017-02-06");
        DocEvent early = mention("a", EventType.AIR_STRIKE, List.of("Russia"), List.of(), AL_BAB, d, Status.REPORTED, 12, "a");
        DocEvent later = mention("b", EventType.AIR_STRIKE, List.of("Russia"), List.of(), AL_BAB, d, Status.REPORTED, 20, "b");
        DocEvent claim = mention("c", EventType.AIR_STRIKE, List.of("Russia"), List.of(), AL_BAB, d, Status.CLAIMED, 300, "c");
        MergedEvent m = clusterer.cluster(List.of(early, later, claim)).get(0);
        assertEquals(20, m.fatalities());
        assertEquals(Status.REPORTED, m.status());
        assertEquals(300, clusterer.cluster(List.of(claim)).get(0).fatalities(), "a claim alone still counts");
        assertEquals(Status.CLAIMED, clusterer.cluster(List.of(claim)).get(0).status());
    }

    @Test
    void idsDependOnMembersOnly() {
        DocEvent a = capture("a", List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"));
        DocEvent b = capture("b", List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"));
        DocEvent c = capture("c", List.of(TURKEY), RAQQA, days("2017-03-06", "2017-03-06"));
        String id = clusterer.cluster(List.of(a, b)).get(0).id();
        assertTrue(clusterer.cluster(List.of(c, b, a)).stream().anyMatch(m -> m.id().equals(id)));
        assertNotEquals(id, clusterer.cluster(List.of(a)).get(0).id());
    }

    @Test
    void incrementalUpdateRecomputesOnlyTouchedComponents() {
        DocEvent a = capture("a", List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"));
        DocEvent c = capture("c", List.of(TURKEY), RAQQA, days("2017-03-06", "2017-03-06"));
        List<MergedEvent> stored = new ArrayList<>(clusterer.cluster(List.of(a, c)));
        DocEvent b = capture("b", List.of(GOV), TADEF, days("2017-02-06", "2017-02-06"));
        List<MergedEvent> touched = stored.stream().filter(m -> clusterer.touches(m, List.of(b))).toList();
        assertEquals(1, touched.size());
        EventClusterer.CandidateQuery q = clusterer.candidates(b);
        assertTrue(q.from().isBefore(day("2017-02-06")) && q.to().isAfter(day("2017-02-06")));
        assertEquals(EventClusterer.DEFAULT_RADIUS_KM, q.near().get(0).km());
        assertEquals(TADEF.lat(), q.near().get(0).lat());
        ClusterUpdate u = clusterer.update(touched, List.of(b));
        assertEquals(List.of(touched.get(0).id()), u.retired());
        stored.removeIf(m -> u.retired().contains(m.id()));
        stored.addAll(u.clusters());
        assertEquals(sortedIds(clusterer.cluster(List.of(a, b, c))), sortedIds(stored));
    }

    @Test
    void reingestingADocumentReplacesItsMentions() {
        DocEvent a = capture("a", List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"));
        DocEvent b = capture("b", List.of(GOV), AL_BAB, days("2017-02-06", "2017-02-06"));
        List<MergedEvent> stored = clusterer.cluster(List.of(a, b));
        DocEvent bMoved = capture("b", List.of(GOV), RAQQA, days("2017-02-06", "2017-02-06"));
        ClusterUpdate u = clusterer.update(stored, List.of(bMoved));
        assertEquals(2, u.clusters().size());
        assertTrue(u.clusters().stream().allMatch(m -> m.corroboration() == 1));
    }

    static List<String> sortedIds(List<MergedEvent> ms) {
        return ms.stream().map(MergedEvent::id).sorted().toList();
    }
}
