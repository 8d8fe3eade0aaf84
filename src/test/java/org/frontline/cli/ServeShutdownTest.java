package org.frontline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `frontline serve` stopped by SIGTERM (what systemd, docker stop and kill send) leaves every
 * committed write in the .db file itself: a copy of the .db alone, without its -wal, has them all.
 */
class ServeShutdownTest {
    @TempDir
    Path tmp;

    @Test
    void sigtermCheckpointsTheStoreSoTheDbFileAloneHoldsEveryCommit() throws Exception {
        Path db = tmp.resolve("live.db");
        Path first = Files.writeString(tmp.resolve("first.txt"), "Rebels captured Azaz on Monday, the monitor said.");
        assertEquals(0, Main.run("ingest", "--db", db.toString(), "--published", "2017-02-07", first.toString()));

        String java = ProcessHandle.current().info().command().orElse("java");
        Process serve = new ProcessBuilder(java, "-Xmx600m", "-cp", System.getProperty("java.class.path"),
                "org.frontline.cli.Main", "serve", "--db", db.toString(), "--port", "0", "--token", "t0k3n").start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(serve.getErrorStream(), StandardCharsets.UTF_8));
            String port = CompletableFuture.supplyAsync(() -> {
                Pattern serving = Pattern.compile("on http://[^:]+:(\\d+)/");
                try {
                    for (String line; (line = err.readLine()) != null; ) {
                        Matcher m = serving.matcher(line);
                        if (m.find()) {
                            return m.group(1);
                        }
                    }
                } catch (java.io.IOException e) {
                    return null;
                }
                return null;
            }).get(120, TimeUnit.SECONDS);
            assertNotNull(port, "the server said where it listens");
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/api/events")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            for (String id : new String[] {"posted-a", "posted-b"}) {
                String line = "{\"id\":\"" + id + "\",\"published\":\"2017-02-08\",\"text\":\"Jets struck Saraqib on Tuesday, " + id + ".\"}\n";
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                        .header("Authorization", "Bearer t0k3n").header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(line)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
            }
            serve.destroy(); // SIGTERM
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "the server stops on SIGTERM");
        } finally {
            serve.destroyForcibly();
        }
        Path copy = Files.createDirectories(tmp.resolve("copy")).resolve("copy.db");
        Files.copy(db, copy);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM document")) {
            rs.next();
            assertEquals(3, rs.getInt(1), "the .db alone holds the ingested document and both posts");
        }
        Path wal = Path.of(db + "-wal");
        assertTrue(!Files.exists(wal) || Files.size(wal) == 0, "nothing left only in the -wal");
    }
}
