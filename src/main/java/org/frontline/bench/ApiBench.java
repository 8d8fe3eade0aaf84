package org.frontline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.frontline.Frontline;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;

/**
 * {@code frontline bench --api}: the API under load on a store of N generated events. Fills the
 * store (or reuses one that holds enough), serves it on a free loopback port, and at each client
 * count runs a fixed mix of reads for a bounded time while one thread posts generated reports
 * through {@code POST /api/documents}; prints latency percentiles and answers per second by kind
 * of read, the documents ingested meanwhile, and the store's size on disk per event.
 */
public final class ApiBench {
    /** What to run: store size and place, client counts, seconds per count. */
    public record Options(long events, Path db, List<Integer> clients, double seconds, long seed, boolean fillOnly) {
    }

    private static final String TOKEN = "bench-" + Long.toHexString(System.nanoTime());
    static final List<String> KINDS = List.of("page_dates", "page_place", "page_actor_type", "page_bbox", "page_deep",
            "event", "search", "control", "sieges", "export");

    private ApiBench() {
    }

    public static void run(Options o, PrintStream out) throws Exception {
        long t0 = System.nanoTime();
        try (EventStore s = EventStore.open(o.db().toString())) {
            long have = s.count(EventQuery.all());
            if (have < o.events()) {
                out.printf("filling %s with %,d generated events (has %,d)...%n", o.db(), o.events() - have, have);
                new GeneratedStore().fill(s, o.events() - have, o.seed() + have, "bench" + have, n -> {
                    if (n % 100_000 == 0) {
                        out.printf("  %,d events, %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
                    }
                });
                out.printf("filled in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            }
        }
        if (o.fillOnly()) {
            return;
        }
        long stored;
        List<String> places;
        List<String> ids;
        try (EventStore store = EventStore.openPooled(o.db().toString(), 16)) {
            stored = store.count(EventQuery.all());
            // real names and ids to ask for, from a few pages spread over the store
            places = new ArrayList<>();
            ids = new ArrayList<>();
            store.events(EventQuery.all().page(200, (int) Math.min(Integer.MAX_VALUE - 200, stored / 2))).forEach(e -> {
                ids.add(e.id());
                if (e.event().place() != null) {
                    places.add(e.event().place().name());
                }
            });
            long bytes = Files.size(o.db()) + sizeOr0(Path.of(o.db() + "-wal"));
            out.printf("store: %,d events, %,d bytes on disk (%.0f bytes/event), ready in %.0f s%n", stored, bytes,
                    (double) bytes / stored, (System.nanoTime() - t0) / 1e9);
            try (ApiServer server = ApiServer.start(store, Frontline.standard(),
                    ApiServer.Options.localhost(0, TOKEN))) {
                // warm-up, not reported: first answers load the pipeline and build the reasoning
                level(server.port(), 2, Math.min(10, o.seconds()), places, ids, o.seed(), null);
                // and the reasoning in memory, which a start reads in the background: until then writes leave the
                // stored answers on a day behind and they go out stale (contradictions wait for it)
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/contradictions")).timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.discarding());
                out.printf("%7s %-16s %8s %8s %8s %8s %9s%n", "clients", "kind", "answers", "p50 ms", "p95 ms", "p99 ms", "answers/s");
                for (int c : o.clients()) {
                    level(server.port(), c, o.seconds(), places, ids, o.seed(), out);
                }
            }
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static long sizeOr0(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static void level(int port, int clients, double seconds, List<String> places, List<String> ids, long seed,
                              PrintStream out) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
        KINDS.forEach(k -> nanos.put(k, new ConcurrentLinkedQueue<>()));
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            SplittableRandom rnd = new SplittableRandom(seed * 1000 + clients * 7L + i);
            threads.add(daemon(() -> {
                while (System.nanoTime() < end) {
                    String kind = KINDS.get(rnd.nextInt(KINDS.size()));
                    long s = System.nanoTime();
                    try {
                        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + path(kind, rnd, places, ids))).header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(60))
                                .build(), HttpResponse.BodyHandlers.ofInputStream());
                        try (InputStream in = r.body()) {
                            in.transferTo(java.io.OutputStream.nullOutputStream());
                        }
                        if (r.statusCode() != 200 && r.statusCode() != 301) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    nanos.get(kind).add(System.nanoTime() - s);
                }
            }));
        }
        AtomicLong posted = new AtomicLong();
        Thread ingest = daemon(() -> {
            CorpusGenerator gen = new CorpusGenerator(seed + clients);
            ObjectMapper json = new ObjectMapper();
            for (long i = 0; System.nanoTime() < end; i++) {
                try {
                    GeneratedArticle a = gen.article(i);
                    String line = json.writeValueAsString(Map.of("id", "live-" + clients + "-" + i + "-" + a.id(),
                            "title", a.title(), "published", a.published(), "text", a.text()));
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents"))
                            .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + TOKEN)
                            .POST(HttpRequest.BodyPublishers.ofString(line + "\n")).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        posted.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }
        });
        for (Thread t : threads) {
            t.join();
        }
        ingest.join();
        long all = 0;
        Map<String, long[]> rows = new TreeMap<>();
        for (String k : KINDS) {
            long[] v = nanos.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
            rows.put(k, v);
            all += v.length;
        }
        if (out == null) {
            return;
        }
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
            print(out, clients, e.getKey(), e.getValue(), seconds);
        }
        print(out, clients, "all", rows.values().stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray(), seconds);
        out.printf("%7d %-16s %,d errors or timeouts, %d documents ingested meanwhile%n", clients, "", errors.get(), posted.get());
    }

    private static void print(PrintStream out, int clients, String kind, long[] v, double seconds) {
        if (v.length == 0) {
            out.printf("%7d %-16s %8d%n", clients, kind, 0);
            return;
        }
        out.printf("%7d %-16s %8d %8.1f %8.1f %8.1f %9.1f%n", clients, kind, v.length, q(v, 0.50), q(v, 0.95), q(v, 0.99),
                v.length / seconds);
    }

    private static double q(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
    }

    private static String path(String kind, SplittableRandom rnd, List<String> places, List<String> ids) {
        LocalDate from = LocalDate.of(2011, 1, 1).plusDays(rnd.nextInt(14 * 365));
        String place = places.isEmpty() ? "Aleppo" : places.get(rnd.nextInt(places.size()));
        String enc = java.net.URLEncoder.encode(place, java.nio.charset.StandardCharsets.UTF_8);
        double lon = 20 + rnd.nextDouble() * 60, lat = 5 + rnd.nextDouble() * 40;
        return switch (kind) {
            case "page_dates" -> "/api/events?limit=100&from=" + from + "&to=" + from.plusDays(30);
            case "page_place" -> "/api/events?limit=100&place=" + enc;
            case "page_actor_type" -> "/api/events?limit=100&type=shelling&actor=Islamic%20State";
            case "page_bbox" -> "/api/events?limit=100&bbox=" + lon + "," + lat + "," + (lon + 2) + "," + (lat + 2);
            case "page_deep" -> "/api/events?limit=100&offset=" + rnd.nextInt(10_000);
            case "event" -> "/api/events/" + (ids.isEmpty() ? "mention:1" : ids.get(rnd.nextInt(ids.size())));
            case "search" -> "/api/search?q=" + (rnd.nextBoolean() ? "shelling" : enc);
            case "control" -> "/api/control?on=" + from;
            case "sieges" -> "/api/sieges?on=" + from;
            default -> "/api/export?format=geojson&limit=500&place=" + enc;
        };
    }
}
