package org.frontline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteEventStoreTest extends EventStoreContract {
    @TempDir
    Path dir;

    @Override
    String freshDatabase() {
        return "jdbc:sqlite:" + dir.resolve("test.db");
    }

    @Override
    Dialect dialect() {
        return new SqliteDialect();
    }

    @Test
    void aPlainPathIsASqliteFileInWalMode() throws Exception {
        Path file = dir.resolve("sub/frontline.db");
        try (EventStore s = EventStore.open(file.toString())) {
            s.ingest(Fixtures.docA(), Fixtures.articleA());
        }
        assertTrue(Files.isRegularFile(file));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        // a mention row without its document would be an orphan the FK must refuse
        store.ingest(Fixtures.docA(), Fixtures.articleA());
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> st.executeUpdate(
                    "INSERT INTO mention (document_id, ordinal, type, date_start, date_end, date_precision, status, evidence) "
                            + "VALUES (999, 0, 'siege', '2017-01-01', '2017-01-01', 'day', 'reported', 'x')"));
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSchemaExplainsItselfWhereSqliteShellsShowIt() throws Exception {
        store.close();
        store = EventStore.open(url);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            String view;
            try (ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'events_flat'")) {
                assertTrue(rs.next(), "events_flat exists");
                view = rs.getString(1);
            }
            assertTrue(view.contains("-- one row per event"), ".schema events_flat shows its comments: " + view);
            java.util.Set<String> noted = new java.util.HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM schema_notes")) {
                while (rs.next()) {
                    noted.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                    + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'document_fts_%' AND name <> 'schema_notes'")) {
                while (rs.next()) {
                    assertTrue(noted.contains(rs.getString(1)), "schema_notes explains " + rs.getString(1));
                }
            }
        }
    }
}
