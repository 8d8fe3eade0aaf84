package org.frontline.reason;

import static org.frontline.reason.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.EventType;
import org.frontline.model.Status;
import org.junit.jupiter.api.Test;

class ControlTimelineTest {

    private final Sides sides = Sides.load();

    private ControlTimeline build(List<DocEvent> events, List<DocControl> controls) {
        return ControlTimeline.build(events, controls, sides);
    }

    @Test
    void aCaptureHandsThePlaceToTheTakerFromItsLastDay() {
        DocEvent take = mention("a", EventType.TERRITORY_CAPTURED, List.of(TURKEY, FSA), List.of(IS), AL_BAB,
                days("2017-02-22", "2017-02-23"), "Turkish-backed rebels took the town");
        // the capture's own report says the taker holds the town (extraction reads "took the town"
        // as that): only then does the capture name a holder, dated by its last day
        ControlTimeline t = build(List.of(take), List.of(holds("b", AL_BAB, IS, "2017-02-06", "IS-held town"),
                holds("a", AL_BAB, TURKEY, "2017-02-25", "Turkish-backed rebels took the town")));
        List<ControlInterval> iv = t.of(PlaceKey.of(AL_BAB));
        assertEquals(2, iv.size());
        assertEquals(IS, iv.get(0).holder());
        assertEquals(day("2017-02-22"), iv.get(0).to());
        assertEquals(TURKEY, iv.get(1).holder());
        assertNull(iv.get(1).to());
        assertEquals(IS, t.on(AL_BAB, day("2017-02-22")).orElseThrow().holder());
        assertEquals(TURKEY, t.on(AL_BAB, day("2017-02-23")).orElseThrow().holder());
        assertTrue(t.on(AL_BAB, day("2017-02-05")).isEmpty(), "nothing is known before the first claim");
    }

    @Test
    void agreeingClaimsExtendOneIntervalAndPoolTheirEvidence() {
        ControlTimeline t = build(List.of(), List.of(holds("a", RAQQA, IS, "2016-05-27", "de facto capital"),
                holds("b", RAQQA, IS, "2017-02-06", "the jihadists' capital")));
        List<ControlInterval> iv = t.of("raqqa");
        assertEquals(1, iv.size());
        assertEquals(List.of("a", "b"), iv.get(0).documents());
        assertEquals(2, iv.get(0).evidence().size());
    }

    @Test
    void aPartysClaimAgainstAMonitorsReportIsKeptAndFlagged() {
        DocControl stateTv = control("a", AL_BAB, GOV, "2017-02-10", null, List.of(), List.of(), List.of("Syrian state TV"),
                "state TV said the army entered the town");
        DocControl monitor = control("b", AL_BAB, IS, "2017-02-10", null, List.of(), List.of(), List.of(SOHR),
                "the monitor said IS still holds the town");
        ControlInterval i = build(List.of(), List.of(stateTv, monitor)).of(AL_BAB).get(0);
        assertEquals(IS, i.holder(), "the monitor's word over the party's");
        assertTrue(i.disputed() && i.contested());
        assertEquals(List.of(GOV), i.contestedBy());
        assertEquals(2, i.claims().size(), "both versions side by side");
    }

    @Test
    void aCapturedClaimedByAPartyIsWeakerThanTheOutletsOwnWord() {
        DocEvent claim = mention("a", EventType.TERRITORY_CAPTURED, List.of(GOV), List.of(IS), AL_BAB,
                days("2017-02-10", "2017-02-10"), Status.CLAIMED, null, "the army said it took the town");
        // the army's claim is a claim of the place in its own report (as extraction reads it)
        DocControl armySays = control("a", AL_BAB, GOV, "2017-02-10", null, List.of(), List.of(),
                List.of("Syrian state TV"), "the army said it took the town");
        ControlInterval i = build(List.of(claim), List.of(holds("b", AL_BAB, IS, "2017-02-10", "IS holds it"), armySays))
                .of(AL_BAB).get(0);
        assertEquals(IS, i.holder());
        assertTrue(i.disputed());
    }

    @Test
    void alliesNamingEachOtherAreNotADispute() {
        ControlInterval i = build(List.of(), List.of(holds("a", ALEPPO, GOV, "2017-02-06", "x"),
                holds("b", ALEPPO, "Hezbollah", "2017-02-06", "y"))).of(ALEPPO).get(0);
        assertFalse(i.disputed());
        assertTrue(i.contestedBy().isEmpty());
    }

    @Test
    void aPartialHoldingCarriesItsShareAndIsContested() {
        DocControl c = control("a", RAQQA, GOV, "2017-11-10", 0.6, List.of(), List.of(IS), List.of(), "IS retook 40%");
        ControlState s = build(List.of(), List.of(c)).on("Raqqa", day("2017-11-10")).orElseThrow();
        assertEquals(0.6, s.share());
        assertEquals(List.of(IS), s.contestedBy());
        assertTrue(s.contested());
        assertFalse(s.disputed());
    }

    @Test
    void sharesThatAddUpToTheWholeAreADivisionNotADispute() {
        DocControl gov = control("a", RAQQA, GOV, "2017-11-10", 0.6, List.of(), List.of(), List.of(), "x");
        DocControl is = control("b", RAQQA, IS, "2017-11-10", 0.4, List.of(), List.of(), List.of(), "y");
        ControlInterval i = build(List.of(), List.of(gov, is)).of(RAQQA).get(0);
        assertEquals(GOV, i.holder());
        assertEquals(0.6, i.share());
        assertFalse(i.disputed());
        assertEquals(List.of(IS), i.contestedBy());
    }

    @Test
    void aDocumentsOwnAssertionOutranksTheCaptureItsEventsImply() {
        DocEvent gains = mention("a", EventType.TERRITORY_CAPTURED, List.of(GOV), List.of(IS), AL_BAB,
                days("2017-02-05", "2017-02-06"), "made gains south-east of the town overnight");
        ControlTimeline t = build(List.of(gains), List.of(holds("a", AL_BAB, IS, "2017-02-06", "IS-held town")));
        assertEquals(IS, t.on(AL_BAB, day("2017-02-06")).orElseThrow().holder());
        assertFalse(t.on(AL_BAB, day("2017-02-06")).orElseThrow().disputed());
    }

    @Test
    void aSiegeLastsWhileTheHolderDoes() {
        DocEvent siege = mention("a", EventType.SIEGE, List.of(GOV), List.of(IS), AL_BAB, days("2017-02-06", "2017-02-06"),
                "the town is completely besieged");
        DocEvent take = mention("c", EventType.TERRITORY_CAPTURED, List.of(TURKEY, FSA), List.of(IS), AL_BAB,
                days("2017-02-23", "2017-02-23"), "rebels took the town");
        // the siege names no holder: IS holds the town by doc b; the capture ends IS's hold (and the
        // siege with it) because its own report, doc c, says the rebels' side holds the town
        ControlTimeline t = build(List.of(siege, take), List.of(holds("b", AL_BAB, IS, "2017-02-10", "IS still holds it"),
                holds("c", AL_BAB, TURKEY, "2017-02-23", "rebels took the town")));
        assertTrue(t.on(AL_BAB, day("2017-02-06")).isEmpty(), "besieged, but nobody has said who holds it yet");
        assertEquals(List.of(GOV), t.on(AL_BAB, day("2017-02-12")).orElseThrow().besiegedBy());
        assertTrue(t.on(AL_BAB, day("2017-02-23")).orElseThrow().besiegedBy().isEmpty());
    }

    @Test
    void namesLookUpWithoutCaseOrDiacritics() {
        ControlTimeline t = build(List.of(), List.of(holds("a", AL_BAB, IS, "2017-02-06", "x"),
                holds("a", BAZAA, IS, "2017-02-04", "y")));
        assertEquals(IS, t.on("AL BĀB", day("2017-02-06")).orElseThrow().holder());
        assertEquals(IS, t.on("bazaa", day("2017-02-05")).orElseThrow().holder());
        assertEquals(List.of("nm:bazaa|SY"), t.places().keysNamed("Bazaa"));
        assertEquals(List.of("gn:174018", "nm:bazaa|SY"), t.placeKeys());
    }

    @Test
    void aSiegeGivesBesiegersNeverTheHolder() {
        // "IS cut the road to rebel-held Azaz" once read as a siege of Azaz with IS holding it and the
        // rebels besieging: the siege's holder must not become the timeline's
        DocEvent misread = mention("a", EventType.SIEGE, List.of(REBELS), List.of(IS), AZAZ, days("2016-05-27", "2016-05-27"),
                "IS cut the road to rebel-held Azaz");
        ControlTimeline t = build(List.of(misread), List.of());
        assertTrue(t.on(AZAZ, day("2016-05-27")).isEmpty(), "unknown rather than a confident wrong holder");
        ControlTimeline held = build(List.of(misread), List.of(holds("b", AZAZ, REBELS, "2016-05-27", "rebel-held Azaz")));
        ControlState s = held.on(AZAZ, day("2016-05-27")).orElseThrow();
        assertEquals(REBELS, s.holder());
        assertTrue(s.besiegedBy().isEmpty(), "the holder does not besiege itself");
    }

    @Test
    void aCaptureOfSomethingNearThePlaceNamesNoHolder() {
        // "seized control of a town south of Damascus": the event is placed at Damascus, but its
        // report asserts nothing about Damascus itself (extraction rejected it), so nobody holds it
        DocEvent near = mention("a", EventType.TERRITORY_CAPTURED, List.of(REBELS), List.of(GOV), DAMASCUS,
                days("2016-05-26", "2016-05-26"), "insurgents seized control of a town south of Damascus");
        assertTrue(build(List.of(near), List.of()).on(DAMASCUS, day("2016-05-27")).isEmpty());
    }

    @Test
    void aCaptureByASideItsReportPutsOutsideThePlaceNamesNoHolder() {
        // "IS captured several villages near Azaz" while the same report says the rebels hold Azaz
        DocEvent villages = mention("a", EventType.TERRITORY_CAPTURED, List.of(IS), List.of(REBELS), AZAZ,
                days("2016-05-27", "2016-05-27"), "IS had captured several villages near Azaz");
        ControlTimeline t = build(List.of(villages), List.of(holds("a", AZAZ, REBELS, "2016-05-27", "rebels supply through Azaz")));
        assertEquals(REBELS, t.on(AZAZ, day("2016-05-27")).orElseThrow().holder());
        assertFalse(t.on(AZAZ, day("2016-05-27")).orElseThrow().disputed());
    }

    @Test
    void aSiegeItsOwnReportSaysWasBrokenDoesNotLinger() {
        // "government forces have broken a two-month siege imposed by IS on the town": the siege's
        // dates are before the report, whose assertion (no besiegers) carries what it stands by
        DocEvent siege = mention("a", EventType.SIEGE, List.of(IS), List.of(GOV), AL_BAB, days("2014-06-01", "2014-06-30"),
                "it has been surrounded by the militants since mid-July");
        ControlTimeline t = build(List.of(siege), List.of(holds("a", AL_BAB, GOV, "2014-08-31", "broke the siege on the town")));
        assertEquals(GOV, t.on(AL_BAB, day("2014-09-01")).orElseThrow().holder());
        assertTrue(t.on(AL_BAB, day("2014-09-01")).orElseThrow().besiegedBy().isEmpty());
    }

    @Test
    void aSiegeOfAnotherSideThanTheHolderAddsNoBesiegers() {
        DocEvent misread = mention("a", EventType.SIEGE, List.of("Iraqi militias"), List.of(IS), AL_BAB,
                days("2014-08-31", "2014-08-31"), "militiamen have broken a siege imposed by IS");
        ControlTimeline t = build(List.of(misread), List.of(holds("b", AL_BAB, GOV, "2014-08-31", "the army holds the town")));
        assertTrue(t.on(AL_BAB, day("2014-08-31")).orElseThrow().besiegedBy().isEmpty());
    }
}
