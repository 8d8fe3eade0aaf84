package org.frontline.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontline.bench.Bench;
import org.frontline.bench.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code frontline bench}: speed, memory and scale figures, with CoreNLP as the baseline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures extraction speed (articles/s, sentences/s, time per stage, peak heap) on 1 thread "
                + "and all cores, deduplication cost per document at growing sizes, and SQLite ingest speed; "
                + "runs Stanford CoreNLP (bench-corenlp/, GPL-3.0, built separately) on the same articles.",
                "Prints tables, then one JSON line with every figure."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR|FILE", description = "corpus to measure (repeatable; default: ../shared/corpus/seeds and dev when present)")
    List<Path> corpora = List.of();

    @Option(names = "--generate", paramLabel = "N", defaultValue = "10000", description = "generated articles to measure (0 = none). Default: ${DEFAULT-VALUE}")
    long generate;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0", description = "threads for the multi-core runs (default: all cores)")
    int threads;

    @Option(names = "--baseline", paramLabel = "PATH_TO_COMMAND|none",
            description = "CoreNLP baseline command (default: bench-corenlp/corenlp-bench when built; none = skip)")
    String baseline;

    @Option(names = "--baseline-sample", paramLabel = "N", defaultValue = "200", description = "generated articles CoreNLP reads. Default: ${DEFAULT-VALUE}")
    int baselineSample;

    @Option(names = "--dedup-sizes", paramLabel = "N,N,...", split = ",", defaultValue = "10000,100000,1000000",
            description = "index sizes for the deduplication cost (0 = skip). Default: ${DEFAULT-VALUE}")
    List<Long> dedupSizes;

    @Option(names = "--ingest-docs", paramLabel = "N", defaultValue = "1000", description = "generated documents stored in SQLite (0 = skip). Default: ${DEFAULT-VALUE}")
    int ingestDocs;

    @Option(names = "--ingest-onto", paramLabel = "FILE",
            description = "time the SQLite ingest on top of a copy of this store (e.g. one filled by bench --api --fill-only) instead of an empty one")
    Path ingestOnto;

    @Option(names = "--one-event-docs", paramLabel = "N", defaultValue = "10000",
            description = "reports of one event ingested into SQLite, timed against as many reports of different events (0 = skip). Default: ${DEFAULT-VALUE}")
    int oneEventDocs;

    @Option(names = "--seed", defaultValue = "1", description = "generator seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--min-seconds", defaultValue = "5", description = "a small corpus is passed over until this many seconds. Default: ${DEFAULT-VALUE}")
    double minSeconds;

    @Option(names = "--json", description = "print only the JSON line on stdout (tables go to stderr)")
    boolean json;

    @Option(names = "--api", description = "instead: the API under load (loopback only) on a store of --events generated events, "
            + "reads at each --clients count for --seconds while an ingest posts reports; p50/p95/p99 and answers/s by kind")
    boolean api;

    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000", description = "--api: events in the store. Default: ${DEFAULT-VALUE}")
    long events;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "bench-api.db",
            description = "--api: the SQLite store, filled up to --events when it holds fewer. Default: ${DEFAULT-VALUE}")
    Path db;

    @Option(names = "--clients", paramLabel = "N,N,...", split = ",", defaultValue = "1,16,64,200",
            description = "--api: concurrent clients, one run each. Default: ${DEFAULT-VALUE}")
    List<Integer> clients;

    @Option(names = "--seconds", defaultValue = "20", description = "--api: seconds per client count. Default: ${DEFAULT-VALUE}")
    double seconds;

    @Option(names = "--fill-only", description = "--api: fill the store up to --events, then stop (no server, no reads)")
    boolean fillOnly;

    @Override
    public Integer call() throws Exception {
        if (api) {
            if (events < 1 || seconds <= 0 || seconds > 600 || clients.stream().anyMatch(c -> c < 1 || c > 1000)) {
                System.err.println("frontline bench --api: events >= 1, seconds in (0, 600], clients in [1, 1000]");
                return 2;
            }
            org.frontline.bench.ApiBench.run(new org.frontline.bench.ApiBench.Options(events, db, clients, seconds, seed, fillOnly),
                    new PrintStream(System.out, true, StandardCharsets.UTF_8));
            return 0;
        }
        if (ingestOnto != null && !Files.isRegularFile(ingestOnto)) {
            System.err.println("frontline bench: no such store: " + ingestOnto);
            return 2;
        }
        for (Path p : corpora) {
            if (!Files.exists(p)) {
                System.err.println("frontline bench: no such file or folder: " + p);
                return 2;
            }
        }
        if (generate < 0 || ingestDocs < 0 || oneEventDocs < 0 || baselineSample < 1 || dedupSizes.stream().anyMatch(n -> n < 0 || n > 0 && n < 10)) {
            System.err.println("frontline bench: sizes must be positive (dedup sizes at least 10, or 0 to skip)");
            return 2;
        }
        List<Long> sizes = dedupSizes.stream().filter(n -> n > 0).sorted().toList();
        Bench.Results r = Bench.run(new Bench.Options(corpora, generate, threads, baseline, sizes, ingestDocs,
                baselineSample, seed, minSeconds, oneEventDocs, ingestOnto), System.err);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Report.table(r, json ? System.err : out);
        out.println(Report.json(r));
        return 0;
    }
}
