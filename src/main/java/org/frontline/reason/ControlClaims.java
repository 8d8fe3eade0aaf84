package org.frontline.reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.frontline.model.Control;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Status;

/** Turns events and CONTROL assertions into dated claims of who holds what. */
final class ControlClaims {

    private final Sides sides;

    ControlClaims(Sides sides) {
        this.sides = sides;
    }

    List<ControlClaim> from(Collection<DocEvent> events, Collection<DocControl> controls) {
        List<ControlClaim> out = new ArrayList<>();
        for (DocControl dc : controls) {
            Control c = dc.control();
            LocalDate asOf = c.asOf() != null ? c.asOf() : dc.published();
            if (c.place() == null || c.controller() == null || asOf == null) {
                continue;
            }
            out.add(new ControlClaim(PlaceKey.of(c.place()), c.place(), asOf, c.controller(), c.share(),
                    c.besiegedBy(), c.contestedBy(), c.sources(), dc.doc(), c.evidence(),
                    ControlClaim.Origin.ASSERTION, c.status() == Status.CLAIMED || partisan(c.sources()), c.statusOrReported()));
        }
        for (DocEvent de : events) {
            Event e = de.event();
            if (e.place() == null) {
                continue;
            }
            boolean partisan = e.status() == Status.CLAIMED;
            if (e.type() == EventType.TERRITORY_CAPTURED && !e.actor1().isEmpty() && vetted(de, controls)) {
                out.add(new ControlClaim(PlaceKey.of(e.place()), e.place(), e.date().end(), e.actor1().get(0), null,
                        List.of(), List.of(), e.sources(), de.doc(), e.evidence(), ControlClaim.Origin.CAPTURE, partisan, e.status()));
            } else if (e.type() == EventType.SIEGE && !e.actor1().isEmpty() && !superseded(de, controls)) {
                // a siege names who besieges, not who holds: the timeline takes only its besiegers
                out.add(new ControlClaim(PlaceKey.of(e.place()), e.place(), e.date().end(),
                        e.actor2().isEmpty() ? "" : e.actor2().get(0), null,
                        e.actor1(), List.of(), e.sources(), de.doc(), e.evidence(), ControlClaim.Origin.SIEGE, partisan, e.status()));
            }
        }
        return out;
    }

    /**
     * A capture names a holder only when its own document, read whole, says the taker holds the
     * place: extraction drops the captures of something near the place ("villages near Azaz",
     * "a town south of Damascus") and the takers the text puts outside it (they cut the road to
     * it, attack or flee it). The capture then dates the change more closely than the report.
     */
    private static boolean vetted(DocEvent de, Collection<DocControl> controls) {
        Event e = de.event();
        String key = PlaceKey.of(e.place());
        String taker = e.actor1().get(0);
        return controls.stream().anyMatch(dc -> dc.doc().equals(de.doc()) && dc.control().place() != null
                && PlaceKey.of(dc.control().place()).equals(key) && taker.equals(dc.control().controller()));
    }

    /**
     * A document's own CONTROL assertion about the place outranks its siege events: extraction has
     * already given the assertion the besiegers of the sieges it still stands by (a siege that
     * was broken before the report, as at Amirli, it leaves out).
     */
    private static boolean superseded(DocEvent de, Collection<DocControl> controls) {
        String key = PlaceKey.of(de.event().place());
        return controls.stream().anyMatch(dc -> dc.doc().equals(de.doc()) && dc.control().place() != null
                && PlaceKey.of(dc.control().place()).equals(key) && asOf(dc) != null);
    }

    private static LocalDate asOf(DocControl dc) {
        return dc.control().asOf() != null ? dc.control().asOf() : dc.published();
    }

    /** Attributed to parties only; an assertion with no source is the outlet's own word. */
    private boolean partisan(List<String> sources) {
        return !sources.isEmpty() && sources.stream().allMatch(sides::isParty);
    }
}
