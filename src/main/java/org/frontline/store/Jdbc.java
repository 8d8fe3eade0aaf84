package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The one place SQL meets the connection: every value goes through a placeholder, never into the
 * SQL text. Also the transaction boundary, so a failure anywhere in a unit of work rolls it all back.
 */
final class Jdbc {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /** Statements kept prepared, by SQL text: preparing costs SQLite about as much as running a small query. */
    private static final int CACHED_STATEMENTS = 64;

    private final Connection connection;
    private final Dialect dialect;
    /** Idle prepared statements; one in use is taken out, so a nested use of the same SQL prepares its own. */
    private final java.util.Map<String, PreparedStatement> idle =
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, PreparedStatement> eldest) {
                    if (size() > CACHED_STATEMENTS) {
                        closeQuietly(eldest.getValue());
                        return true;
                    }
                    return false;
                }
            };
    /** Rows inserted, updated or deleted through this object: tells a write that changed nothing. */
    private long rowsWritten;

    /** Hears every query run here with its parameters; set only by the query-plan test (QueryPlanTest). */
    static volatile java.util.function.BiConsumer<String, List<?>> observer;

    private static void observe(String sql, List<?> params) {
        java.util.function.BiConsumer<String, List<?>> o = observer;
        if (o != null) {
            o.accept(sql, new ArrayList<>(params));
        }
    }

    Jdbc(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    Connection connection() {
        return connection;
    }

    <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) throws SQLException {
        observe(sql, params);
        PreparedStatement ps = take(sql);
        try {
            dialect.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } finally {
            giveBack(sql, ps);
        }
    }

    private PreparedStatement take(String sql) throws SQLException {
        PreparedStatement ps = idle.remove(sql);
        return ps != null ? ps : connection.prepareStatement(sql);
    }

    private void giveBack(String sql, PreparedStatement ps) {
        try {
            ps.clearParameters();
        } catch (SQLException e) {
            closeQuietly(ps);
            return;
        }
        PreparedStatement other = idle.put(sql, ps);
        if (other != null) {
            closeQuietly(other);
        }
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException e) {
            // a statement that cannot close is dropped all the same
        }
    }

    /**
     * The first {@code n} rows the mapper keeps (a null is a row it drops), reading no further: for
     * a filter SQL cannot do whose page still must not read the whole table.
     */
    <T> List<T> firstRows(String sql, List<?> params, RowMapper<T> mapper, long n) throws SQLException {
        observe(sql, params);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            dialect.bind(ps, params);
            ps.setFetchSize(500);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (out.size() < n && rs.next()) {
                    T row = mapper.map(rs);
                    if (row != null) {
                        out.add(row);
                    }
                }
                return out;
            }
        }
    }

    /**
     * Every row, one at a time, from a forward-only cursor that fetches {@code fetch} rows per trip:
     * the result is never held whole. On PostgreSQL the driver only fetches by cursor inside a
     * transaction, so there the rows are read in a read-only one (SQLite's would take the write lock).
     */
    void forEachRow(String sql, List<?> params, int fetch, RowMapper<Void> each) throws SQLException {
        observe(sql, params);
        Work<Void> read = () -> {
            try (PreparedStatement ps = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                dialect.bind(ps, params);
                ps.setFetchSize(fetch);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.map(rs);
                    }
                }
            }
            return null;
        };
        if (dialect instanceof PostgresDialect) {
            inTransaction(read);
        } else {
            read.run();
        }
    }

    long count(String sql, List<?> params) throws SQLException {
        return query(sql, params, rs -> rs.getLong(1)).get(0);
    }

    int update(String sql, List<?> params) throws SQLException {
        PreparedStatement ps = take(sql);
        try {
            dialect.bind(ps, params);
            int n = ps.executeUpdate();
            rowsWritten += n;
            return n;
        } finally {
            giveBack(sql, ps);
        }
    }

    /** An INSERT ... RETURNING id (both SQLite 3.35+ and PostgreSQL have it). */
    long insert(String sql, List<?> params) throws SQLException {
        rowsWritten++;
        return query(sql + " RETURNING id", params, rs -> rs.getLong(1)).get(0);
    }

    long rowsWritten() {
        return rowsWritten;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none. */
    <T> T inTransaction(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** "?, ?, ?" for an IN list of n values (only the count reaches the SQL text). */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Splits ids for IN lists: drivers cap the number of parameters per statement. */
    static <T> List<List<T>> chunks(Collection<T> ids) {
        List<T> all = new ArrayList<>(ids);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            out.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return out;
    }
}
