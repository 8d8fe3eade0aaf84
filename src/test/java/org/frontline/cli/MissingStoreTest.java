package org.frontline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped --db is an error that says so (exit status 2), never a new empty store; only ingest creates one. */
class MissingStoreTest {
    @TempDir
    Path tmp;

    @Test
    void everyReadingCommandRefusesAStoreThatDoesNotExist() {
        Path db = tmp.resolve("typo.db");
        for (List<String> args : List.of(List.of("export", "--format", "geojson"), List.of("events"),
                List.of("control", "Al-Bab", "--on", "2017-02-06"), List.of("sieges", "--on", "2017-02-06"),
                List.of("search", "siege"), List.of("serve", "--port", "0"))) {
            String[] argv = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("--db", db.toString()))
                    .toArray(String[]::new);
            PrintStream old = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status;
            try {
                // serve on an existing store would run until stopped: the timeout is the failure
                status = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Main.run(argv));
            } finally {
                System.setErr(old);
            }
            assertEquals(2, status, args + ": " + err);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("no store at"), args + ": " + err);
            assertFalse(Files.exists(db), args + " created " + db);
        }
    }

    @Test
    void ingestStillCreatesTheStore() throws Exception {
        Path db = tmp.resolve("new.db");
        Path doc = Files.writeString(tmp.resolve("a.txt"), "Rebels captured Azaz on Monday, the monitor said.");
        assertEquals(0, Main.run("ingest", "--db", db.toString(), "--published", "2017-02-07", doc.toString()));
        assertTrue(Files.isRegularFile(db));
        assertEquals(0, Main.run("events", "--db", db.toString()));
    }
}
