package org.frontline.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.store.EventStore;
import org.frontline.store.IngestOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill that {@link CrashSafetySqliteTest} finds by chance, placed exactly: Ingestion stores a
 * document in one transaction and rebuilds the clusters it touches in a second one, so a process
 * killed between the two leaves the document stored without its clustering. This test stops there
 * deterministically (store.ingest without the recluster) and re-runs the ingest.
 */
class CrashWindowTest {
    @TempDir
    static Path dir;
    private static List<Frontline.Extracted> docs;

    @BeforeAll
    static void extract() throws Exception {
        Path corpus = SyntheticNews.writeJsonLines(dir.resolve("c.jsonl"), 77, 0, 18, "w");
        try (Stream<Frontline.Extracted> s = Frontline.standard(2).extractWithArticles(List.of(corpus))) {
            docs = s.toList();
        }
    }

    /**
     * A document and its clusters are one transaction: a failure while clustering (here a planner
     * that dies half-way, as a kill would) leaves neither, and the re-run makes the store equal a
     * clean run. (It used to be two transactions, and a kill between them left the document
     * unclustered for good.)
     */
    @Test
    void aKillBetweenStoringAndClusteringIsRepairedByTheRerun() throws Exception {
        String clean = dir.resolve("clean.db").toString();
        try (EventStore s = EventStore.open(clean)) {
            Ingestion ingestion = new Ingestion(s, new EventClusterer());
            docs.forEach(ingestion::ingest);
        }
        String crashed = dir.resolve("crashed.db").toString();
        try (EventStore s = EventStore.open(crashed)) {
            Ingestion ingestion = new Ingestion(s, new EventClusterer());
            int k = docs.size() / 2;
            docs.subList(0, k).forEach(ingestion::ingest);
            Frontline.Extracted cut = docs.get(k);
            IngestOutcome o = s.ingest(cut.result(), cut.article(), (doc, added, replaced) -> {
                throw new IllegalStateException("killed while clustering " + doc);
            });
            assertEquals(IngestOutcome.Kind.FAILED, o.kind(), "the whole transaction rolled back");
            assertTrue(s.document(cut.result().doc()).isEmpty(), "no half-written document");
        }
        try (EventStore s = EventStore.open(crashed)) {
            Ingestion ingestion = new Ingestion(s, new EventClusterer());
            docs.forEach(ingestion::ingest); // the re-run
        }
        try (EventStore a = EventStore.open(clean); EventStore b = EventStore.open(crashed)) {
            assertEquals(a.stats(), b.stats());
            assertEquals(StoreView.checksum(a), StoreView.checksum(b), StoreView.diff(a, b));
        }
    }
}
