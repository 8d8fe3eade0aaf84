package org.frontline.reason;

import static org.frontline.reason.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.junit.jupiter.api.Test;

/**
 * The dependencies between places that per-place state must keep: a road read from a sentence
 * joins two places only while each name names one place, so a report elsewhere that brings a
 * homonym takes the road away (and changes a siege it closed), and replacing that report brings it back.
 */
class PlaceStatesTest {

    private static final Place OTHER_MAREA = new Place("Marea", 35.1, 36.9, "SY", "Hama", 999001L, "village");
    private static final LocalDate ON = day("2016-05-27");

    private final Sides sides = Sides.load();
    private final PlaceStates states = new PlaceStates(sides);
    /** What each document holds now, for the build from scratch. */
    private final Map<String, List<DocEvent>> mentions = new LinkedHashMap<>();
    private final Map<String, List<DocControl>> controls = new LinkedHashMap<>();

    @Test
    void aHomonymElsewhereTakesARoadAwayAndReplacingItsReportBringsItBack() {
        write("a", List.of(cut("a", List.of(GOV), List.of(REBELS), MAREA, RAQQA, days("2016-05-20", "2016-05-20"), "cut")),
                List.of());
        write("b", List.of(mention("b", EventType.ARMED_CLASH, List.of(IS), List.of(REBELS), MAREA,
                days("2016-05-27", "2016-05-27"), "IS fought its way onto the road between Marea and Azaz")), List.of());
        write("c", List.of(), List.of(holds("c", MAREA, REBELS, "2016-05-01", "rebel-held"),
                holds("c", AZAZ, IS, "2016-05-26", "IS took Azaz")));
        SiegeState ringed = besieged();
        assertTrue(ringed.besiegedBy().contains(IS), "IS holds the far end of the road to Azaz");

        write("d", List.of(mention("d", EventType.SHELLING, List.of(GOV), List.of(), OTHER_MAREA,
                days("2016-05-10", "2016-05-10"), "Shelling of a village in Hama")), List.of());
        SiegeState cutOnly = besieged();
        assertEquals(List.of(GOV), cutOnly.besiegedBy(), "\"Marea\" names two places now: no road to Azaz");
        assertNull(states.snapshot().timeline().on("Marea", ON).orElse(null), "nor does the name resolve");

        write("d", List.of(), List.of());
        assertEquals(ringed, besieged(), "the report replaced, the road is back");
    }

    private void write(String doc, List<DocEvent> ms, List<DocControl> cs) {
        mentions.put(doc, ms);
        controls.put(doc, cs);
        states.document(doc, ms, cs);
    }

    /** Marea's siege on the day, all the day's sieges checked against a build from scratch over everything written. */
    private SiegeState besieged() {
        List<DocEvent> allMentions = new ArrayList<>();
        mentions.values().forEach(allMentions::addAll);
        List<DocControl> allControls = new ArrayList<>();
        controls.values().forEach(allControls::addAll);
        List<Place> known = allControls.stream().map(c -> c.control().place()).toList();
        SiegeReasoner full = new SiegeReasoner(ControlTimeline.build(allMentions, allControls, sides),
                RouteGraph.build(allMentions, known), sides);
        List<SiegeState> kept = states.snapshot().sieges().besiegedOn(ON);
        assertEquals(full.besiegedOn(ON), kept);
        return kept.stream().filter(s -> s.placeKey().equals(PlaceKey.of(MAREA))).findFirst().orElseThrow();
    }
}
