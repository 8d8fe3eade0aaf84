package org.frontline.store;

import java.time.LocalDate;
import org.frontline.model.EventType;

/**
 * Filters for {@link EventStore#events} and {@link EventStore#mentions}; null means "any".
 * Start from {@link #all()} and narrow with the withers.
 *
 * @param place place name, case-insensitive, exact
 * @param actor a name in actor1 or actor2, case-insensitive, exact
 * @param from  events whose date range ends on or after this day
 * @param to    events whose date range starts on or before this day
 * @param box   events whose place (or, without one, whose route's start) lies in this box
 */
public record EventQuery(String place, String actor, EventType type, LocalDate from, LocalDate to, Near near,
                         Box box, int limit, int offset) {

    /** Within {@code km} of a point (great-circle distance). */
    public record Near(double lat, double lon, double km) {
        public Near {
            if (!(km >= 0) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                throw new IllegalArgumentException("near needs lat in [-90,90], lon in [-180,180], km >= 0");
            }
        }
    }

    /** A longitude/latitude box, edges included. */
    public record Box(double minLon, double minLat, double maxLon, double maxLat) {
        public Box {
            if (!(minLon <= maxLon && minLat <= maxLat)) {
                throw new IllegalArgumentException("a box needs min <= max");
            }
        }
    }

    public static final int DEFAULT_LIMIT = 1000;

    public EventQuery {
        if (limit <= 0 || offset < 0) {
            throw new IllegalArgumentException("limit must be positive and offset non-negative");
        }
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public EventQuery place(String p) {
        return new EventQuery(p, actor, type, from, to, near, box, limit, offset);
    }

    public EventQuery actor(String a) {
        return new EventQuery(place, a, type, from, to, near, box, limit, offset);
    }

    public EventQuery type(EventType t) {
        return new EventQuery(place, actor, t, from, to, near, box, limit, offset);
    }

    public EventQuery between(LocalDate f, LocalDate t) {
        return new EventQuery(place, actor, type, f, t, near, box, limit, offset);
    }

    public EventQuery near(double lat, double lon, double km) {
        return new EventQuery(place, actor, type, from, to, new Near(lat, lon, km), box, limit, offset);
    }

    public EventQuery within(Box b) {
        return new EventQuery(place, actor, type, from, to, near, b, limit, offset);
    }

    public EventQuery page(int newLimit, int newOffset) {
        return new EventQuery(place, actor, type, from, to, near, box, newLimit, newOffset);
    }
}
