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
import org.frontline.store.IngestOutcome;

/**
 * SQLite ingest speed: documents are extracted first (untimed), then stored through
 * {@link Ingestion} (one transaction per document, clusters rebuilt) into a fresh temp file.
 */
final class IngestBench {
    /** {@code events} = event mentions stored. */
    record Result(long documents, long events, double seconds) {
        double eventsPerS() {
            return events / seconds;
        }

        double documentsPerS() {
            return documents / seconds;
        }
    }

    private IngestBench() {
    }

    static Result measure(Path corpus, int threads, Path workDir) {
        List<Frontline.Extracted> docs;
        try (Stream<Frontline.Extracted> s = Frontline.standard(threads).extractWithArticles(List.of(corpus))) {
            docs = s.toList();
        }
        Path db = workDir.resolve("ingest-bench.db");
        long events = 0;
        long start = System.nanoTime();
        try (EventStore store = EventStore.open(db.toString())) {
            Ingestion ingestion = new Ingestion(store, new EventClusterer());
            for (Frontline.Extracted x : docs) {
                IngestOutcome o = ingestion.ingest(x);
                events += o.mentionCount();
            }
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(db + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Result(docs.size(), events, seconds);
    }
}
