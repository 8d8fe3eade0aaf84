package org.frontline.serve.export;

import java.time.LocalDate;
import java.util.List;
import org.frontline.reason.Contradiction;
import org.frontline.reason.ControlTimeline;

/**
 * What an ACLED export's notes ask of the control timeline: the contradictions standing at one
 * place on one day. A whole {@link ControlTimeline} answers it; so does a reader that builds one
 * place's part at a time, which an export of a million events needs (issue 12).
 */
@FunctionalInterface
public interface ContradictionsAt {

    /** Those standing at the place of this key ({@code PlaceKey}) on {@code day}; empty if none. */
    List<Contradiction> at(String placeKey, LocalDate day);

    /** The answers of a whole timeline; null for null (notes without contradictions). */
    static ContradictionsAt of(ControlTimeline t) {
        return t == null ? null : t::contradictionsOf;
    }
}
