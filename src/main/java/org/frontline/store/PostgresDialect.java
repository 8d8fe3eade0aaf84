package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** PostgreSQL: native DATE and TIMESTAMPTZ, tsvector with a GIN index for search. */
final class PostgresDialect implements Dialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public void configure(Connection c) {
        // nothing: the server's defaults suit us
    }

    @Override
    public void bindDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        ps.setObject(i, d, Types.DATE);
    }

    /**
     * Writers re-plan the clusters they touch from what they read, so two writers at once could
     * both claim a mention; a transaction-scoped advisory lock makes them take turns, as SQLite's
     * single writer does (readers are never blocked by it).
     */
    @Override
    public String writeTurnSql() {
        return "SELECT pg_advisory_xact_lock(4711042)";
    }

    @Override
    public LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    @Override
    public void bindInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    @Override
    public String instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant().toString();
    }

    @Override
    public String searchSql() {
        return "SELECT d.doc_id, d.title, ts_headline('english', coalesce(d.text, ''), q, "
                + "'StartSel=[, StopSel=], MaxWords=20, MinWords=8') AS snippet "
                + "FROM document d, plainto_tsquery('english', ?) q "
                + "WHERE d.search @@ q ORDER BY ts_rank(d.search, q) DESC, d.doc_id LIMIT ?";
    }

    @Override
    public List<Object> searchParams(String words) {
        return List.of(words);
    }
}
