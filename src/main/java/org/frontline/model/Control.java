package org.frontline.model;

import java.time.LocalDate;
import java.util.List;

/** Who holds a place as of a date, as a text asserts it. */
public record Control(Place place, String controller, LocalDate asOf, Double share,
                      List<String> besiegedBy, List<String> contestedBy, List<String> sources,
                      String evidence) {

    public Control {
        besiegedBy = List.copyOf(besiegedBy);
        contestedBy = List.copyOf(contestedBy);
        sources = List.copyOf(sources);
    }
}
