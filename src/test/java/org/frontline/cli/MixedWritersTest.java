package org.frontline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.bench.CorpusGenerator;
import org.frontline.model.DocEvent;
import org.frontline.model.DocumentResult;
import org.frontline.reason.EventClusterer;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a CLI ingest, the server's POSTs and a second CLI ingest on one store at once. Every
 * document is stored exactly once, no writer fails (no SQLITE_BUSY reaches anyone), and the
 * clusters are those of clustering every report at once.
 */
class MixedWritersTest {
    static final String TOKEN = "mixed-token-5";

    @Test
    @Timeout(600)
    void threeWritersOnOneSqliteStore(@TempDir Path tmp) throws Exception {
        run(tmp, tmp.resolve("mixed.db").toString(), "jdbc:sqlite:" + tmp.resolve("mixed.db"));
    }

    @Test
    @Timeout(600)
    void threeWritersOnOnePostgresStore(@TempDir Path tmp) throws Exception {
        try (EmbeddedPostgres pg = startPostgres()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            run(tmp, url, url);
        }
    }

    /** A batch in which the store refused a document exits 1, names it, and stores the others. */
    @Test
    void aBatchWithADocumentTheStoreRefusedExitsOne(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("refusing.db");
        EventStore.open(db.toString()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            // a store that gives way for one document, as a full disk or a broken server would
            st.execute("CREATE TRIGGER refuse BEFORE INSERT ON document WHEN NEW.doc_id = 'bad' "
                    + "BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }
        refusedDocumentExitsOne(tmp, db.toString());
    }

    @Test
    @Timeout(300)
    void aBatchWithADocumentPostgresRefusedExitsOne(@TempDir Path tmp) throws Exception {
        try (EmbeddedPostgres pg = startPostgres()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            EventStore.open(url).close();
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                st.execute("CREATE FUNCTION refuse_bad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "IF NEW.doc_id = 'bad' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$");
                st.execute("CREATE TRIGGER refuse BEFORE INSERT ON document FOR EACH ROW EXECUTE FUNCTION refuse_bad()");
            }
            refusedDocumentExitsOne(tmp, url);
        }
    }

    /** An embedded PostgreSQL, or the test skipped with the reason when none can start here. */
    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (Exception | LinkageError e) {
            assumeTrue(false, "skipped: embedded PostgreSQL could not start here: " + e);
            throw new IllegalStateException(e);
        }
    }

    private static void refusedDocumentExitsOne(Path tmp, String db) throws Exception {
        Path batch = tmp.resolve("batch.jsonl");
        String text = "Government forces captured the town of Tadef from Islamic State on Monday, the monitor said.";
        Files.writeString(batch, String.join("\n",
                "{\"id\":\"good-1\",\"published\":\"2017-02-07\",\"text\":\"" + text + "\"}",
                "{\"id\":\"bad\",\"published\":\"2017-02-07\",\"text\":\"" + text + " Again.\"}",
                "{\"id\":\"good-2\",\"published\":\"2017-02-07\",\"text\":\"" + text + " Once more.\"}") + "\n");
        assertEquals(1, Main.run("ingest", "--db", db, batch.toString()));
        try (EventStore store = EventStore.open(db)) {
            assertEquals(2, store.stats().documents());
            assertTrue(store.document("bad").isEmpty());
        }
    }

    private static void run(Path tmp, String db, String jdbc) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a")), b = Files.createDirectories(tmp.resolve("b"));
        new CorpusGenerator(21).write(a.resolve("a.jsonl"), 30);
        new CorpusGenerator(22).write(b.resolve("b.jsonl"), 30);
        Path posts = tmp.resolve("posts.jsonl");
        new CorpusGenerator(23).write(posts, 30);
        List<String> postLines = Files.readAllLines(posts);
        try (EventStore store = EventStore.open(db);
             ApiServer server = ApiServer.start(store, Frontline.standard(1), ApiServer.Options.localhost(0, TOKEN))) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            Future<Integer> first = pool.submit(() -> Main.run("ingest", "--db", db, a.toString()));
            Future<Integer> second = pool.submit(() -> Main.run("ingest", "--db", db, b.toString()));
            Future<List<Integer>> server200s = pool.submit(() -> {
                HttpClient http = HttpClient.newHttpClient();
                List<Integer> codes = new ArrayList<>();
                for (String line : postLines) {
                    codes.add(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
                            .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(line + "\n")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode());
                }
                return codes;
            });
            pool.shutdown();
            assertEquals(0, first.get(9, TimeUnit.MINUTES), "the first ingest stored everything");
            assertEquals(0, second.get(9, TimeUnit.MINUTES), "the second ingest stored everything");
            assertEquals(java.util.Collections.nCopies(30, 200), server200s.get(9, TimeUnit.MINUTES));
            assertEquals(90, store.stats().documents());
            try (Connection c = DriverManager.getConnection(jdbc); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT mention_id) FROM event_mention")) {
                rs.next();
                assertEquals(rs.getInt(1), rs.getInt(2), "a mention in two events");
            }
            // the clusters do not depend on how the writers interleaved
            List<DocEvent> all = new ArrayList<>();
            List<Path> inputs = List.of(a.resolve("a.jsonl"), b.resolve("b.jsonl"), posts);
            try (Stream<Frontline.Extracted> s = Frontline.standard(2).extractWithArticles(inputs)) {
                s.forEach(x -> {
                    DocumentResult r = x.result();
                    r.events().forEach(e -> all.add(new DocEvent(r.doc(), r.published(), e)));
                });
            }
            List<String> batch = new EventClusterer().cluster(all).stream()
                    .map(e -> e.type().label() + " " + e.documents()).sorted().toList();
            List<String> stored = store.events(EventQuery.all().page(Integer.MAX_VALUE, 0)).stream()
                    .filter(e -> e.event().dated())
                    .map(e -> e.event().type().label() + " " + e.documents()).sorted().toList();
            assertEquals(batch, stored);
        }
    }
}
