package org.frontline.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same contract on a real PostgreSQL server, started once for the class; a database per test. */
class PostgresEventStoreTest extends EventStoreContract {
    private static EmbeddedPostgres pg;
    private static String whyNot;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void startServer() {
        long t0 = System.nanoTime();
        try {
            pg = EmbeddedPostgres.builder().start();
            System.out.printf("embedded PostgreSQL started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception | LinkageError e) {
            whyNot = e.toString();
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    String freshDatabase() throws Exception {
        assumeTrue(pg != null, "skipped: embedded PostgreSQL could not start here: " + whyNot);
        String name = "store_test_" + DATABASES.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    @Override
    Dialect dialect() {
        return new PostgresDialect();
    }
}
