package org.frontline.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.frontline.Frontline;
import org.frontline.model.OutsideDates;
import org.frontline.read.DocumentReader;
import org.frontline.store.EventStore;
import org.frontline.store.WatchLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one window a kill can hit between two commits: the item's document is stored, its ledger row
 * still says pending. Reproduced exactly (no timing luck): the next run fetches the page again,
 * the store finds it unchanged, and the item is marked done with nothing stored twice.
 */
class WatchCrashWindowTest {
    @TempDir
    Path tmp;

    @Test
    void storedButNotMarkedDoneIsFinishedOnceOnRestart() throws Exception {
        try (FeedServer site = new FeedServer()) {
            site.page("/a/w1.html", Stories.html(3));
            List<String[]> rss = new ArrayList<>();
            rss.add(WatchTest.item("w1", "/a/w1.html", 3));
            site.rss(rss);
            Source source = new Source(site.base() + "/feed.rss", SourceKind.RSS, Duration.ofMinutes(1), null, null);
            String db = tmp.resolve("w.db").toString();
            CrawlPolicy policy = CrawlPolicy.standard().withHostDelay(Duration.ofMillis(20));
            String url = Urls.canonical(site.base() + "/a/w1.html");
            String doc = Urls.docId(url);

            // the first run: claimed, fetched, stored ... and killed before the ledger says done
            try (EventStore store = EventStore.open(db); WatchLedger ledger = WatchLedger.open(db);
                 PoliteFetcher fetcher = new PoliteFetcher(policy, null, Clock.systemUTC())) {
                assertEquals(WatchLedger.Claim.NEW, ledger.claim(source.id(), "w1", url, doc, null, null, Watcher.MAX_ATTEMPTS));
                Fetched page = fetcher.get(URI.create(url), null, null, null);
                DocumentSink.Stored first = new IngestSink(store, Frontline.standard(1)).store(DocumentReader.fetched(doc, url,
                        page.body(), page.contentType(), null, null, new OutsideDates(null, null, null)), null);
                assertEquals("NEW", first.outcome());
                assertEquals("pending", ledger.state(source.id(), "w1").orElseThrow());
            }

            // the restart
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            try (EventStore store = EventStore.open(db); WatchLedger ledger = WatchLedger.open(db);
                 PoliteFetcher fetcher = new PoliteFetcher(policy, null, Clock.systemUTC())) {
                Watcher w = new Watcher(fetcher, ledger, new IngestSink(store, Frontline.standard(1)),
                        new WatchLog(new PrintStream(log, true, StandardCharsets.UTF_8), Clock.systemUTC(), false),
                        Clock.systemUTC(), Duration.ofSeconds(2));
                Watcher.Poll p = w.poll(source);
                assertTrue(p.ok(), p.toString());
                assertEquals(1, p.stored());
                assertEquals(0, p.fresh(), "not a new item");
                assertEquals("done", ledger.state(source.id(), "w1").orElseThrow());
                assertEquals(1, store.documentSummaries().size());
                assertTrue(log.toString(StandardCharsets.UTF_8).contains("as " + doc + " (unchanged,"), log.toString(StandardCharsets.UTF_8));
                assertEquals(0, w.poll(source).stored(), "and after that, nothing");
            }
        }
    }
}
