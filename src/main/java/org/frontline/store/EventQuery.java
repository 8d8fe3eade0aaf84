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
 * @param after keyset paging: only events listed after this one (null: from the first)
 */
public record EventQuery(String place, String actor, EventType type, LocalDate from, LocalDate to, Near near,
                         Box box, int limit, int offset, After after) {

    /**
     * Where a page ended, in list order (start date, merged events before single mentions, row
     * id): the next page starts after it whatever was written since, and costs the same however
     * deep it is, where an offset re-reads every row before it. Travels as an opaque token.
     */
    public record After(LocalDate date, boolean merged, long id) {
        private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile(
                "(\\d{4}-\\d{2}-\\d{2}|-)\\.([01])\\.(\\d{1,18})");

        public String token() {
            String plain = (date == null ? "-" : date.toString()) + "." + (merged ? 1 : 0) + "." + id;
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }

        /** The cursor a token names; IllegalArgumentException when it names none. */
        public static After of(String token) {
            String plain;
            try {
                plain = new String(java.util.Base64.getUrlDecoder().decode(token), java.nio.charset.StandardCharsets.US_ASCII);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a page token: " + token);
            }
            java.util.regex.Matcher m = TOKEN.matcher(plain);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a page token: " + token);
            }
            try {
                return new After(m.group(1).equals("-") ? null : LocalDate.parse(m.group(1)), m.group(2).equals("1"),
                        Long.parseLong(m.group(3)));
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("not a page token: " + token);
            }
        }
    }

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
        return new EventQuery(null, null, null, null, null, null, null, DEFAULT_LIMIT, 0, null);
    }

    public EventQuery place(String p) {
        return new EventQuery(p, actor, type, from, to, near, box, limit, offset, after);
    }

    public EventQuery actor(String a) {
        return new EventQuery(place, a, type, from, to, near, box, limit, offset, after);
    }

    public EventQuery type(EventType t) {
        return new EventQuery(place, actor, t, from, to, near, box, limit, offset, after);
    }

    public EventQuery between(LocalDate f, LocalDate t) {
        return new EventQuery(place, actor, type, f, t, near, box, limit, offset, after);
    }

    public EventQuery near(double lat, double lon, double km) {
        return new EventQuery(place, actor, type, from, to, new Near(lat, lon, km), box, limit, offset, after);
    }

    public EventQuery within(Box b) {
        return new EventQuery(place, actor, type, from, to, near, b, limit, offset, after);
    }

    public EventQuery after(After a) {
        return new EventQuery(place, actor, type, from, to, near, box, limit, offset, a);
    }

    /** Whether any filter narrows the list (paging aside). */
    public boolean filtered() {
        return place != null || actor != null || type != null || from != null || to != null || near != null || box != null;
    }

    public EventQuery page(int newLimit, int newOffset) {
        return new EventQuery(place, actor, type, from, to, near, box, newLimit, newOffset, after);
    }
}
