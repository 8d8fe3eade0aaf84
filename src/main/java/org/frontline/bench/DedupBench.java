package org.frontline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.frontline.dedup.NearDuplicateDetector;

/**
 * Cost per document of near-duplicate detection as the index grows: one detector (built as
 * {@code Frontline} builds it) is offered generated texts up to the largest size; at each size
 * the cost is the mean over the last tenth of the documents before it (so an index resize that
 * falls in that window is counted, as it would be in production). Texts are generated on
 * another thread and only {@code offer} is timed.
 */
final class DedupBench {
    /** Cost at one index size; {@code duplicates} counts documents flagged so far (should be 0). */
    record Point(long documents, double microsPerDoc, long duplicates, double liveHeapMb) {
    }

    private static final String END = new String("end");
    private static final int WARM_UP = 3000;

    private DedupBench() {
    }

    static List<Point> measure(CorpusGenerator gen, long seedOffset, List<Long> sizes, java.io.PrintStream log) {
        long max = sizes.stream().mapToLong(Long::longValue).max().orElse(0);
        BlockingQueue<String> texts = new ArrayBlockingQueue<>(4096);
        Thread producer = new Thread(() -> {
            try {
                for (long i = 0; i < max; i++) {
                    texts.put(gen.article(seedOffset + i).text());
                }
                texts.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-dedup-texts");
        producer.setDaemon(true);
        producer.start();
        // warm-up on a throwaway detector: otherwise the first size pays for JIT compilation
        NearDuplicateDetector warm = new NearDuplicateDetector();
        for (long i = 0; i < WARM_UP; i++) {
            warm.offer("w" + i, gen.article(seedOffset - 1 - i).text());
        }
        NearDuplicateDetector dedup = new NearDuplicateDetector();
        List<Point> out = new ArrayList<>();
        long windowNanos = 0, duplicates = 0;
        long n = 0;
        try {
            for (String text = texts.take(); text != END; text = texts.take()) {
                long t0 = System.nanoTime();
                String dup = dedup.offer("d" + n, text);
                long dt = System.nanoTime() - t0;
                n++;
                duplicates += dup == null ? 0 : 1;
                for (long size : sizes) {
                    if (n > size - size / 10 && n <= size) {
                        windowNanos += dt;
                    }
                    if (n == size) {
                        Runtime rt = Runtime.getRuntime();
                        out.add(new Point(size, windowNanos / 1e3 / (size / 10), duplicates,
                                (rt.totalMemory() - rt.freeMemory()) / 1048576.0));
                        log.printf("bench: dedup at %,d documents: %.1f us/doc%n", size, out.get(out.size() - 1).microsPerDoc());
                        windowNanos = 0;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            producer.interrupt();
        }
        return out;
    }
}
