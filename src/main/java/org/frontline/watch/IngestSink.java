package org.frontline.watch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.dedup.NearDuplicateDetector;
import org.frontline.ingest.Ingestion;
import org.frontline.model.DocumentResult;
import org.frontline.model.RawDocument;
import org.frontline.read.DocumentReader;
import org.frontline.reason.EventClusterer;
import org.frontline.store.EventStore;
import org.frontline.store.IngestOutcome;

/**
 * The path {@code frontline ingest} takes, one document at a time: clean, date, find near-duplicates
 * against everything stored (the detector is seeded from the store's texts when it opens), extract,
 * and store with its clusters in one transaction. Calls are serialised.
 */
public final class IngestSink implements DocumentSink {
    /** How many stored texts seed the near-duplicate detector, at most (the latest ingested first). */
    static final int SEED_LIMIT = 50_000;
    private final Frontline frontline;
    private final Ingestion ingestion;
    private final NearDuplicateDetector dedup = new NearDuplicateDetector(1 << 14);
    private final DocumentReader reader = new DocumentReader();

    public IngestSink(EventStore store, Frontline frontline) {
        this.frontline = frontline;
        this.ingestion = new Ingestion(store, new EventClusterer());
        store.documentSummaries().entrySet().stream()
                .sorted((a, b) -> String.valueOf(b.getValue().ingestedAt()).compareTo(String.valueOf(a.getValue().ingestedAt())))
                .limit(SEED_LIMIT)
                .forEach(e -> store.document(e.getKey()).ifPresent(d -> {
                    if (d.text() != null) {
                        dedup.offer(d.doc(), d.text());
                    }
                }));
    }

    @Override
    public synchronized Stored store(RawDocument page, String outlet) {
        List<Stored> out = run(Stream.of(page), outlet);
        return out.isEmpty() ? new Stored(page.id(), "FAILED", 0, "nothing read") : out.get(0);
    }

    @Override
    public synchronized List<Stored> storeFile(Path file, String outlet) {
        return run(reader.read(List.of(file)), outlet);
    }

    private List<Stored> run(Stream<RawDocument> raws, String outlet) {
        List<Stored> out = new ArrayList<>();
        try (Stream<Frontline.Extracted> docs = frontline.extractDocuments(raws, dedup)) {
            docs.forEach(x -> {
                IngestOutcome o = ingestion.ingest(new Frontline.Extracted(adjusted(x.result(), outlet), x.article()));
                String error = !o.stored() ? o.reason() : null;
                out.add(new Stored(o.doc(), o.kind().name(), o.mentionCount(), error));
            });
        }
        return out;
    }

    /**
     * The source's outlet where the page names none; and a page fetched again after a kill meets its
     * own stored text in the detector, which is no duplicate.
     */
    private static DocumentResult adjusted(DocumentResult r, String outlet) {
        String dup = r.doc().equals(r.duplicateOf()) ? null : r.duplicateOf();
        String out = r.outlet() == null || r.outlet().isBlank() ? outlet : r.outlet();
        if (java.util.Objects.equals(dup, r.duplicateOf()) && java.util.Objects.equals(out, r.outlet())) {
            return r;
        }
        return new DocumentResult(r.doc(), r.title(), out, r.byline(), r.published(), r.publishedInferred(),
                r.publishedSource(), dup, r.error(), r.events(), r.control());
    }
}
