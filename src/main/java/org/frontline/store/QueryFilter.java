package org.frontline.store;

import java.util.ArrayList;
import java.util.List;
import org.frontline.model.Place;

/**
 * The WHERE conditions of an {@link EventQuery} over an event-shaped row aliased {@code x}. Each
 * condition is a lookup an index answers (places by name or by coordinates, parties by name), so
 * no join is needed and the planner can start from the rarest. Values only ever become parameters.
 *
 * @param sql    conditions, each starting with " AND "
 * @param params their values, in order
 */
record QueryFilter(String sql, List<Object> params) {
    private static final String PLACE_BY_NAME = "SELECT id FROM place WHERE name_key = ?";
    private static final String PLACE_IN_BOX = "SELECT id FROM place WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?";

    static QueryFilter of(EventQuery q, EventRows.Owner owner, String x) {
        return of(q, owner, x, null);
    }

    /**
     * As {@link #of(EventQuery, EventRows.Owner, String)}; {@code longestDays}, the longest event
     * stored (migration V9), turns "ends on or after from" into a range of start dates too, which
     * the date index reads between two ends.
     */
    static QueryFilter of(EventQuery q, EventRows.Owner owner, String x, Long longestDays) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (q.place() != null) {
            // a route cut happens at its ends as much as anywhere
            sql.append(" AND (").append(x).append(".place_id IN (").append(PLACE_BY_NAME).append(") OR ")
                    .append(x).append(".route_from_id IN (").append(PLACE_BY_NAME).append(") OR ")
                    .append(x).append(".route_to_id IN (").append(PLACE_BY_NAME).append("))");
            String key = PlaceRows.nameKey(q.place());
            params.add(key);
            params.add(key);
            params.add(key);
        }
        if (q.actor() != null) {
            // IN, not a correlated EXISTS: SQLite probes a correlated subquery by name for every row
            sql.append(" AND ").append(x).append(".id IN (SELECT p.").append(owner.partyKey).append(" FROM ")
                    .append(owner.partyTable).append(" p WHERE p.name_key = ? AND p.role IN ('actor1', 'actor2'))");
            params.add(PlaceRows.nameKey(q.actor()));
        }
        if (q.type() != null) {
            sql.append(" AND ").append(x).append(".type = ?");
            params.add(q.type().label());
        }
        dates(q, x, longestDays, sql, params);
        if (q.near() != null) {
            // a box that holds the circle, cheap on the (lat, lon) index; the exact test is in Java
            EventQuery.Near n = q.near();
            double dLat = n.km() / 110.0;
            double dLon = n.km() / (110.0 * Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.0, Math.abs(n.lat()))))));
            boolean wraps = n.lon() - dLon < -180 || n.lon() + dLon > 180;
            sql.append(" AND ").append(x).append(".place_id IN (").append(PLACE_IN_BOX).append(")");
            params.addAll(List.of(n.lat() - dLat, n.lat() + dLat, wraps ? -180.0 : n.lon() - dLon, wraps ? 180.0 : n.lon() + dLon));
        }
        if (q.box() != null) {
            // the place, or for a route without one its start: what the map draws
            EventQuery.Box b = q.box();
            List<Object> box = List.of(b.minLat(), b.maxLat(), b.minLon(), b.maxLon());
            sql.append(" AND (").append(x).append(".place_id IN (").append(PLACE_IN_BOX).append(") OR (").append(x)
                    .append(".place_id IS NULL AND ").append(x).append(".route_from_id IN (").append(PLACE_IN_BOX).append(")))");
            params.addAll(box);
            params.addAll(box);
        }
        return new QueryFilter(sql.toString(), params);
    }

    /**
     * Whether {@link #ofActorEvents} can answer the query: an actor, with a type, dates or a
     * cursor at most. A place or an area is rarer than any actor and its own index starts there.
     */
    static boolean byActorEvents(EventQuery q) {
        return q.actor() != null && q.place() == null && q.near() == null && q.box() == null;
    }

    /**
     * The conditions of {@link #byActorEvents} query over {@code actor_event} aliased {@code a}
     * (migration V11): one row per listed event and actor, with its type and dates.
     */
    static QueryFilter ofActorEvents(EventQuery q, Long longestDays) {
        StringBuilder sql = new StringBuilder(" AND a.name_key = ?");
        List<Object> params = new ArrayList<>(List.of(PlaceRows.nameKey(q.actor())));
        if (q.type() != null) {
            sql.append(" AND a.type = ?");
            params.add(q.type().label());
        }
        dates(q, "a", longestDays, sql, params);
        return new QueryFilter(sql.toString(), params);
    }

    private static void dates(EventQuery q, String x, Long longestDays, StringBuilder sql, List<Object> params) {
        if (q.from() != null) {
            sql.append(" AND ").append(x).append(".date_end >= ?");
            params.add(q.from());
            if (longestDays != null) {
                sql.append(" AND ").append(x).append(".date_start >= ?");
                params.add(q.from().minusDays(longestDays));
            }
        }
        if (q.to() != null) {
            sql.append(" AND ").append(x).append(".date_start <= ?");
            params.add(q.to());
        }
    }

    /** The exact distance test the SQL box approximates. */
    static boolean within(EventQuery.Near n, Place p) {
        if (n == null) {
            return true;
        }
        if (p == null || p.lat() == null) {
            return false;
        }
        return new Place("here", n.lat(), n.lon(), null, null, null, null).kmTo(p) <= n.km();
    }
}
