package org.frontline.store;

import java.util.List;

/**
 * The stored runs covering one day, of one kind, and where along the write log they stand:
 * they answer for the store as it is when {@code position} equals {@code logPosition}.
 */
public record PlaceDays(long position, long logPosition, List<PlaceDay> runs) {

    public PlaceDays {
        runs = List.copyOf(runs);
    }

    /** Some write is not in the runs yet. */
    public boolean behind() {
        return position < logPosition;
    }
}
