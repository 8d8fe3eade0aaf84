package org.frontline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.reason.EventClusterer;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.IngestOutcome;
import org.frontline.store.StoredEvent;
import org.frontline.testing.SharedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest end to end on SQLite: stored events do not depend on the order documents arrive in. */
class IngestionTest {
    private static List<Frontline.Extracted> docs;

    @BeforeAll
    static void extract() {
        List<Path> corpus = List.of(SharedCorpus.seeds(), SharedCorpus.dev());
        try (Stream<Frontline.Extracted> s = Frontline.standard().extractWithArticles(corpus)) {
            docs = s.toList();
        }
    }

    private static List<String> ingest(Path db, List<Frontline.Extracted> order) {
        try (EventStore store = EventStore.open(db.toString())) {
            Ingestion ingestion = new Ingestion(store, new EventClusterer());
            order.forEach(ingestion::ingest);
            // ids are first come, first kept (stable as reports join), so the order shows in them, not in the events
            return store.events(EventQuery.all().page(100_000, 0)).stream()
                    .map(e -> e.event().type() + " " + e.event().evidence() + " " + e.documents()).sorted().toList();
        }
    }

    @Test
    void storedEventsAreTheSameWhateverTheOrder(@TempDir Path tmp) {
        List<String> forward = ingest(tmp.resolve("a.db"), docs);
        for (int seed = 1; seed <= 3; seed++) {
            List<Frontline.Extracted> shuffled = new ArrayList<>(docs);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(forward, ingest(tmp.resolve("s" + seed + ".db"), shuffled), "order " + seed);
        }
    }

    @Test
    void theTwinReportsOfOneStoryMergeIntoEventsWithBothSources(@TempDir Path tmp) {
        try (EventStore store = EventStore.open(tmp.resolve("t.db").toString())) {
            Ingestion ingestion = new Ingestion(store, new EventClusterer());
            docs.forEach(ingestion::ingest);
            List<StoredEvent> alBab = store.events(EventQuery.all().type(org.frontline.model.EventType.SIEGE));
            assertTrue(alBab.stream().anyMatch(e -> e.documents().containsAll(
                    List.of("000_b385c73c2cefacc7.txt", "001_d3d9863180e66ead.txt")) && e.corroboration() == 2), alBab.toString());
            long again = docs.stream().map(ingestion::ingest).filter(o -> o.kind() != IngestOutcome.Kind.UNCHANGED).count();
            assertEquals(0, again, "a second ingest of the same documents changes nothing");
        }
    }
}
