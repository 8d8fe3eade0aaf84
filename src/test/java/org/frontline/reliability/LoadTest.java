package org.frontline.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.model.Article;
import org.frontline.model.DocumentResult;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 concurrent clients (a fixed pool of 200 threads; no virtual threads on Java 17) read the API
 * for 12 s over a store of 20,000 events while an ingest posts documents through
 * {@code POST /api/documents}, on SQLite (WAL) and on an embedded PostgreSQL: no errors (a request
 * that times out is one), p50/p99 printed, not asserted (the build machine is shared).
 * {@code -Dfrontline.long=true}: 60 s over 100,000 stored events, the figures README.md states.
 *
 * <p>The events are stored quickly by extracting a few hundred generated reports once and storing
 * copies of the results under new ids (EventStore.ingest, no clustering: clustering costs about
 * 100-250 ms a document on the build machine, and each copy's events then stand as events of their own).
 */
class LoadTest {
    private static final boolean LONG = Boolean.getBoolean("frontline.long");
    private static final int CLIENTS = 200;
    private static final int EVENTS = Integer.getInteger("frontline.load.events", LONG ? 100_000 : 20_000);
    private static final long SECONDS = Long.getLong("frontline.load.seconds", LONG ? 60 : 12);

    @TempDir
    Path dir;

    @Test
    void sqliteWithTwoHundredClientsAndAnIngestRunningGetsNoErrors() throws Exception {
        load("SQLite", dir.resolve("load.db").toString());
    }

    @Test
    void postgresWithTwoHundredClientsAndAnIngestRunningGetsNoErrors() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE load");
            }
            load("PostgreSQL", pg.getJdbcUrl("postgres", "load"));
        }
    }

    private static void load(String name, String db) throws Exception {
        Frontline frontline = Frontline.standard(2);
        // as `frontline serve` opens it: reads on a pool of connections, writes on their own
        try (EventStore store = EventStore.openPooled(db, 8)) {
            long t0 = System.nanoTime();
            int stored = fill(frontline, store, EVENTS);
            System.out.printf("LoadTest %s: stored %d events in %.1f s%n", name, stored, (System.nanoTime() - t0) / 1e9);
            try (ApiServer server = ApiServer.start(store, frontline, new ApiServer.Options("127.0.0.1", 0, ApiServerFixture.TOKEN, 16))) {
                run(name, new Http(server.port()), SECONDS, stored);
            }
        }
    }

    private static int fill(Frontline frontline, EventStore store, int targetEvents) throws Exception {
        Path corpus = SyntheticNews.writeJsonLines(Files.createTempFile("load", ".jsonl"), 11, 0, 200, "base");
        List<Frontline.Extracted> base;
        try (Stream<Frontline.Extracted> s = frontline.extractWithArticles(List.of(corpus))) {
            base = s.toList();
        }
        int events = 0;
        for (int copy = 0; events < targetEvents; copy++) {
            for (Frontline.Extracted x : base) {
                DocumentResult r = x.result();
                String id = r.doc() + "-copy" + copy;
                Article a = x.article();
                Article renamed = new Article(id, a.origin(), a.title(), a.outlet(), a.byline(), a.url() + "?" + copy, a.published(),
                        a.publishedInferred(), a.text());
                events += store.ingest(new DocumentResult(id, r.title(), r.outlet(), r.byline(), r.published(), r.publishedInferred(),
                        null, null, r.events(), r.control()), renamed).mentionCount();
            }
        }
        return events;
    }

    private static void run(String name, Http http, long seconds, int stored) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        // by kind of request (the path with its values dropped), to see which one costs what
        Map<String, ConcurrentLinkedQueue<Long>> byKind = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger posted = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        pool.submit(() -> ingestWhileRunning(http, end, posted, errors));
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            pool.submit(() -> {
                Random r = new Random(client);
                while (System.nanoTime() < end) {
                    String path = request(r, stored);
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> resp = http.get(path);
                        long took = System.nanoTime() - t;
                        latencies.add(took);
                        byKind.computeIfAbsent(path.replaceAll("=[^&]*", ""), k -> new ConcurrentLinkedQueue<>()).add(took);
                        if (resp.statusCode() != 200) {
                            errors.add(path + " -> " + resp.statusCode() + " " + resp.body());
                        }
                    } catch (Exception e) {
                        errors.add(path + " -> " + e);
                    }
                }
            });
        }
        pool.shutdown();
        boolean finished = pool.awaitTermination(seconds + 180, TimeUnit.SECONDS);
        pool.shutdownNow(); // a client stuck past that must not keep the test JVM alive
        assertTrue(finished, "clients did not finish");
        new TreeMap<>(byKind).forEach((kind, l) -> {
            List<Long> k = l.stream().sorted().toList();
            System.out.printf("LoadTest %s:   %-40s %5d answers, p50 %.1f ms, p99 %.1f ms%n", name, kind, k.size(), pct(k, 0.5), pct(k, 0.99));
        });
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("LoadTest %s: %d clients, %d s, %d requests (%.0f/s), %d documents posted, %d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                name, CLIENTS, seconds, sorted.size(), sorted.size() / (double) seconds, posted.get(), errors.size(), pct(sorted, 0.50),
                pct(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        assertEquals(List.of(), errors.stream().limit(20).toList(), errors.size() + " errors");
        assertTrue(posted.get() > 0, "the concurrent ingest stored nothing");
    }

    private static String request(Random r, int stored) {
        String place = SyntheticNews.PLACES.get(r.nextInt(SyntheticNews.PLACES.size())).replace(" ", "%20");
        return switch (r.nextInt(8)) {
            case 0 -> "/api/events?limit=50&offset=" + r.nextInt(Math.max(1, stored));
            case 1 -> "/api/events?place=" + place + "&limit=100";
            case 2 -> "/api/events?type=shelling&from=2016-03-01&to=2016-04-01&limit=100";
            case 3 -> "/api/search?q=shelled&limit=20";
            case 4 -> "/api/events?actor=Islamic%20State&limit=20&offset=" + r.nextInt(1000);
            case 5 -> "/api/events?bbox=36,35,38,37&limit=100&offset=" + r.nextInt(500);
            case 6 -> "/api/range";
            default -> "/api/export?format=geojson&place=" + place + "&limit=200";
        };
    }

    private static void ingestWhileRunning(Http http, long end, AtomicInteger posted, ConcurrentLinkedQueue<String> errors) {
        for (int i = 0; System.nanoTime() < end; i++) {
            try {
                HttpResponse<String> r = http.post("/api/documents", "application/x-ndjson", ApiServerFixture.TOKEN,
                        HttpRequest.BodyPublishers.ofString(SyntheticNews.jsonLine(99, i, "live") + "\n"));
                if (r.statusCode() == 200) {
                    posted.incrementAndGet();
                } else {
                    errors.add("POST -> " + r.statusCode() + " " + r.body());
                }
            } catch (Exception e) {
                errors.add("POST -> " + e);
            }
        }
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p))) / 1e6;
    }
}
