package org.frontline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Map;

/** The readable tables and the one JSON line with every figure. */
public final class Report {
    /** Targets from the "Speed and scale" issue. */
    static final double TARGET_ARTICLES_PER_S = 250, TARGET_RATIO = 100, TARGET_HEAP_MB = 1536,
            TARGET_DEDUP_GROWTH = 1.5, TARGET_INGEST_EVENTS_PER_S = 1000, TARGET_ONE_EVENT_RATIO = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Report() {
    }

    public static void table(Bench.Results r, PrintStream out) {
        out.printf("Frontline bench: %d cores, Java %s, max heap %,d MB, load average %.1f before, %.1f after%n%n",
                r.cores(), r.java(), r.maxHeapMb(), r.loadBefore(), r.loadAfter());
        out.printf("%-26s %8s %9s %7s %9s %9s %9s %11s %10s %10s %9s%n", "corpus", "articles", "sentences", "threads",
                "art/s", "sent/s", "art/cpu-s", "heap MB", "CoreNLP", "(sample)", "ratio");
        out.printf("%-26s %8s %9s %7s %9s %9s %9s %11s %10s %10s %9s%n", "", "", "", "", "", "", "", "peak/live", "art/s", "", "x");
        for (Bench.CorpusResult c : r.corpora()) {
            for (Throughput.Run run : c.runs()) {
                Baseline.Result b = c.baseline();
                out.printf("%-26s %8d %9d %7d %9.1f %9.0f %9.1f %5.0f/%-5.0f %10s %10s %9s%n", c.name(), run.articles(),
                        run.sentences(), run.threads(), run.articlesPerS(), run.sentencesPerS(), run.articlesPerCpuSecond(),
                        run.heap().sampledMb(), run.heap().liveMb(),
                        b.absent() == null ? String.format("%.2f", b.articlesPerS()) : "absent",
                        b.absent() == null ? Long.toString(b.articles()) : "-",
                        b.absent() == null ? String.format("%.0f", run.articlesPerS() / b.articlesPerS()) : "-");
            }
        }
        out.printf("threads = workers per parallel step (cleaning, analysis); reading and deduplication have a thread"
                + " each,%nso a 1-thread run may use more than one core. art/cpu-s = articles per second of this"
                + " process' CPU time.%n");
        for (Bench.CorpusResult c : r.corpora()) {
            out.printf("%nTime per stage, %s (worker time summed over threads; front end measured apart, one thread):%n",
                    c.name());
            out.printf("  %-22s %10s %12s %12s%n", "stage", "ms (1 thr)", "us/article", "ms (" + r.threads() + " thr)");
            FrontEnd.Cost f = c.cost();
            stage(out, "front: read", f.readMs(), f.documents(), null);
            stage(out, "front: clean", f.cleanMs(), f.documents(), null);
            stage(out, "front: dedup", f.dedupMs(), f.documents(), null);
            Throughput.Run one = c.runs().get(0), all = c.runs().get(c.runs().size() - 1);
            double passes = (double) one.articles() / Math.max(1, f.documents());
            for (Map.Entry<String, Double> e : one.stagesMs().entrySet()) {
                Double other = all == one ? null : all.stagesMs().get(e.getKey());
                stage(out, e.getKey(), e.getValue() / passes, f.documents(),
                        other == null ? null : other / ((double) all.articles() / Math.max(1, f.documents())));
            }
            if (c.baseline().absent() == null) {
                out.printf("  CoreNLP: %d articles, %d sentences in %.1f s (+%.1f s loading models): %.2f art/s, %.1f sent/s%n",
                        c.baseline().articles(), c.baseline().sentences(), c.baseline().seconds(),
                        c.baseline().loadSeconds(), c.baseline().articlesPerS(), c.baseline().sentencesPerS());
            } else {
                out.println("  CoreNLP baseline absent: " + c.baseline().absent());
            }
        }
        if (!r.dedup().isEmpty()) {
            out.printf("%nDeduplication (NearDuplicateDetector.offer), cost per document as the index grows:%n");
            for (DedupBench.Point p : r.dedup()) {
                out.printf("  %,10d documents: %7.1f us/doc   (%d flagged as duplicates, heap %.0f MB)%n",
                        p.documents(), p.microsPerDoc(), p.duplicates(), p.liveHeapMb());
            }
        }
        if (r.ingest() != null) {
            IngestBench.Result i = r.ingest();
            out.printf("%nSQLite ingest: %,d documents, %,d events in %.1f s: %,.0f events/s, %,.0f documents/s"
                    + " (store alone, no cluster rebuild: %.1f s, %,.0f events/s)%n", i.documents(), i.events(),
                    i.seconds(), i.eventsPerS(), i.documentsPerS(), i.storeOnlySeconds(), i.storeOnlyEventsPerS());
        }
        if (r.oneEvent() != null) {
            ClusterGrowthBench.Result g = r.oneEvent();
            out.printf("%nSQLite ingest, reports of one event against reports of different events (issue 16):%n");
            out.printf("  %,d reports of one event:        %7.1f s  (%,d events stored, the largest told by %,d reports)%n",
                    g.documents(), g.oneEventSeconds(), g.oneEventEvents(), g.largest());
            out.printf("  %,d reports of different events: %7.1f s  (%,d events stored)%n", g.documents(), g.apartSeconds(),
                    g.apartEvents());
            out.printf("  ratio %.2f (target <= %.0f)%n", g.ratio(), TARGET_ONE_EVENT_RATIO);
        }
        out.println();
        Targets.print(r, out);
    }

    private static void stage(PrintStream out, String name, double ms, long docs, Double msAll) {
        out.printf("  %-22s %10.0f %12.1f %12s%n", name, ms, ms * 1000 / Math.max(1, docs),
                msAll == null ? "" : String.format("%.0f", msAll));
    }

    /** Every figure, one line. Ratios are Frontline / CoreNLP on the same articles. */
    public static String json(Bench.Results r) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("machine").put("cores", r.cores()).put("java", r.java()).put("max_heap_mb", r.maxHeapMb())
                .put("threads", r.threads()).put("load_average_before", round(r.loadBefore()))
                .put("load_average_after", round(r.loadAfter()));
        ArrayNode corpora = root.putArray("corpora");
        for (Bench.CorpusResult c : r.corpora()) {
            ObjectNode n = corpora.addObject().put("name", c.name()).put("articles", c.cost().documents())
                    .put("sentences", c.cost().sentences()).put("characters", c.cost().characters());
            n.putObject("front_end_ms").put("read", round(c.cost().readMs())).put("clean", round(c.cost().cleanMs()))
                    .put("dedup", round(c.cost().dedupMs()));
            ArrayNode runs = n.putArray("runs");
            for (Throughput.Run run : c.runs()) {
                ObjectNode rn = runs.addObject().put("threads", run.threads()).put("articles", run.articles())
                        .put("sentences", run.sentences()).put("events", run.events()).put("seconds", round(run.seconds()))
                        .put("cpu_seconds", round(run.cpuSeconds())).put("articles_per_cpu_s", round(run.articlesPerCpuSecond()))
                        .put("articles_per_s", round(run.articlesPerS())).put("sentences_per_s", round(run.sentencesPerS()))
                        .put("peak_heap_mb", round(run.heap().sampledMb())).put("peak_live_heap_mb", round(run.heap().liveMb()));
                ObjectNode st = rn.putObject("stages_ms");
                run.stagesMs().forEach((k, v) -> st.put(k, round(v)));
                if (c.baseline().absent() == null) {
                    rn.put("ratio_articles_per_s", round(run.articlesPerS() / c.baseline().articlesPerS()));
                    rn.put("ratio_sentences_per_s", round(run.sentencesPerS() / c.baseline().sentencesPerS()));
                }
            }
            Baseline.Result b = c.baseline();
            ObjectNode bn = n.putObject("corenlp");
            if (b.absent() == null) {
                bn.put("articles", b.articles()).put("sentences", b.sentences()).put("seconds", b.seconds())
                        .put("load_seconds", b.loadSeconds()).put("articles_per_s", round(b.articlesPerS()))
                        .put("sentences_per_s", round(b.sentencesPerS()));
            } else {
                bn.put("absent", b.absent());
            }
        }
        ArrayNode dd = root.putArray("dedup");
        for (DedupBench.Point p : r.dedup()) {
            dd.addObject().put("documents", p.documents()).put("us_per_doc", round(p.microsPerDoc()))
                    .put("duplicates", p.duplicates()).put("heap_mb", round(p.liveHeapMb()));
        }
        if (r.ingest() != null) {
            root.putObject("ingest").put("documents", r.ingest().documents()).put("events", r.ingest().events())
                    .put("seconds", round(r.ingest().seconds())).put("events_per_s", round(r.ingest().eventsPerS()))
                    .put("store_only_seconds", round(r.ingest().storeOnlySeconds()))
                    .put("store_only_events_per_s", round(r.ingest().storeOnlyEventsPerS()));
        }
        if (r.oneEvent() != null) {
            ClusterGrowthBench.Result g = r.oneEvent();
            root.putObject("one_event_ingest").put("documents", g.documents()).put("one_event_seconds", round(g.oneEventSeconds()))
                    .put("one_event_events", g.oneEventEvents()).put("largest_event_reports", g.largest())
                    .put("different_events_seconds", round(g.apartSeconds())).put("different_events_events", g.apartEvents())
                    .put("ratio", round(g.ratio()));
        }
        Targets.put(r, root.putObject("targets"));
        return root.toString();
    }

    static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : -1;
    }
}
