package org.frontline.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.store.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * kill -9 during ingest, many times, at seeded random points: an ingest of a generated JSON
 * Lines corpus runs in a child JVM ({@link IngestChild}) and is killed; after every kill the store
 * must open, be sound, hold no half-written document (each stored document has exactly the
 * mentions a clean extract gives it) and no mention twice; after the kills, one more run must
 * finish the ingest, and the store must then equal a clean single run, row for row through the API.
 *
 * <p>The kills happen once per class ({@code @BeforeAll}); each property is its own test so one
 * bug does not hide the others.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CrashSafetyContract {
    static final boolean LONG = Boolean.getBoolean("frontline.long");
    private final List<String> problems = new ArrayList<>();
    private final List<String> kills = new ArrayList<>();
    private Map<String, Integer> reference;
    private Path corpus;
    private String db;
    private int finalExit;
    private String finalStderr;
    private Path work;

    /** A new, empty store for this run. */
    abstract String freshDb(Path work) throws Exception;

    /** "ok" when the store's own consistency check passes. */
    abstract String integrity(String db) throws Exception;

    abstract int documents();

    abstract int kills();

    abstract long seed();

    @BeforeAll
    void killRepeatedly() throws Exception {
        long t0 = System.nanoTime();
        work = Files.createTempDirectory("frontline-crash");
        corpus = SyntheticNews.writeJsonLines(work.resolve("corpus.jsonl"), seed(), 0, documents(), "doc");
        db = freshDb(work);
        reference = cleanExtractCounts();
        Random r = new Random(seed());
        // a child that finishes before its kill point interrupts nothing: go on until kills() real kills
        int real = 0;
        for (int k = 0; real < kills() && k < 3 * kills(); k++) {
            String kill = killOnce(r, k);
            kills.add(kill);
            real += kill.equals("finished") ? 0 : 1;
            checkAfterKill(k);
        }
        realKills = real;
        try (ChildJvm child = ChildJvm.start(IngestChild.class, "512m", work.resolve("final.err"), db, corpus.toString())) {
            finalExit = child.finish(300_000);
            finalStderr = child.stderrTail();
        }
        System.out.printf("%s: %d documents, %d kills in %.1f s: %s%n", getClass().getSimpleName(), documents(), kills(),
                (System.nanoTime() - t0) / 1e9, kills);
    }

    /** One child, killed after a random number of newly stored documents, or early (store opening, start-up). */
    private String killOnce(Random r, int k) throws Exception {
        boolean early = r.nextInt(5) == 0;
        int target = early ? 0 : r.nextInt(6);
        long delay = early ? r.nextInt(2500) : r.nextInt(250);
        try (ChildJvm child = ChildJvm.start(IngestChild.class, "512m", work.resolve("kill" + k + ".err"), db, corpus.toString())) {
            int stored = 0;
            while (!early && stored < target) {
                String l = child.next(120_000);
                if (l == null || l.equals(ChildJvm.EOF) || l.equals("done")) {
                    return "finished";
                }
                if (l.startsWith("stored ") && !l.contains(" UNCHANGED ")) {
                    stored++;
                }
            }
            Thread.sleep(delay);
            child.kill();
            return (early ? "start+" : target + " new+") + delay + "ms";
        }
    }

    private void checkAfterKill(int k) throws Exception {
        String integrity = integrity(db);
        if (!integrity.equals("ok")) {
            problems.add("kill " + k + ": integrity check: " + integrity);
        }
        try (EventStore s = EventStore.open(db)) {
            Map<String, Integer> counts = StoreView.mentionCounts(s);
            int present = 0;
            for (Map.Entry<String, Integer> ref : reference.entrySet()) {
                boolean stored = s.document(ref.getKey()).isPresent();
                int n = counts.getOrDefault(ref.getKey(), 0);
                present += stored ? 1 : 0;
                if (stored ? n != ref.getValue() : n != 0) {
                    problems.add("kill " + k + ": " + ref.getKey() + " half-written: " + n + " mentions stored, clean extract gives "
                            + ref.getValue() + (stored ? "" : " (document row missing)"));
                }
            }
            if (s.stats().documents() != present) {
                problems.add("kill " + k + ": " + s.stats().documents() + " document rows for " + present + " corpus documents");
            }
            String accounting = StoreView.mentionAccounting(s);
            if (accounting != null) {
                problems.add("kill " + k + ": " + accounting);
            }
        } catch (RuntimeException e) {
            problems.add("kill " + k + ": the store does not open or read: " + e);
        }
    }

    private Map<String, Integer> cleanExtractCounts() {
        Map<String, Integer> out = new TreeMap<>();
        try (Stream<org.frontline.model.DocumentResult> s = Frontline.standard(2).extract(List.of(corpus))) {
            s.forEach(d -> out.put(d.doc(), d.events().size()));
        }
        return out;
    }

    private int realKills;

    @Test
    void everyKillLeavesASoundStoreWithNoHalfWrittenOrDuplicatedDocument() {
        assertTrue(realKills >= kills(), "only " + realKills + " kills hit a running ingest: " + kills);
        assertTrue(problems.isEmpty(), String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
    }

    @Test
    void rerunningTheIngestCompletesIt() throws Exception {
        assertEquals(0, finalExit, finalStderr);
        try (EventStore s = EventStore.open(db)) {
            assertEquals(reference, withZeros(StoreView.mentionCounts(s)), "mentions per document after the final run");
            assertEquals(documents(), s.stats().documents());
        }
    }

    /** The final state after kills and a re-run equals one clean, uninterrupted run. */
    @Test
    void finalStateEqualsACleanSingleRun() throws Exception {
        String clean = freshDb(work);
        try (EventStore s = EventStore.open(clean); Stream<Frontline.Extracted> docs =
                Frontline.standard(2).extractWithArticles(List.of(corpus))) {
            Ingestion ingestion = new Ingestion(s, new EventClusterer());
            docs.forEach(ingestion::ingest);
        }
        try (EventStore a = EventStore.open(clean); EventStore b = EventStore.open(db)) {
            assertEquals(StoreView.checksum(a), StoreView.checksum(b),
                    "after kills " + kills + " and a re-run the store differs from a clean run: " + a.stats() + " vs " + b.stats()
                    + "\n" + StoreView.diff(a, b));
        }
    }

    private Map<String, Integer> withZeros(Map<String, Integer> counts) {
        Map<String, Integer> out = new TreeMap<>(counts);
        reference.keySet().forEach(d -> out.putIfAbsent(d, 0));
        return out;
    }
}
