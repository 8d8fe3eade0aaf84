package org.frontline.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code frontline bench}: end-to-end throughput on the reference corpus and a generated one (on
 * 1 thread and on all cores, with time per stage and peak heap), deduplication cost per document
 * as the index grows, SQLite ingest speed, and the CoreNLP baseline on the same articles.
 */
public final class Bench {
    /** What to measure. Empty {@code corpora} = the reference corpus beside the repository. */
    /** {@code ingestOnto}: a store the ingest is timed on top of (a copy of it), instead of an empty one; null for empty. */
    public record Options(List<Path> corpora, long generate, int threads, String baseline, List<Long> dedupSizes,
                          int ingestDocs, int baselineSample, long seed, double minSeconds, int oneEventDocs,
                          Path ingestOnto) {
        public Options(List<Path> corpora, long generate, int threads, String baseline, List<Long> dedupSizes,
                       int ingestDocs, int baselineSample, long seed, double minSeconds, int oneEventDocs) {
            this(corpora, generate, threads, baseline, dedupSizes, ingestDocs, baselineSample, seed, minSeconds, oneEventDocs, null);
        }
    }

    /** Everything measured on one corpus. {@code baselineArticles} = how many the baseline read. */
    record CorpusResult(String name, FrontEnd.Cost cost, List<Throughput.Run> runs, Baseline.Result baseline,
                        long baselineArticles) {
    }

    /** All figures of one bench run. */
    public record Results(int cores, int threads, String java, long maxHeapMb, double loadBefore, double loadAfter,
                          List<CorpusResult> corpora, List<DedupBench.Point> dedup, IngestBench.Result ingest,
                          ClusterGrowthBench.Result oneEvent) {
    }

    private Bench() {
    }

    /** Runs the benchmark, printing progress to {@code log}; returns every figure. */
    public static Results run(Options o, PrintStream log) {
        Path work;
        try {
            work = Files.createTempDirectory("frontline-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return run(o, log, work);
        } finally {
            deleteTree(work);
        }
    }

    private static Results run(Options o, PrintStream log, Path work) {
        int cores = Runtime.getRuntime().availableProcessors();
        double loadBefore = load();
        int threads = o.threads() > 0 ? o.threads() : cores;
        Baseline baseline = Baseline.locate(o.baseline());
        if (!baseline.available()) {
            log.println("bench: CoreNLP baseline absent: " + baseline.absentReason());
        }
        List<CorpusResult> corpora = new ArrayList<>();
        List<Path> given = o.corpora().isEmpty() ? reference() : o.corpora();
        if (!given.isEmpty()) {
            String name = o.corpora().isEmpty() ? "reference (seeds+dev)" : "given";
            log.println("bench: " + name + ": " + given);
            corpora.add(measureCorpus(name, given, given, given, threads, o.minSeconds(), baseline, work, log));
        } else {
            log.println("bench: no reference corpus at ../shared/corpus (seeds, dev); measuring the generated one only");
        }
        CorpusGenerator gen = null;
        if (o.generate() > 0 || !o.dedupSizes().isEmpty() || o.ingestDocs() > 0 || o.oneEventDocs() > 0) {
            gen = new CorpusGenerator(o.seed());
        }
        if (o.generate() > 0) {
            Path file = work.resolve("generated.jsonl");
            long t0 = System.nanoTime();
            long bytes = gen.write(file, o.generate());
            log.printf("bench: generated %,d articles (%,d MB) in %.1f s%n", o.generate(), bytes >> 20,
                    (System.nanoTime() - t0) / 1e9);
            Path sample = work.resolve("sample.jsonl");
            long sampleSize = Math.min(o.baselineSample(), o.generate());
            gen.write(sample, sampleSize); // article i depends only on (seed, i): the corpus' first articles
            corpora.add(measureCorpus("generated (seed " + o.seed() + ")", List.of(file), List.of(sample), List.of(sample),
                    threads, 0, baseline, work, log));
        }
        List<DedupBench.Point> dedup = List.of();
        if (!o.dedupSizes().isEmpty()) {
            log.println("bench: deduplication at " + o.dedupSizes() + " documents");
            // texts from far beyond the corpus' indices: fresh articles, same distribution
            dedup = DedupBench.measure(gen, 1L << 40, o.dedupSizes(), log);
        }
        IngestBench.Result ingest = null;
        if (o.ingestDocs() > 0) {
            log.println("bench: SQLite ingest of " + o.ingestDocs() + " generated documents"
                    + (o.ingestOnto() == null ? "" : " onto a copy of " + o.ingestOnto()));
            Path file = work.resolve("ingest.jsonl");
            gen.write(file, o.ingestDocs());
            ingest = IngestBench.measure(file, threads, work, o.ingestOnto());
        }
        ClusterGrowthBench.Result oneEvent = null;
        if (o.oneEventDocs() > 0) {
            log.printf("bench: SQLite ingest of %,d reports of one event against %,d of different events%n",
                    o.oneEventDocs(), o.oneEventDocs());
            oneEvent = ClusterGrowthBench.measure(gen, o.oneEventDocs(), threads, work);
        }
        return new Results(cores, threads, System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory() >> 20, loadBefore, load(), corpora, dedup, ingest, oneEvent);
    }

    /** The 1-minute load average: other jobs on the machine depress every wall-clock figure. */
    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static CorpusResult measureCorpus(String name, List<Path> paths, List<Path> warm, List<Path> baselineInputs,
                                              int threads, double minSeconds, Baseline baseline, Path work, PrintStream log) {
        FrontEnd.Cost cost = FrontEnd.measure(paths);
        long baselineArticles = baselineInputs == paths ? cost.documents() : FrontEnd.measure(baselineInputs).documents();
        log.printf("bench: %s: %,d articles, %,d sentences; warming up%n", name, cost.documents(), cost.sentences());
        Throughput.warmUp(warm, threads, 300, 5);
        List<Throughput.Run> runs = new ArrayList<>();
        for (int t : threads == 1 ? List.of(1) : List.of(1, threads)) {
            log.printf("bench: %s: timing on %d thread(s)%n", name, t);
            runs.add(Throughput.measure(paths, t, cost.sentences(), minSeconds));
        }
        Baseline.Result b = Baseline.Result.absent(baseline.absentReason());
        if (baseline.available()) {
            log.printf("bench: %s: CoreNLP baseline on %d articles (about %d s)%n", name, baselineArticles,
                    20 + baselineArticles);
            b = baseline.run(baselineInputs, work.getParent().resolve("frontline-bench-corenlp-" + runsId(name) + ".log"), 120);
            if (b.absent() != null) {
                log.println("bench: CoreNLP baseline failed: " + b.absent());
            }
        }
        for (Throughput.Run run : runs) { // partial results survive an interrupted run
            log.printf("bench: %s: %d thread(s): %.1f art/s, %.0f sent/s, %.1f art/cpu-s, peak heap %.0f MB (live %.0f)%n",
                    name, run.threads(), run.articlesPerS(), run.sentencesPerS(), run.articlesPerCpuSecond(),
                    run.heap().sampledMb(), run.heap().liveMb());
        }
        if (b.absent() == null) {
            log.printf("bench: %s: CoreNLP %.2f art/s, %.1f sent/s on %d articles (load %.1f s)%n", name,
                    b.articlesPerS(), b.sentencesPerS(), b.articles(), b.loadSeconds());
        }
        return new CorpusResult(name, cost, runs, b, baselineArticles);
    }

    private static String runsId(String name) {
        return name.replaceAll("[^a-z]+", "-");
    }

    /** ../shared/corpus/{seeds,dev}, the reference corpus beside the repository, when present. */
    static List<Path> reference() {
        List<Path> out = new ArrayList<>();
        for (String s : new String[]{"seeds", "dev"}) {
            Path p = Path.of("..", "shared", "corpus", s);
            if (Files.isDirectory(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is not worth failing the run
        }
    }
}
