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
import org.frontline.store.EventStore;

/**
 * SQLite ingest speed: documents are extracted first (untimed), then stored through
 * {@link Ingestion} (one transaction per document, clusters rebuilt) into a fresh temp file.
 */
final class IngestBench {
    /**
     * {@code events} = event mentions stored; {@code seconds} through {@link Ingestion} (store +
     * cluster rebuild), {@code storeOnlySeconds} through {@code EventStore.ingest} alone into
     * another fresh file: the difference is what clustering costs.
     */
    record Result(long documents, long events, double seconds, double storeOnlySeconds) {
        double storeOnlyEventsPerS() {
            return events / storeOnlySeconds;
        }

        double eventsPerS() {
            return events / seconds;
        }

        double documentsPerS() {
            return documents / seconds;
        }
    }

    private IngestBench() {
    }

    /** {@code onto}: each timed ingest starts from a copy of this store (copied before the clock starts); null: from empty. */
    static Result measure(Path corpus, int threads, Path workDir, Path onto) {
        List<Frontline.Extracted> docs;
        try (Stream<Frontline.Extracted> s = Frontline.standard(threads).extractWithArticles(List.of(corpus))) {
            docs = s.toList();
        }
        long[] events = new long[1];
        double seconds = timed(workDir.resolve("ingest-bench.db"), onto, store -> {
            Ingestion ingestion = new Ingestion(store, new EventClusterer());
            for (Frontline.Extracted x : docs) {
                events[0] += ingestion.ingest(x).mentionCount();
            }
        });
        double storeOnly = timed(workDir.resolve("store-bench.db"), onto, store -> {
            for (Frontline.Extracted x : docs) {
                store.ingest(x.result(), x.article());
            }
        });
        return new Result(docs.size(), events[0], seconds, storeOnly);
    }

    private static double timed(Path db, Path onto, java.util.function.Consumer<EventStore> work) {
        if (onto != null) {
            try {
                Files.copy(onto, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long start = System.nanoTime();
        try (EventStore store = EventStore.open(db.toString())) {
            work.accept(store);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(db + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seconds;
    }
}
