package org.frontline.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.store.EventStore;
import org.frontline.store.StoredDocument;
import org.frontline.store.WatchLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher against a news site on loopback: every fixture item stored once across four polls,
 * the bad cases each failing alone, conditional GET, politeness seen from the server's request
 * log, and the WARC log read back by the ingest path to the same documents.
 */
class WatchTest {
    static final Duration HOST_DELAY = Duration.ofMillis(150);

    @TempDir
    Path tmp;

    @Test
    void everyItemOnceTheBadOnesAloneAndPolitely() throws Exception {
        try (FeedServer site = new FeedServer()) {
            for (int i = 1; i <= 6; i++) {
                site.page("/a/r" + i + ".html", Stories.html(i));
            }
            site.page("/a/moved-here.html", Stories.html(7));
            site.page("/a/busy.html", Stories.html(8));
            site.page("/a/slow.html", Stories.html(9));
            site.page("/b/atom1.html", Stories.html(10));
            site.page("/b/atom2.html", Stories.html(11));
            site.page("/c/news1.html", Stories.html(12));
            site.page("/c/news2.html", Stories.html(13));
            site.page("/d/plain1.html", Stories.html(14));
            site.page("/d/plain2.html", Stories.html(15));
            site.page("/private/secret.html", Stories.html(16));
            site.page("/a/new1.html", Stories.html(17));
            site.page("/a/new2.html", Stories.html(18));
            List<String[]> rss = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                rss.add(item("r" + i, "/a/r" + i + ".html", i));
            }
            for (String bad : List.of("moved", "busy", "slow", "huge", "loop1", "missing")) {
                rss.add(item(bad, "/a/" + bad + ".html", 20));
            }
            rss.add(item("private", "/private/secret.html", 21));
            site.rss(rss);
            site.slowMillis(2_500);

            Path drop = Files.createDirectories(tmp.resolve("drop"));
            Files.writeString(drop.resolve("dropped.html"), Stories.html(19));
            Files.writeString(drop.resolve("wire.jsonl"), "{\"id\":\"wire-1\",\"title\":\"Wire\",\"published\":\"2024-03-20\",\"html\":"
                    + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Stories.html(20)) + "}\n");
            Files.setLastModifiedTime(drop.resolve("dropped.html"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
            Files.setLastModifiedTime(drop.resolve("wire.jsonl"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
            Path yaml = tmp.resolve("sources.yaml");
            Files.writeString(yaml, "sources:\n"
                    + "  - {url: " + site.base() + "/feed.rss, kind: rss, interval: 5m, outlet: Test Wire, theatre: Syria}\n"
                    + "  - {url: " + site.base() + "/atom.xml, kind: atom, interval: 5m}\n"
                    + "  - {url: " + site.base() + "/news-sitemap.xml, kind: news_sitemap, interval: 10m}\n"
                    + "  - {url: " + site.base() + "/sitemap.xml, kind: sitemap}\n"
                    + "  - {url: " + site.base() + "/broken.rss, kind: rss}\n"
                    + "  - {url: " + site.base() + "/gone.rss}\n"
                    + "  - {folder: drop, kind: folder, interval: 30s}\n");
            List<Source> sources = SourcesFile.read(yaml);
            assertEquals(7, sources.size());
            assertEquals(SourceKind.FOLDER, sources.get(6).kind());
            assertEquals(drop.toAbsolutePath().normalize().toString(), sources.get(6).location());

            String db = tmp.resolve("watch.db").toString();
            Path warc = tmp.resolve("warc");
            CrawlPolicy policy = CrawlPolicy.standard().withHostDelay(HOST_DELAY).withTimeout(Duration.ofMillis(1_500))
                    .withMaxBytes(512L << 10);
            ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
            WatchLog log = new WatchLog(new PrintStream(logBytes, true, StandardCharsets.UTF_8), Clock.systemUTC(), false);
            List<List<Watcher.Poll>> rounds = new ArrayList<>();
            try (EventStore store = EventStore.open(db); WatchLedger ledger = WatchLedger.open(db);
                 PoliteFetcher fetcher = new PoliteFetcher(policy, new WarcLog(warc, 1L << 20), Clock.systemUTC())) {
                Watcher w = new Watcher(fetcher, ledger, new IngestSink(store, Frontline.standard(1)), log, Clock.systemUTC(), Duration.ofSeconds(2));
                rounds.add(w.once(sources, 3));
                rounds.add(w.once(sources, 3)); // nothing new: the RSS feed answers 304; the 429'd page is fetched now
                // the feed changes (a new ETag): two new stories, and r1 again under a new GUID; the slow page is quick now
                rss.add(item("new1", "/a/new1.html", 22));
                rss.add(item("new2", "/a/new2.html", 23));
                rss.add(item("r1-reissued", "/a/r1.html#top", 1));
                site.rss(rss);
                site.slowMillis(0);
                rounds.add(w.once(sources, 3));
                rounds.add(w.once(sources, 3));
                System.out.println(logBytes.toString(StandardCharsets.UTF_8));

                // every fixture item once: 6 + moved + busy + slow + 2 atom + 2 news + 2 plain + 2 new = 17 pages, + 2 dropped documents
                Map<String, WatchLedger.SourceStatus> status = ledger.sources().stream()
                        .collect(Collectors.toMap(WatchLedger.SourceStatus::sourceId, s -> s));
                WatchLedger.SourceStatus feed = status.get(site.base() + "/feed.rss");
                assertEquals(11, feed.itemsStored(), "stored from the RSS feed: r1-r6, moved, busy, slow, new1, new2");
                assertEquals(4, feed.itemsFailed(), "huge, loop, missing and private (robots.txt) failed");
                assertEquals(0, feed.itemsPending());
                assertTrue(feed.events() > 0);
                assertEquals(2, status.get(site.base() + "/atom.xml").itemsStored(), "the atom entry for r1's page is not stored again");
                assertEquals(2, status.get(site.base() + "/news-sitemap.xml").itemsStored());
                assertEquals(2, status.get(site.base() + "/sitemap.xml").itemsStored());
                assertEquals(2, status.get(sources.get(6).id()).itemsStored());
                assertNotNull(status.get(site.base() + "/broken.rss").lastError());
                assertTrue(status.get(site.base() + "/gone.rss").lastError().contains("404"), status.get(site.base() + "/gone.rss").lastError());
                assertEquals(4, status.get(site.base() + "/gone.rss").consecutiveErrors());
                assertNull(feed.lastError());
                assertEquals("failed", ledger.state(site.base() + "/feed.rss", "huge").orElseThrow());
                assertEquals("failed", ledger.state(site.base() + "/feed.rss", "loop1").orElseThrow());
                assertEquals("failed", ledger.state(site.base() + "/feed.rss", "private").orElseThrow());
                assertEquals("seen_url", ledger.state(site.base() + "/feed.rss", "r1-reissued").orElseThrow());

                // the same status through the API
                try (org.frontline.serve.ApiServer server = org.frontline.serve.ApiServer.start(store, Frontline.standard(1),
                        org.frontline.serve.ApiServer.Options.localhost(0, null))) {
                    var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/sources")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, answer.statusCode());
                    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).get("sources");
                    assertEquals(7, json.size());
                    for (var src : json) {
                        if (src.get("source").asText().endsWith("/feed.rss")) {
                            assertEquals(11, src.get("items_stored").asInt());
                            assertEquals("Test Wire", src.get("outlet").asText());
                            assertTrue(src.get("last_error").isNull());
                        }
                        if (src.get("source").asText().endsWith("/gone.rss")) {
                            assertTrue(src.get("last_error").asText().contains("404"));
                        }
                    }
                }

                Map<String, org.frontline.store.DocumentSummary> docs = store.documentSummaries();
                assertEquals(17 + 2, docs.size(), "documents: " + docs.keySet());
                StoredDocument r1 = store.document(Urls.docId(Urls.canonical(site.base() + "/a/r1.html"))).orElseThrow();
                assertEquals(site.base() + "/a/r1.html", r1.url());
                assertEquals("Test Wire", r1.outlet(), "the source's outlet stands in for a page that names none");
            }

            List<FeedServer.Hit> hits = site.hits();
            // no page fetched twice once stored (busy: a 429 then the page; slow: timed out twice, then the page)
            Map<String, Long> okFetches = hits.stream().filter(h -> h.status() == 200 && h.path().matches("/[a-d]/.*")
                            && !h.path().equals("/a/slow.html")) // the server answers the slow page even after the client gave up
                    .collect(Collectors.groupingBy(h -> h.path().replaceAll("[?#].*", ""), Collectors.counting()));
            okFetches.forEach((path, n) -> assertEquals(1L, n, path + " fetched " + n + " times"));
            assertEquals(1L, okFetches.get("/a/busy.html"), hits.stream().filter(h -> h.path().contains("busy")).toList().toString());
            assertTrue(hits.stream().noneMatch(h -> h.path().startsWith("/private/")), "robots.txt forbids /private/");
            assertEquals(1, hits.stream().filter(h -> h.path().equals("/a/huge.html")).count(), "the 50 MB page is refused once");
            assertEquals(3, hits.stream().filter(h -> h.path().equals("/a/missing.html")).count(), "a 404 is tried again while listed, 3 times");
            assertTrue(hits.stream().allMatch(h -> CrawlPolicy.USER_AGENT.equals(h.userAgent())), "every request says who it is");
            assertTrue(hits.stream().anyMatch(h -> h.path().equals("/feed.rss") && h.status() == 304 && h.ifNoneMatch() != null),
                    "the unchanged feed was asked for conditionally and answered 304");
            assertEquals(1, hits.stream().filter(h -> h.path().equals("/robots.txt")).count(), "robots.txt fetched once");
            assertEquals(1, hits.stream().filter(h -> h.path().equals("/a/loop1.html")).count(),
                    "the redirect loop is followed until it repeats, and never tried again"
                            + hits.stream().filter(h -> h.path().startsWith("/a/loop")).map(FeedServer.Hit::path).toList());

            // politeness from the server's side: one host, requests at least the host delay apart
            List<FeedServer.Hit> byStart = hits.stream().sorted(Comparator.comparingLong(FeedServer.Hit::startNanos)).toList();
            long minGapMs = Long.MAX_VALUE;
            for (int i = 1; i < byStart.size(); i++) {
                long gap = (byStart.get(i).startNanos() - byStart.get(i - 1).startNanos()) / 1_000_000;
                minGapMs = Math.min(minGapMs, gap);
                FeedServer.Hit prev = byStart.get(i - 1);
                if (prev.path().equals("/a/busy.html") && prev.status() == 429) {
                    assertTrue(gap >= 1_000, "Retry-After: 1 obeyed, next request after " + gap + " ms");
                }
            }
            assertTrue(minGapMs >= HOST_DELAY.toMillis() - 5, "least gap between two requests " + minGapMs + " ms");
            System.out.println("watch: " + hits.size() + " requests to one host, least gap " + minGapMs + " ms (host delay "
                    + HOST_DELAY.toMillis() + " ms)");

            // the WARC log, read back by the ingest path, gives the same documents and events
            List<Path> warcs;
            try (Stream<Path> w = Files.list(warc)) {
                warcs = w.sorted().toList();
            }
            assertFalse(warcs.isEmpty());
            String db2 = tmp.resolve("fromwarc.db").toString();
            try (EventStore again = EventStore.open(db2);
                 Stream<Frontline.Extracted> docs = Frontline.standard(1).extractWithArticles(warcs)) {
                Ingestion ingestion = new Ingestion(again, new EventClusterer());
                docs.forEach(ingestion::ingest);
            }
            try (EventStore watched = EventStore.open(db); EventStore fromWarc = EventStore.open(db2)) {
                Map<String, Integer> a = mentionCounts(watched);
                Map<String, Integer> b = mentionCounts(fromWarc);
                int pages = 0;
                for (Map.Entry<String, Integer> e : a.entrySet()) {
                    if (e.getKey().startsWith("urn:uuid:")) {
                        pages++;
                        assertEquals(e.getValue(), b.get(e.getKey()), "events of " + e.getKey() + " read back from the WARC");
                    }
                }
                assertEquals(17, pages);
            }
        }
    }

    private static Map<String, Integer> mentionCounts(EventStore store) {
        Map<String, Integer> out = new HashMap<>();
        for (String doc : store.documentSummaries().keySet()) {
            out.put(doc, store.mentions(org.frontline.store.EventQuery.all()).stream()
                    .filter(m -> m.doc().equals(doc)).toList().size());
        }
        return out;
    }

    static String[] item(String guid, String path, int day) {
        return new String[] {guid, path, "Story " + guid, String.format("Fri, %02d Mar 2024 09:00:00 GMT", 1 + day % 28)};
    }
}
