package org.frontline.reason;

import static org.frontline.reason.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.EventType;
import org.junit.jupiter.api.Test;

class SiegeReasonerTest {

    private final Sides sides = Sides.load();

    private SiegeReasoner reasoner(List<DocEvent> events, List<DocControl> controls) {
        List<org.frontline.model.Place> known = controls.stream().map(c -> c.control().place()).toList();
        return new SiegeReasoner(ControlTimeline.build(events, controls, sides), RouteGraph.build(events, known), sides);
    }

    /** Acceptance: the Al-Bab story of early February 2017, as hand-built records. */
    @Test
    void alBabOnTheSixthOfFebruary() {
        DocControl isHolds = holds("doc-1", AL_BAB, IS, "2017-02-04", "The town remains in the hands of the jihadists.");
        DocEvent roadCut = cut("doc-2", List.of(GOV, "Hezbollah"), List.of(IS), AL_BAB, RAQQA,
                days("2017-02-05", "2017-02-06"), "Regime forces severed the last road from the town east to Raqqa.");
        DocEvent siege = mention("doc-3", EventType.SIEGE, List.of(GOV, TURKEY, FSA), List.of(IS), AL_BAB,
                days("2017-02-06", "2017-02-06"),
                "The town is now encircled: the army to the south, Turkish troops and allied rebels on the other sides.");
        List<DocEvent> events = List.of(roadCut, siege);
        List<DocControl> controls = List.of(isHolds);

        List<SiegeState> on6 = reasoner(events, controls).besiegedOn(day("2017-02-06"));
        assertEquals(1, on6.size());
        SiegeState s = on6.get(0);
        assertEquals("Al-Bab", s.place().name());
        assertEquals(IS, s.holder());
        assertEquals(List.of(FSA, "Hezbollah", GOV, TURKEY), s.besiegedBy());
        assertEquals(List.of("Syrian government side", "Turkey and the Free Syrian Army"), s.besiegingSides());
        assertEquals(roadCut, s.closingCut(), "the cut of the Raqqa road closed the ring");
        assertEquals(List.of(SiegeState.Reason.REPORTED, SiegeState.Reason.ROADS_CLOSED), s.reasons());
        assertEquals(day("2017-02-06"), s.since());

        ControlState c = ControlTimeline.build(events, controls, sides).on("al-bab", day("2017-02-06")).orElseThrow();
        assertEquals(IS, c.holder());
        assertFalse(c.disputed());
        assertTrue(reasoner(events, controls).besiegedOn(day("2017-02-04")).isEmpty());
    }

    @Test
    void theLastOpenRoadCutClosesTheRingWithoutAnyReportOfASiege() {
        DocEvent toRaqqa = cut("a", List.of(GOV), List.of(IS), AL_BAB, RAQQA, days("2017-02-06", "2017-02-06"), "cut east");
        DocEvent toAleppo = cut("b", List.of(TURKEY), List.of(IS), AL_BAB, ALEPPO, days("2017-01-20", "2017-01-20"), "cut west");
        List<DocControl> held = List.of(holds("c", AL_BAB, IS, "2017-01-01", "IS holds the town"),
                holds("c", RAQQA, IS, "2017-01-01", "IS capital"));
        SiegeReasoner r = reasoner(List.of(toRaqqa, toAleppo), held);
        assertTrue(r.besiegedOn(day("2017-02-05")).isEmpty(), "the Raqqa road is still open");
        assertEquals(1, r.besiegedOn(day("2017-02-06")).size(), "Raqqa, at the far end of a cut road, is not isolated by it");
        SiegeState s = r.besiegedOn(day("2017-02-06")).get(0);
        assertEquals(List.of(SiegeState.Reason.ROADS_CLOSED), s.reasons());
        assertEquals(toRaqqa, s.closingCut());
        assertEquals(day("2017-02-06"), s.since());
        assertEquals(List.of(GOV, TURKEY), s.besiegedBy());
    }

    @Test
    void aRoadToTheOtherSidesTownIsClosedWithoutACut() {
        DocEvent toRaqqa = cut("a", List.of(GOV), List.of(REBELS), MAREA, RAQQA, days("2016-05-20", "2016-05-20"), "cut");
        DocEvent toAzaz = mention("b", EventType.ARMED_CLASH, List.of(IS), List.of(REBELS), MAREA,
                days("2016-05-27", "2016-05-27"), "IS fought its way onto the road between Marea and Azaz");
        List<DocControl> held = List.of(holds("c", MAREA, REBELS, "2016-05-01", "rebel-held"),
                holds("c", AZAZ, IS, "2016-05-26", "IS took Azaz (our own counterfactual)"));
        SiegeState s = reasoner(List.of(toRaqqa, toAzaz), held).besiegedOn(day("2016-05-27")).get(0);
        assertEquals("Marea", s.place().name());
        assertNull(s.closingCut(), "the last road closed because IS holds its far end");
        assertEquals(day("2016-05-26"), s.since());
        assertTrue(s.besiegedBy().contains(IS));
    }

    @Test
    void oneOpenRoadToFriendsOrToTheUnknownIsAWayOut() {
        DocEvent toRaqqa = cut("a", List.of(GOV), List.of(IS), AL_BAB, RAQQA, days("2017-02-06", "2017-02-06"), "cut east");
        DocEvent aleppoRoad = mention("b", EventType.SHELLING, List.of(GOV), List.of(IS), AL_BAB,
                days("2017-02-06", "2017-02-06"), "Shells fell along the Aleppo-al-Bab highway.");
        DocEvent inAleppo = mention("d", EventType.PROTEST, List.of(), List.of(), ALEPPO, days("2017-02-06", "2017-02-06"), "x");
        List<DocControl> held = List.of(holds("c", AL_BAB, IS, "2017-01-01", "IS holds the town"));
        assertTrue(reasoner(List.of(toRaqqa, aleppoRoad, inAleppo), held).besiegedOn(day("2017-02-06")).isEmpty(),
                "the Aleppo road has no known holder at its far end");
    }

    @Test
    void aPlaceWithNoKnownRoadIsNeverBesiegedByInference() {
        List<DocControl> held = List.of(holds("c", BAZAA, IS, "2017-02-04", "IS pushed them out"));
        assertTrue(reasoner(List.of(), held).besiegedOn(day("2017-02-06")).isEmpty());
    }

    @Test
    void roadsNamedInEvidenceBecomeEdges() {
        DocEvent e = mention("a", EventType.ADVANCE, List.of(GOV), List.of(IS), AL_BAB, days("2017-02-06", "2017-02-06"),
                "Troops pushed along the road between the town of al-Bab and Raqqa.");
        DocEvent r = mention("b", EventType.AIR_STRIKE, List.of(), List.of(IS), RAQQA, days("2017-02-06", "2017-02-06"), "x");
        DocEvent h = mention("c", EventType.SHELLING, List.of(), List.of(IS), TADEF, days("2017-02-06", "2017-02-06"),
                "Shells hit the Tadef\u2013Al-Bab road.");
        RouteGraph g = RouteGraph.build(List.of(e, r, h));
        assertEquals(List.of(PlaceKey.of(TADEF), PlaceKey.of(AL_BAB)),
                g.roadsOf(PlaceKey.of(TADEF)).stream().map(x -> List.of(x.a(), x.b())).findFirst().orElseThrow()
                        .stream().sorted((p, q) -> p.equals(PlaceKey.of(TADEF)) ? -1 : 1).toList());
        assertEquals(2, g.roadsOf(PlaceKey.of(AL_BAB)).size());
    }
}
