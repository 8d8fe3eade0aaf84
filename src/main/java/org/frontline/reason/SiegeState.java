package org.frontline.reason;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.DocEvent;
import org.frontline.model.Place;

/**
 * A place besieged on a day.
 *
 * @param besiegedBy     every besieging actor, sorted
 * @param besiegingSides the sides those actors belong to (sides.tsv), sorted; an actor on no side
 *                       stands for itself
 * @param since          the first day of this siege: the earliest report of it while the holder
 *                       has not changed, or the day the last road closed, whichever is earlier
 * @param closingCut     the route_cut that closed the last open road, when that is why the ring
 *                       is closed; null when the siege is only reported, or the last road closed
 *                       because the other side took the place at its far end
 * @param reasons        why it counts as besieged
 */
public record SiegeState(String placeKey, Place place, String holder, List<String> besiegedBy,
                         List<String> besiegingSides, LocalDate since, DocEvent closingCut,
                         List<Reason> reasons, List<String> evidence, List<String> documents) {

    public enum Reason { REPORTED, ROADS_CLOSED }

    public SiegeState {
        besiegedBy = List.copyOf(besiegedBy);
        besiegingSides = List.copyOf(besiegingSides);
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
        documents = List.copyOf(documents);
    }
}
