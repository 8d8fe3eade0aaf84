package org.frontline.serve.export;

import java.util.List;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.reason.Contradiction;
import org.frontline.reason.ControlClaim;
import org.frontline.reason.PlaceKey;
import org.frontline.store.StoredEvent;

/**
 * The contradictions an export notes beside a capture or siege (issue 14): which claim about the
 * place on that day says otherwise, and whom the timeline follows. Without a timeline the notes
 * are the evidence alone.
 */
final class ControlNotes {

    private ControlNotes() {
    }

    /** The notes cell of {@code s}: its evidence, then "contradicted: ..." for each standing contradiction. */
    static String cell(StoredEvent s, String notes, ContradictionsAt t) {
        Event e = s.event();
        if (t == null || e.place() == null || !e.dated()
                || e.type() != EventType.TERRITORY_CAPTURED && e.type() != EventType.SIEGE) {
            return notes;
        }
        List<Contradiction> against = t.at(PlaceKey.of(e.place()), e.date().end());
        StringBuilder b = new StringBuilder(notes);
        for (Contradiction c : against) {
            for (ControlClaim x : c.against()) {
                b.append(b.isEmpty() ? "" : " | ").append("contradicted: ").append(x.byWhom()).append(" (")
                        .append(x.status().label()).append(") says ").append(x.holder()).append(" holds ")
                        .append(x.full() ? "all of " : "part of ").append(c.place().name()).append(", as of ").append(x.date())
                        .append("; the timeline follows ").append(c.followed().byWhom()).append(" (")
                        .append(c.followed().status().label()).append("): ").append(c.why());
            }
        }
        return b.toString();
    }
}
