package org.frontline.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;

/** The targets, checked against the figures; a missing figure is "not measured". */
final class Targets {
    private Targets() {
    }

    static void put(Bench.Results r, ObjectNode out) {
        for (String[] t : verdicts(r)) {
            out.put(t[0], t[1]);
        }
    }

    static void print(Bench.Results r, PrintStream out) {
        out.println("Targets:");
        for (String[] t : verdicts(r)) {
            out.printf("  %-34s %s%n", t[0], t[1]);
        }
    }

    private static List<String[]> verdicts(Bench.Results r) {
        Throughput.Run gen = null;
        Bench.CorpusResult genCorpus = null;
        double heap = 0;
        for (Bench.CorpusResult c : r.corpora()) {
            for (Throughput.Run run : c.runs()) {
                heap = Math.max(heap, run.heap().sampledMb());
            }
            if (c.name().startsWith("generated")) {
                genCorpus = c;
                gen = c.runs().get(c.runs().size() - 1);
            }
        }
        String speed = gen == null ? "not measured"
                : verdict(gen.articlesPerS() >= Report.TARGET_ARTICLES_PER_S, "%.0f art/s on %d threads (>= 250)",
                gen.articlesPerS(), gen.threads());
        String ratio = "not measured (baseline absent)";
        for (Bench.CorpusResult c : r.corpora()) {
            if (c.baseline().absent() == null) {
                double x = c.runs().get(c.runs().size() - 1).articlesPerS() / c.baseline().articlesPerS();
                ratio = verdict(x >= Report.TARGET_RATIO, "%.0fx CoreNLP on %s (>= 100x)", x, c.name());
                if (c == genCorpus) {
                    break;
                }
            }
        }
        String heapV = verdict(heap <= Report.TARGET_HEAP_MB, "peak %.0f MB sampled (<= 1536; max heap %d MB)", heap, r.maxHeapMb());
        String dedup = "not measured";
        if (r.dedup().size() >= 2) {
            double growth = r.dedup().get(r.dedup().size() - 1).microsPerDoc() / r.dedup().get(0).microsPerDoc();
            dedup = verdict(growth <= Report.TARGET_DEDUP_GROWTH, "x%.2f from %,d to %,d documents (flat: <= x1.5)",
                    growth, r.dedup().get(0).documents(), r.dedup().get(r.dedup().size() - 1).documents());
        }
        String ingest = r.ingest() == null ? "not measured"
                : verdict(r.ingest().eventsPerS() >= Report.TARGET_INGEST_EVENTS_PER_S, "%.0f events/s (>= 1000)",
                r.ingest().eventsPerS());
        String oneEvent = r.oneEvent() == null ? "not measured"
                : verdict(r.oneEvent().ratio() <= Report.TARGET_ONE_EVENT_RATIO, "%.2fx the time of different events (<= 2x)",
                r.oneEvent().ratio());
        return List.of(new String[]{"articles_per_s", speed}, new String[]{"ratio_to_corenlp", ratio},
                new String[]{"peak_heap", heapV}, new String[]{"dedup_flat", dedup}, new String[]{"sqlite_ingest", ingest},
                new String[]{"one_event_ingest", oneEvent});
    }

    private static String verdict(boolean met, String format, Object... args) {
        return (met ? "MET: " : "MISSED: ") + String.format(format, args);
    }
}
