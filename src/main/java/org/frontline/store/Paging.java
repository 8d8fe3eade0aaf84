package org.frontline.store;

import java.util.List;

/**
 * Limit and offset: in SQL when the query has no distance filter, in Java after the exact
 * distance test when it has one (the SQL box lets through rows the circle excludes).
 */
final class Paging {
    private Paging() {
    }

    /** " LIMIT ? OFFSET ?" with its values added to {@code params}, or "" for a distance query. */
    static String sql(EventQuery q, List<Object> params) {
        if (q.near() != null) {
            return "";
        }
        params.add(q.limit());
        params.add(q.offset());
        return " LIMIT ? OFFSET ?";
    }

    static <T> List<T> apply(EventQuery q, List<T> all) {
        int from = Math.min(all.size(), q.offset());
        int to = (int) Math.min(all.size(), (long) from + q.limit());
        return all.subList(from, to);
    }
}
