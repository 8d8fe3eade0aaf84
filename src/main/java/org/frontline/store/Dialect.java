package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What differs between the two databases: connection set-up, how dates travel, and full-text
 * search. Everything else is the same SQL.
 */
interface Dialect {

    /** Folder of this dialect's migration scripts under {@code store/}. */
    String name();

    /** Per-connection settings, outside any transaction. */
    void configure(Connection c) throws SQLException;

    void bindDate(PreparedStatement ps, int i, LocalDate d) throws SQLException;

    LocalDate date(ResultSet rs, String column) throws SQLException;

    void bindInstant(PreparedStatement ps, int i, Instant t) throws SQLException;

    /** A stored instant as ISO-8601 text (UTC). */
    String instant(ResultSet rs, String column) throws SQLException;

    /** Full-text query: parameters are the words (as {@link #searchParams}) and the limit; columns doc_id, title, snippet. */
    String searchSql();

    List<Object> searchParams(String words);

    /**
     * A statement that makes write transactions take turns, run first in each; null when the
     * database does that itself (SQLite: one writer, transactions begin IMMEDIATE).
     */
    default String writeTurnSql() {
        return null;
    }

    /** Binds values in order; nulls are typed loosely because both drivers infer the column type. */
    default void bind(PreparedStatement ps, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            int at = i + 1;
            if (v == null) {
                ps.setNull(at, Types.NULL);
            } else if (v instanceof LocalDate d) {
                bindDate(ps, at, d);
            } else if (v instanceof Instant t) {
                bindInstant(ps, at, t);
            } else if (v instanceof String s) {
                ps.setString(at, s);
            } else if (v instanceof Integer n) {
                ps.setInt(at, n);
            } else if (v instanceof Long n) {
                ps.setLong(at, n);
            } else if (v instanceof Double n) {
                ps.setDouble(at, n);
            } else if (v instanceof Boolean b) {
                ps.setBoolean(at, b);
            } else {
                throw new IllegalArgumentException("cannot bind a " + v.getClass().getName());
            }
        }
    }
}
