package org.frontline.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.frontline.model.OutsideDates;
import org.frontline.model.RawDocument;
import org.frontline.read.DocumentReader;
import org.frontline.store.WatchLedger;

/**
 * Follows sources: polls each (conditionally), claims every item it has not stored, fetches its
 * page, and hands it to the sink; records each poll and item in the ledger. One source's failure
 * is that source's error in the status and the log, never the others'.
 */
public final class Watcher {
    /** How often a failed page is tried again when a listing names it again. */
    static final int MAX_ATTEMPTS = 3;
    private final Fetcher fetcher;
    private final WatchLedger ledger;
    private final DocumentSink sink;
    private final WatchLog log;
    private final Clock clock;
    private final Duration folderSettle;

    /** What one poll of one source did. */
    public record Poll(String source, int listed, int fresh, int stored, int failed, int events, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    public Watcher(Fetcher fetcher, WatchLedger ledger, DocumentSink sink, WatchLog log, Clock clock, Duration folderSettle) {
        this.fetcher = fetcher;
        this.ledger = ledger;
        this.sink = sink;
        this.log = log;
        this.clock = clock;
        this.folderSettle = folderSettle;
    }

    /** Polls every source once, {@code threads} at a time, and waits for all of them. */
    public List<Poll> once(List<Source> sources, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, sources.size())));
        try {
            List<Future<Poll>> futures = new ArrayList<>();
            for (Source s : sources) {
                futures.add(pool.submit(() -> poll(s)));
            }
            List<Poll> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (Exception e) {
                    out.add(new Poll(sources.get(i).id(), 0, 0, 0, 0, 0, String.valueOf(e)));
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Polls every source again and again, each its interval after its last poll ended, until the
     * thread is interrupted (the service stopping).
     */
    public void forever(List<Source> sources, int threads) throws InterruptedException {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(Math.max(1, Math.min(threads, sources.size())));
        try {
            for (Source s : sources) {
                pool.scheduleWithFixedDelay(() -> poll(s), 0, s.interval().toMillis(), TimeUnit.MILLISECONDS);
            }
            while (true) {
                Thread.sleep(Long.MAX_VALUE);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    /** One poll of one source; never throws. */
    public Poll poll(Source s) {
        Counts c = new Counts();
        try {
            if (s.kind() == SourceKind.FOLDER) {
                pollFolder(s, c);
                ledger.polled(s.id(), s.kind().spelling(), s.outlet(), null, null);
            } else {
                WatchLedger.Validators v = ledger.validators(s.id());
                Set<String> done = new HashSet<>();
                // items a kill or an outage left unstored first, even when the listing no longer names them
                for (WatchLedger.Pending p : ledger.unfinished(s.id(), MAX_ATTEMPTS)) {
                    done.add(p.itemKey());
                    fetchAndStore(s, p.itemKey(), p.url(), p.docId(), p.title(),
                            p.published() == null ? null : Instant.parse(p.published()), c);
                }
                Fetched f = fetcher.get(URI.create(s.location()), v.etag(), v.lastModified(), null);
                if (!f.notModified()) {
                    List<FeedItem> items = ItemReader.of(s.kind()).items(f.body(), f.uri());
                    c.listed = items.size();
                    for (FeedItem item : items) {
                        if (done.add(item.key())) {
                            offer(s, item, c);
                        }
                    }
                }
                ledger.polled(s.id(), s.kind().spelling(), s.outlet(), new WatchLedger.Validators(f.etag(), f.lastModified()), null);
            }
            Poll p = new Poll(s.id(), c.listed, c.fresh, c.stored, c.failed, c.events, null);
            log.info(s.id() + ": " + (c.listed < 0 ? "not modified" : c.listed + " listed") + ", " + c.fresh + " new, "
                    + c.stored + " stored (" + c.events + " events), " + c.failed + " failed");
            return p;
        } catch (Exception | StackOverflowError e) {
            String error = e instanceof IOException ? e.getMessage() : e.toString();
            log.warn(s.id() + ": poll failed: " + error);
            try {
                ledger.polled(s.id(), s.kind().spelling(), s.outlet(), null, error);
            } catch (RuntimeException stored) {
                log.warn(s.id() + ": cannot record the failure: " + stored.getMessage());
            }
            return new Poll(s.id(), Math.max(0, c.listed), c.fresh, c.stored, c.failed, c.events, error);
        }
    }

    private static final class Counts {
        int listed = -1;
        int fresh;
        int stored;
        int failed;
        int events;
    }

    private void offer(Source s, FeedItem item, Counts c) {
        String url = Urls.canonical(item.url());
        String doc = Urls.docId(url);
        WatchLedger.Claim claim = ledger.claim(s.id(), item.key(), url, doc, item.title(),
                item.published() == null ? null : item.published().toString(), MAX_ATTEMPTS);
        if (claim == WatchLedger.Claim.SEEN) {
            return;
        }
        if (claim == WatchLedger.Claim.NEW) {
            c.fresh++;
        }
        fetchAndStore(s, item.key(), url, doc, item.title(), item.published(), c);
    }

    private void fetchAndStore(Source s, String key, String url, String doc, String title, Instant published, Counts c) {
        try {
            LocalDate day = published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC);
            Fetched page = fetcher.get(URI.create(url), null, null, new ArchiveTag(URI.create(doc), title, day));
            LocalDate fetchedDay = LocalDate.ofInstant(page.fetchedAt(), ZoneOffset.UTC);
            RawDocument raw = DocumentReader.fetched(doc, url, page.body(), page.contentType(), title, day,
                    new OutsideDates(null, fetchedDay, null));
            DocumentSink.Stored st = sink.store(raw, s.outlet());
            if (st.ok()) {
                ledger.done(s.id(), key, st.events());
                c.stored++;
                c.events += st.events();
                log.info(s.id() + ": stored " + url + " as " + doc + " (" + st.outcome().toLowerCase(Locale.ROOT) + ", "
                        + st.events() + " events)");
            } else {
                ledger.failed(s.id(), key, st.error(), false, false);
                c.failed++;
                log.warn(s.id() + ": cannot store " + url + ": " + st.error());
            }
        } catch (FetchException e) {
            ledger.failed(s.id(), key, e.getMessage(), e.kind() != FetchException.Kind.TRANSIENT, e.kind() == FetchException.Kind.REFUSED);
            c.failed++;
            log.warn(s.id() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            ledger.failed(s.id(), key, "bad URL: " + e.getMessage(), true, true);
            c.failed++;
            log.warn(s.id() + ": bad URL " + url + ": " + e.getMessage());
        }
    }

    /** Files dropped into a folder: each new or changed file is an item, once it has settled. */
    private void pollFolder(Source s, Counts c) throws IOException {
        Path root = Path.of(s.location());
        if (!Files.isDirectory(root)) {
            throw new IOException("no such folder: " + root);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(Watcher::readable).sorted().toList();
        }
        c.listed = files.size();
        Instant settled = clock.instant().minus(folderSettle);
        for (Path f : files) {
            Instant modified;
            long size;
            try {
                modified = Files.getLastModifiedTime(f).toInstant();
                size = Files.size(f);
            } catch (IOException gone) {
                continue; // moved away between listing and looking
            }
            if (modified.isAfter(settled)) {
                continue; // perhaps still being written: next poll
            }
            String rel = root.relativize(f).toString();
            String key = rel + "@" + size + ":" + modified.toEpochMilli();
            String url = f.toUri() + "?v=" + size + "-" + modified.toEpochMilli();
            WatchLedger.Claim claim = ledger.claim(s.id(), key, url, rel, null, null, MAX_ATTEMPTS);
            if (claim == WatchLedger.Claim.SEEN) {
                continue;
            }
            if (claim == WatchLedger.Claim.NEW) {
                c.fresh++;
            }
            List<DocumentSink.Stored> stored = sink.storeFile(f, s.outlet());
            List<String> errors = stored.stream().filter(x -> !x.ok()).map(DocumentSink.Stored::error).toList();
            int events = stored.stream().mapToInt(DocumentSink.Stored::events).sum();
            if (errors.isEmpty()) {
                ledger.done(s.id(), key, events);
                c.stored++;
                c.events += events;
                log.info(s.id() + ": stored " + rel + " (" + stored.size() + " documents, " + events + " events)");
            } else {
                ledger.failed(s.id(), key, errors.get(0), false, false);
                c.failed++;
                log.warn(s.id() + ": cannot store " + rel + ": " + errors.get(0));
            }
        }
    }

    private static boolean readable(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || n.endsWith(".tmp") || n.endsWith(".part") || n.endsWith(".partial")) {
            return false;
        }
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt") || n.endsWith(".jsonl")
                || n.endsWith(".ndjson") || n.endsWith(".warc") || n.endsWith(".warc.gz");
    }
}
