package org.frontline.reason;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Place;

/** The answer to "who holds this place on this day": the interval covering the day, as a state. */
public record ControlState(Place place, LocalDate date, String holder, Double share, List<String> contestedBy,
                           List<String> besiegedBy, boolean contested, boolean disputed, LocalDate since,
                           List<String> evidence, List<String> sources, List<String> documents) {

    public ControlState {
        contestedBy = List.copyOf(contestedBy);
        besiegedBy = List.copyOf(besiegedBy);
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
        documents = List.copyOf(documents);
    }

    static ControlState of(ControlInterval i, LocalDate date) {
        return new ControlState(i.place(), date, i.holder(), i.share(), i.contestedBy(), i.besiegedBy(),
                i.contested(), i.disputed(), i.from(), i.evidence(), i.sources(), i.documents());
    }
}
