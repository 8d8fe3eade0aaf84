package org.frontline.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;

/**
 * {@link CrashSafetyContract} on an embedded PostgreSQL: 150 documents and 12 kills (the suite's time budget);
 * {@code -Dfrontline.long=true}: 300 documents, 30 kills (each kill is a child JVM start; see CrashSafetySqliteTest).
 * PostgreSQL has no integrity_check; the store opening and reading after each kill stands in for it.
 */
class CrashSafetyPostgresTest extends CrashSafetyContract {
    private static EmbeddedPostgres pg;
    private final AtomicInteger databases = new AtomicInteger();

    @Override
    String freshDb(Path work) throws Exception {
        if (pg == null) {
            pg = EmbeddedPostgres.builder().start();
        }
        String name = "crash_" + databases.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    @AfterAll
    void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    String integrity(String db) {
        return "ok";
    }

    @Override
    int documents() {
        return LONG ? 300 : 150;
    }

    @Override
    int kills() {
        return LONG ? 30 : 12;
    }

    @Override
    long seed() {
        return 5_150_417L;
    }
}
