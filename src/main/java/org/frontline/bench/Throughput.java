package org.frontline.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.model.DocumentResult;

/**
 * End-to-end extraction speed: a warm-up (so the JIT has compiled the hot paths), then timed
 * passes through {@code Frontline.standard(threads).extract(paths)}, consuming every result as
 * a caller would. A small corpus is passed over repeatedly until {@code minSeconds} have gone by.
 */
final class Throughput {
    /** One timed measurement. {@code stagesMs} sums worker time per stage (all threads). */
    record Run(int threads, long articles, long sentences, long events, double seconds, double cpuSeconds,
               Map<String, Double> stagesMs, HeapWatch.Peak heap) {
        /**
         * Articles per second of this process' CPU time: on a machine shared with other jobs the
         * wall-clock rate drops with the load, this one much less (cores x this = the rate the
         * cores would give if they were ours alone).
         */
        double articlesPerCpuSecond() {
            return articles / cpuSeconds;
        }

        double articlesPerS() {
            return articles / seconds;
        }

        double sentencesPerS() {
            return sentences / seconds;
        }
    }

    private Throughput() {
    }

    /** Runs {@code paths} through extraction until at least {@code minDocs} documents or {@code minSeconds}. */
    static void warmUp(List<Path> paths, int threads, long minDocs, double minSeconds) {
        long start = System.nanoTime();
        long docs = 0;
        do {
            docs += pass(Frontline.standard(threads), paths)[0];
        } while (docs < minDocs && (System.nanoTime() - start) / 1e9 < minSeconds);
    }

    /**
     * Timed passes over {@code paths}; {@code sentencesPerPass} comes from {@link FrontEnd} (the
     * pipeline does not expose its sentence layer, and counting here would add to the timing).
     */
    static Run measure(List<Path> paths, int threads, long sentencesPerPass, double minSeconds) {
        Frontline f = Frontline.standard(threads);
        HeapWatch heap = new HeapWatch();
        long cpu0 = cpuNanos();
        long start = System.nanoTime();
        long articles = 0, sentences = 0, events = 0;
        double seconds;
        do {
            long[] r = pass(f, paths);
            articles += r[0];
            events += r[1];
            sentences += sentencesPerPass;
            seconds = (System.nanoTime() - start) / 1e9;
        } while (seconds < minSeconds);
        double cpu = (cpuNanos() - cpu0) / 1e9;
        HeapWatch.Peak peak = heap.stop();
        return new Run(threads, articles, sentences, events, seconds, cpu, f.timer().millis(), peak);
    }

    /** CPU time of the whole process (workers, caller, GC, JIT). */
    static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** One pass; returns {documents, events}. */
    private static long[] pass(Frontline f, List<Path> paths) {
        long docs = 0, events = 0;
        try (Stream<DocumentResult> results = f.extract(paths)) {
            for (DocumentResult r : (Iterable<DocumentResult>) results::iterator) {
                docs++;
                events += r.events().size();
            }
        }
        return new long[]{docs, events};
    }
}
