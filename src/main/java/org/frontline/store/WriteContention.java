package org.frontline.store;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/** Telling a write that lost to another writer (worth running again) from one that is wrong. */
final class WriteContention {

    private WriteContention() {
    }

    /**
     * SQLite's SQLITE_BUSY family (the store is locked by another connection, or a snapshot went
     * stale) and PostgreSQL's serialisation failure and deadlock: another writer won, nothing is wrong
     * with this one.
     */
    static boolean isTransient(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                String msg = String.valueOf(s.getMessage());
                if ("40001".equals(state) || "40P01".equals(state) || msg.contains("SQLITE_BUSY")
                        || msg.contains("SQLITE_LOCKED") || msg.contains("database is locked")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A pause that grows with each attempt (50 ms, 100 ms, ... up to 2 s), jittered so writers do not retry in step. */
    static void pause(int attempt) throws SQLException {
        long base = Math.min(2_000, 50L << Math.min(attempt, 6));
        try {
            Thread.sleep(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for another writer", ie);
        }
    }
}
