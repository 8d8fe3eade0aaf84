package org.frontline.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.frontline.store.EventStore;
import org.frontline.store.WatchLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code frontline watch} in a child JVM, killed with destroyForcibly at random moments while new
 * items keep arriving, then restarted, then run once to the end: every item is stored, none twice.
 * "Twice" is judged three ways: one document per item in the store, one "new" ingest per document
 * across every run's log (a page fetched again after a kill must come back "unchanged"), and the
 * ledger's one row per item marked done.
 */
class WatchKillTest {
    static final int KILLS = 5;
    static final int FIRST_ITEMS = 8;
    static final int ITEMS_PER_ROUND = 2;

    @TempDir
    Path tmp;

    @Test
    void killedAtRandomAndRestartedNothingLostNothingTwice() throws Exception {
        Random random = new Random(Long.getLong("watch.killSeed", System.nanoTime()));
        try (FeedServer site = new FeedServer()) {
            List<String[]> rss = new ArrayList<>();
            int n = 0;
            for (; n < FIRST_ITEMS; n++) {
                addStory(site, rss, n);
            }
            site.rss(rss);
            Path yaml = Files.writeString(tmp.resolve("sources.yaml"), "sources:\n"
                    + "  - {url: " + site.base() + "/feed.rss, kind: rss, interval: 1s}\n"
                    + "  - {url: " + site.base() + "/news-sitemap.xml, kind: news_sitemap, interval: 1s}\n");
            site.page("/c/news1.html", Stories.html(101));
            site.page("/c/news2.html", Stories.html(102));
            String db = tmp.resolve("watch.db").toString();
            List<Path> logs = new ArrayList<>();
            List<Long> killedAfter = new ArrayList<>();
            for (int round = 0; round < KILLS; round++) {
                Path log = tmp.resolve("run-" + round + ".log");
                logs.add(log);
                Process child = start(db, yaml, log, false);
                long wait = 2_000 + random.nextInt(5_000);
                assertTrue(!child.waitFor(wait, TimeUnit.MILLISECONDS), "the watcher runs until killed: " + Files.readString(log));
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                killedAfter.add(wait);
                for (int k = 0; k < ITEMS_PER_ROUND; k++, n++) {
                    addStory(site, rss, n); // news keeps breaking while the watcher is down
                }
                site.rss(rss);
            }
            Path last = tmp.resolve("run-final.log");
            logs.add(last);
            Process child = start(db, yaml, last, true);
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "watch --once finishes");
            assertEquals(0, child.exitValue(), Files.readString(last));

            int items = n + 2; // the RSS stories and the two news-sitemap stories
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    assertEquals("ok", rs.getString(1));
                }
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT url) FROM watch_item WHERE state = 'done'")) {
                    rs.next();
                    assertEquals(items, rs.getInt(1), "every item done once in the ledger");
                    assertEquals(items, rs.getInt(2));
                }
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM watch_item WHERE state <> 'done'")) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "nothing pending or failed");
                }
            }
            try (EventStore store = EventStore.open(db); WatchLedger ledger = WatchLedger.open(db)) {
                assertEquals(items, store.documentSummaries().size(), "one document per item: " + store.documentSummaries().keySet());
                assertEquals(items, ledger.sources().stream().mapToLong(WatchLedger.SourceStatus::itemsStored).sum());
            }
            // one "new" ingest per document over every run; a page fetched again after a kill comes back unchanged
            Pattern stored = Pattern.compile("stored (\\S+) as (\\S+) \\((new|unchanged|replaced), ");
            Map<String, Map<String, Integer>> outcomes = new HashMap<>();
            for (Path log : logs) {
                for (String line : Files.readAllLines(log)) {
                    Matcher m = stored.matcher(line);
                    if (m.find()) {
                        outcomes.computeIfAbsent(m.group(2), k -> new HashMap<>()).merge(m.group(3), 1, Integer::sum);
                    }
                }
            }
            long refetched = outcomes.values().stream().filter(o -> o.containsKey("unchanged")).count();
            List<String> twice = outcomes.entrySet().stream().filter(e -> e.getValue().getOrDefault("new", 0) > 1
                    || e.getValue().containsKey("replaced")).map(Map.Entry::getKey).toList();
            assertTrue(twice.isEmpty(), "ingested twice: " + twice);
            Map<String, Long> pageFetches = site.hits().stream().filter(h -> h.status() == 200 && h.path().matches("/[ac]/.*"))
                    .collect(Collectors.groupingBy(FeedServer.Hit::path, Collectors.counting()));
            System.out.println("watch kill test: " + KILLS + " kills (after " + killedAfter + " ms), " + items + " items, "
                    + store(db) + " documents, 0 lost, 0 ingested twice; " + refetched
                    + " pages fetched again after a kill and found unchanged; page fetches " + pageFetches.values().stream()
                    .mapToLong(Long::longValue).sum() + " for " + pageFetches.size() + " pages");
        }
    }

    private static long store(String db) {
        try (EventStore s = EventStore.open(db)) {
            return s.documentSummaries().size();
        }
    }

    private static void addStory(FeedServer site, List<String[]> rss, int n) {
        site.page("/a/k" + n + ".html", Stories.html(n));
        rss.add(WatchTest.item("k" + n, "/a/k" + n + ".html", n));
    }

    private static Process start(String db, Path yaml, Path log, boolean once) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "org.frontline.cli.Main", "watch", "--db", db,
                "--warc-dir", yaml.getParent().resolve("warc").toString(), "--host-delay", "50ms", "--threads", "2"));
        if (once) {
            cmd.add("--once");
        }
        cmd.add(yaml.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
