package org.frontline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.StoredEvent;

/**
 * Issue 16's row: SQLite ingest (store and clustering) of N reports of one event against N
 * reports of N different events, same shape of report (see {@link CorpusGenerator#report}).
 * Extraction is done first and not timed; the two ingests run one after the other into fresh
 * files, so both meet the same machine load as nearly as a shared machine allows.
 */
final class ClusterGrowthBench {

    /** {@code largest}: the biggest event's reports; the target is {@code ratio() <= 2}. */
    record Result(int documents, double oneEventSeconds, long oneEventEvents, long largest, double apartSeconds,
                  long apartEvents) {
        double ratio() {
            return oneEventSeconds / apartSeconds;
        }
    }

    private ClusterGrowthBench() {
    }

    static Result measure(CorpusGenerator gen, int documents, int threads, Path work) {
        List<Frontline.Extracted> same = extract(gen, documents, true, threads, work);
        List<Frontline.Extracted> apart = extract(gen, documents, false, threads, work);
        Ingested a = ingest(apart, work.resolve("apart.db"));
        Ingested s = ingest(same, work.resolve("same.db"));
        return new Result(documents, s.seconds(), s.events(), s.largest(), a.seconds(), a.events());
    }

    private record Ingested(double seconds, long events, long largest) {
    }

    private static List<Frontline.Extracted> extract(CorpusGenerator gen, int n, boolean sameEvent, int threads, Path work) {
        Path file = work.resolve(sameEvent ? "one-event.jsonl" : "apart.jsonl");
        gen.writeReports(file, n, sameEvent);
        try (Stream<Frontline.Extracted> s = Frontline.standard(threads).extractWithArticles(List.of(file))) {
            return s.toList();
        }
    }

    private static Ingested ingest(List<Frontline.Extracted> docs, Path db) {
        double seconds;
        long events, largest;
        try (EventStore store = EventStore.open(db.toString())) {
            Ingestion ingestion = new Ingestion(store, new EventClusterer());
            long start = System.nanoTime();
            docs.forEach(ingestion::ingest);
            seconds = (System.nanoTime() - start) / 1e9;
            // counted after the clock stops: reading every event back is not part of ingest
            List<StoredEvent> all = store.events(EventQuery.all().page(Integer.MAX_VALUE, 0));
            events = all.size();
            largest = all.stream().mapToLong(StoredEvent::corroboration).max().orElse(0);
        }
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(db + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Ingested(seconds, events, largest);
    }
}
