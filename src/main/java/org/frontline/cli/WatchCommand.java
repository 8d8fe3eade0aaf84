package org.frontline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontline.Frontline;
import org.frontline.store.EventStore;
import org.frontline.store.WatchLedger;
import org.frontline.watch.CrawlPolicy;
import org.frontline.watch.IngestSink;
import org.frontline.watch.PoliteFetcher;
import org.frontline.watch.Source;
import org.frontline.watch.SourcesFile;
import org.frontline.watch.WatchLog;
import org.frontline.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code frontline watch}: follow feeds, sitemaps and folders; ingest every new item once. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follows the sources in SOURCES (sources.yaml or .toml) and ingests every new item once.",
                "Runs until stopped; --once polls each source once (for cron); --status shows each source's state."})
final class WatchCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCES", description = "sources.yaml or sources.toml")
    Path sources;

    @Option(names = "--once", description = "poll every source once, then exit (1 when any source failed)")
    boolean once;

    @Option(names = "--status", description = "print each source's last poll, last error, items seen and events made, then exit")
    boolean status;

    @Option(names = "--warc-dir", defaultValue = "warc", paramLabel = "DIR",
            description = "where every response is kept as rolling .warc.gz files (default: ${DEFAULT-VALUE}; 'none' to keep none)")
    String warcDir;

    @Option(names = "--warc-file-mb", defaultValue = "1024", paramLabel = "MB", description = "roll WARC files at this size (default: ${DEFAULT-VALUE})")
    long warcFileMb;

    @Option(names = "--host-delay", defaultValue = "2s", paramLabel = "DURATION",
            description = "least time between two requests to one host (default: ${DEFAULT-VALUE}; robots.txt Crawl-delay wins when longer)")
    String hostDelay;

    @Option(names = "--timeout", defaultValue = "30s", paramLabel = "DURATION", description = "per connection and per response (default: ${DEFAULT-VALUE})")
    String timeout;

    @Option(names = "--max-page-mb", defaultValue = "10", paramLabel = "MB", description = "largest response read (default: ${DEFAULT-VALUE})")
    long maxPageMb;

    @Option(names = "--threads", defaultValue = "4", paramLabel = "N", description = "sources polled at once (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--folder-settle", defaultValue = "2s", paramLabel = "DURATION",
            description = "a dropped file is read once unchanged this long (default: ${DEFAULT-VALUE})")
    String folderSettle;

    @Option(names = "--quiet", description = "log only warnings")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (status) {
            return printStatus();
        }
        if (sources == null) {
            System.err.println("frontline watch: name the sources file (sources.yaml), or use --status");
            return 2;
        }
        List<Source> list;
        CrawlPolicy policy;
        Duration settle;
        try {
            list = SourcesFile.read(sources);
            policy = CrawlPolicy.standard().withHostDelay(SourcesFile.parseDuration(hostDelay))
                    .withTimeout(SourcesFile.parseDuration(timeout)).withMaxBytes(maxPageMb << 20);
            settle = SourcesFile.parseDuration(folderSettle);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("frontline watch: " + e.getMessage());
            return 2;
        }
        if (list.isEmpty()) {
            System.err.println("frontline watch: " + sources + " lists no sources");
            return 2;
        }
        WatchLog log = new WatchLog(System.err, Clock.systemUTC(), quiet);
        Path warc = warcDir.equals("none") ? null : Path.of(warcDir);
        try (EventStore store = EventStore.open(db.db);
             WatchLedger ledger = WatchLedger.open(db.db);
             PoliteFetcher fetcher = PoliteFetcher.create(policy, warc, warcFileMb << 20)) {
            Watcher watcher = new Watcher(fetcher, ledger, new IngestSink(store, Frontline.standard(2)), log, Clock.systemUTC(), settle);
            log.info("watching " + list.size() + " sources; store " + db.db + (warc == null ? "" : "; WARC in " + warc.toAbsolutePath()));
            if (once) {
                List<Watcher.Poll> polls = watcher.once(list, threads);
                long bad = polls.stream().filter(p -> !p.ok()).count();
                log.info("done: " + polls.stream().mapToInt(Watcher.Poll::stored).sum() + " items stored, "
                        + polls.stream().mapToInt(Watcher.Poll::events).sum() + " events, " + bad + " sources failed");
                return bad == 0 ? 0 : 1;
            }
            Thread main = Thread.currentThread();
            Thread hook = new Thread(main::interrupt, "watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                watcher.forever(list, threads);
            } catch (InterruptedException stopping) {
                log.info("stopping");
            }
            return 0;
        }
    }

    private int printStatus() {
        String existing;
        try {
            existing = db.existing();
        } catch (DbOption.MissingStore e) {
            System.err.println("frontline watch: " + e.getMessage());
            return 2;
        }
        try (WatchLedger ledger = WatchLedger.open(existing)) {
            List<WatchLedger.SourceStatus> all = ledger.sources();
            if (all.isEmpty()) {
                System.out.println("no source polled yet");
            }
            for (WatchLedger.SourceStatus s : all) {
                System.out.println(s.sourceId() + "  (" + s.kind() + (s.outlet() == null ? "" : ", " + s.outlet()) + ")");
                System.out.println("  last poll " + orNever(s.lastPoll()) + ", last success " + orNever(s.lastSuccess())
                        + ", " + s.polls() + " polls");
                System.out.println("  items seen " + s.itemsSeen() + ", stored " + s.itemsStored() + ", pending "
                        + s.itemsPending() + ", failed " + s.itemsFailed() + "; events made " + s.events());
                if (s.lastError() != null) {
                    System.out.println("  last error (" + s.consecutiveErrors() + " in a row): " + s.lastError());
                }
            }
        }
        return 0;
    }

    private static String orNever(String s) {
        return s == null ? "never" : s;
    }
}
