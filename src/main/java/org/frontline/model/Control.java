package org.frontline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Who holds a place as of a date, as a text asserts it.
 *
 * @param status how the text stands behind it (a monitor's report, a party's claim...); null when unknown
 */
public record Control(Place place, String controller, LocalDate asOf, Double share,
                      List<String> besiegedBy, List<String> contestedBy, List<String> sources,
                      Status status, String evidence) {

    public Control {
        besiegedBy = List.copyOf(besiegedBy);
        contestedBy = List.copyOf(contestedBy);
        sources = List.copyOf(sources);
    }

    public Control(Place place, String controller, LocalDate asOf, Double share, List<String> besiegedBy,
                   List<String> contestedBy, List<String> sources, String evidence) {
        this(place, controller, asOf, share, besiegedBy, contestedBy, sources, null, evidence);
    }

    /** The status, {@code reported} when the text did not say. */
    public Status statusOrReported() {
        return status == null ? Status.REPORTED : status;
    }
}
