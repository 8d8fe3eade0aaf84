package org.frontline.reason;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Place;

/**
 * One document's word on who holds a place on a date, whatever form it took: a CONTROL
 * assertion, a capture (the taker holds it from the capture's last day), or a siege (the
 * besieged side holds it).
 *
 * @param partisan the word of a party to the fighting (its statement, its media), not of a
 *                 monitor or an outlet speaking for itself
 */
public record ControlClaim(String placeKey, Place place, LocalDate date, String holder, Double share,
                           List<String> besiegedBy, List<String> contestedBy, List<String> sources,
                           String doc, String evidence, Origin origin, boolean partisan) {

    public enum Origin { ASSERTION, CAPTURE, SIEGE }

    public ControlClaim {
        besiegedBy = List.copyOf(besiegedBy);
        contestedBy = List.copyOf(contestedBy);
        sources = List.copyOf(sources);
    }
}
