package org.frontline.reason;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Place;

/**
 * Claims about one place on one day that cannot all be true: different sides hold it, or one
 * says a side holds all of it while another says it is partly lost or fought over. Both stay;
 * {@code followed} is the one the timeline goes by, and {@code why} says why.
 */
public record Contradiction(String placeKey, Place place, LocalDate date, ControlClaim followed,
                            List<ControlClaim> against, String why) {

    public Contradiction {
        against = List.copyOf(against);
    }
}
