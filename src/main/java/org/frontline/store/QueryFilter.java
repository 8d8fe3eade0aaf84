package org.frontline.store;

import java.util.ArrayList;
import java.util.List;
import org.frontline.model.Place;

/**
 * The WHERE conditions of an {@link EventQuery} over an event-shaped row aliased {@code x} with
 * places joined as pl/rf/rt ({@link EventRows#joins}). Values only ever become parameters.
 *
 * @param sql    conditions, each starting with " AND "
 * @param params their values, in order
 */
record QueryFilter(String sql, List<Object> params) {

    static QueryFilter of(EventQuery q, EventRows.Owner owner, String x) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (q.place() != null) {
            // a route cut happens at its ends as much as anywhere
            sql.append(" AND (pl.name_key = ? OR rf.name_key = ? OR rt.name_key = ?)");
            String key = PlaceRows.nameKey(q.place());
            params.add(key);
            params.add(key);
            params.add(key);
        }
        if (q.actor() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM ").append(owner.partyTable).append(" p WHERE p.")
                    .append(owner.partyKey).append(" = ").append(x).append(".id AND p.role IN ('actor1', 'actor2') ")
                    .append("AND p.name_key = ?)");
            params.add(PlaceRows.nameKey(q.actor()));
        }
        if (q.type() != null) {
            sql.append(" AND ").append(x).append(".type = ?");
            params.add(q.type().label());
        }
        if (q.from() != null) {
            sql.append(" AND ").append(x).append(".date_end >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND ").append(x).append(".date_start <= ?");
            params.add(q.to());
        }
        if (q.near() != null) {
            // a box that holds the circle, cheap on the (lat, lon) index; the exact test is in Java
            EventQuery.Near n = q.near();
            double dLat = n.km() / 110.0;
            double dLon = n.km() / (110.0 * Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.0, Math.abs(n.lat()))))));
            sql.append(" AND pl.lat BETWEEN ? AND ?");
            params.add(n.lat() - dLat);
            params.add(n.lat() + dLat);
            if (n.lon() - dLon >= -180 && n.lon() + dLon <= 180) {
                sql.append(" AND pl.lon BETWEEN ? AND ?");
                params.add(n.lon() - dLon);
                params.add(n.lon() + dLon);
            }
        }
        return new QueryFilter(sql.toString(), params);
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
