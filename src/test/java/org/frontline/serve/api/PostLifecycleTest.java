package org.frontline.serve.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.bench.CorpusGenerator;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventStore;
import org.frontline.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: a POST whose client left stops at the next document; a killed server's upload does not stay behind. */
class PostLifecycleTest {
    static final String TOKEN = "lifecycle-token-3";

    @Test
    @Timeout(180)
    void aPostStopsAtTheNextDocumentOnceItsClientHasGone(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("many.jsonl");
        int posted = 1_500;
        new CorpusGenerator(11).write(corpus, posted);
        byte[] body = Files.readAllBytes(corpus);
        List<String> order;
        try (Stream<String> lines = Files.lines(corpus)) {
            order = lines.map(l -> l.substring(l.indexOf("\"id\":\"") + 6, l.indexOf('"', l.indexOf("\"id\":\"") + 6))).toList();
        }
        try (EventStore store = EventStore.open(tmp.resolve("gone.db").toString());
             ApiServer server = ApiServer.start(store, Frontline.standard(1), ApiServer.Options.localhost(0, TOKEN))) {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                        + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                long until = System.nanoTime() + 120_000_000_000L;
                while (store.stats().documents() < 3 && System.nanoTime() < until) {
                    Thread.sleep(20);
                }
                assertTrue(store.stats().documents() >= 3, "the server began storing");
            } // the client hangs up here, its answer unread
            long atClose = store.stats().documents();
            // the server notices at the next document boundary: the count settles within seconds
            long settled = -1, now = atClose;
            for (int i = 0; i < 100 && settled != now; i++) {
                settled = now;
                Thread.sleep(1_000);
                now = store.stats().documents();
            }
            assertEquals(settled, now, "storing stopped");
            assertTrue(now < atClose + 20, "stopped within a few documents of the hang-up: " + atClose + " -> " + now);
            assertTrue(now < posted, "the rest was not stored: " + now);
            // what is stored is whole and in order: the first documents of the body, each complete
            for (String doc : order.subList(0, (int) now)) {
                StoredDocument d = store.document(doc).orElseThrow(() -> new AssertionError("missing " + doc));
                assertTrue(d.error() != null || d.text() != null, doc);
            }
            assertTrue(store.document(order.get((int) now)).isEmpty(), "nothing after the stop");
            // and the server answers the next client as usual
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/events?limit=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
        }
    }

    @Test
    void aKilledServersUploadIsSweptWhenTheNextServerStarts(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("uploads");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        // what a server killed mid-request leaves: its body, in a folder named after its process
        Path stale = Files.createDirectories(root.resolve("post-" + gone.pid() + "-4711"));
        Files.writeString(stale.resolve("posted.jsonl"), "{\"id\":\"x\",\"text\":\"half a body");
        Path running = Files.createDirectories(root.resolve("post-" + ProcessHandle.current().pid() + "-1"));
        Path systemTemp = Path.of(System.getProperty("java.io.tmpdir"));
        long tempBefore = countPostFolders(systemTemp);
        System.setProperty("frontline.uploads", root.toString());
        try (EventStore store = EventStore.open(tmp.resolve("swept.db").toString());
             ApiServer server = ApiServer.start(store, Frontline.standard(1), ApiServer.Options.localhost(0, TOKEN))) {
            assertFalse(Files.exists(stale), "the dead server's upload is swept at start");
            assertTrue(Files.exists(running), "a running server's upload is left alone");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/documents?id=one"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("Militia gunners shelled the market of a river town.")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            try (Stream<Path> left = Files.list(root)) {
                assertEquals(List.of(running), left.toList(), "a finished request leaves nothing");
            }
            assertEquals(tempBefore, countPostFolders(systemTemp), "nothing in the system temp folder");
        } finally {
            System.clearProperty("frontline.uploads");
        }
    }

    @Test
    void uploadsAreSweptOnlyWhenTheirProcessIsGone(@TempDir Path tmp) throws Exception {
        Uploads uploads = new Uploads(tmp);
        Path mine = uploads.create();
        assertTrue(mine.getFileName().toString().startsWith("post-" + ProcessHandle.current().pid() + "-"));
        assertEquals(0, uploads.sweep(), "this process is alive: its folder stays");
        Files.createDirectories(tmp.resolve("not-ours"));
        assertEquals(0, uploads.sweep(), "only folders it made are swept");
    }

    private static long countPostFolders(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("frontline-post")).count();
        }
    }
}
