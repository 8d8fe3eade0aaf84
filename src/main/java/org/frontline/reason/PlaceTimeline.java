package org.frontline.reason;

import java.time.LocalDate;
import java.util.List;

/**
 * One place's part of a {@link ControlTimeline}: who held it when, the contradictions among its
 * claims and since when it is fought over. It rests on that place's own mentions and CONTROL
 * assertions only (a capture is vetted, a siege superseded, by its own document's word on the same
 * place), so a write elsewhere leaves it as it is.
 *
 * @param claimed     some claim names the place (it is listed by {@link ControlTimeline#placeKeys})
 * @param foughtSince the first day a capture or siege is reported there; null when none is
 */
public record PlaceTimeline(String key, PlaceNames names, boolean claimed, List<ControlInterval> intervals,
                            List<Contradiction> contradictions, LocalDate foughtSince) {

    public PlaceTimeline {
        intervals = List.copyOf(intervals);
        contradictions = List.copyOf(contradictions);
    }
}
