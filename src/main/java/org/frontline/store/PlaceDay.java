package org.frontline.store;

import java.time.LocalDate;

/**
 * A run of days on which one place has one element in the answer of {@code /api/control} or
 * {@code /api/sieges} on a day: {@code body}, the element as sent.
 *
 * @param to the last day, inclusive; null: until further notice
 */
public record PlaceDay(int kind, String placeKey, LocalDate from, LocalDate to, String body) {
    /** Control's {@code places}: who holds the place. */
    public static final int HELD = 0;
    /** Control's {@code unknown}: fought over, no holder named. */
    public static final int UNKNOWN = 1;
    /** {@code /api/sieges}. */
    public static final int BESIEGED = 2;

    public PlaceDay {
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a run of days of " + placeKey + " ends before it starts: " + from + " > " + to);
        }
    }
}
