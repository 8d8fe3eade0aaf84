package org.frontline.reason;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Place;
import org.frontline.model.Status;

/**
 * One document's word on who holds a place on a date, whatever form it took: a CONTROL
 * assertion, a capture (the taker holds it from the capture's last day, when its document says
 * so), or a siege (it gives besiegers only; {@code holder} is then the side the siege names, not
 * used for who holds the place).
 *
 * @param partisan the word of a party to the fighting (its statement, its media), not of a
 *                 monitor or an outlet speaking for itself
 * @param status   how the report stands behind it (reported, claimed, unverified)
 */
public record ControlClaim(String placeKey, Place place, LocalDate date, String holder, Double share,
                           List<String> besiegedBy, List<String> contestedBy, List<String> sources,
                           String doc, String evidence, Origin origin, boolean partisan, Status status) {

    public enum Origin { ASSERTION, CAPTURE, SIEGE }

    /** A claim of who holds the place: an assertion or a capture; a siege gives only its besiegers. */
    public boolean namesHolder() {
        return origin != Origin.SIEGE;
    }

    /** Who the claim is on the word of, for a reader: its sources, or the outlet. */
    public String byWhom() {
        return sources.isEmpty() ? "the outlet (" + doc + ")" : String.join(", ", sources);
    }

    /** The holder holds all of it, uncontested, as far as this claim says. */
    public boolean full() {
        return (share == null || share >= 0.99) && contestedBy.isEmpty();
    }

    public ControlClaim {
        besiegedBy = List.copyOf(besiegedBy);
        contestedBy = List.copyOf(contestedBy);
        sources = List.copyOf(sources);
    }
}
