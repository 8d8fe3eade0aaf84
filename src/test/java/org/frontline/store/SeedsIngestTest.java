package org.frontline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.clean.ArticleCleaner;
import org.frontline.model.Article;
import org.frontline.model.DocumentResult;
import org.frontline.model.RawDocument;
import org.frontline.read.DocumentReader;
import org.frontline.store.IngestOutcome.Kind;
import org.frontline.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real pipeline's output on the reference articles, stored twice: the second pass is a no-op. */
class SeedsIngestTest {

    @Test
    void extractingAndIngestingTheSeedsTwiceChangesNothing(@TempDir Path dir) throws Exception {
        Path seeds = SharedCorpus.seeds();
        String url = "jdbc:sqlite:" + dir.resolve("seeds.db");
        Map<String, Article> articles = articles(seeds);
        int mentions = 0;
        try (EventStore store = EventStore.open(url)) {
            for (DocumentResult r : extract(seeds)) {
                IngestOutcome o = store.ingest(r, articles.get(r.doc()));
                assertEquals(r.error() == null ? Kind.NEW : Kind.FAILED, o.kind(), r.doc() + ": " + o.reason());
                mentions += o.mentionCount();
            }
            assertEquals(5, store.stats().documents());
            assertEquals(mentions, store.stats().mentions());
            org.junit.jupiter.api.Assertions.assertTrue(mentions > 0, "the seeds report events");
        }
        TableChecksum.Snapshot first = TableChecksum.of(url);
        try (EventStore store = EventStore.open(url)) {
            for (DocumentResult r : extract(seeds)) {
                IngestOutcome o = store.ingest(r, articles.get(r.doc()));
                assertEquals(r.error() == null ? Kind.UNCHANGED : Kind.FAILED, o.kind(), r.doc() + ": " + o.reason());
            }
        }
        assertEquals(first, TableChecksum.of(url));
    }

    private static List<DocumentResult> extract(Path seeds) {
        try (Stream<DocumentResult> s = Frontline.standard(2).extract(List.of(seeds))) {
            return s.toList();
        }
    }

    /** The pipeline hands back results without the article text the store keeps, so read it again. */
    private static Map<String, Article> articles(Path seeds) {
        ArticleCleaner cleaner = new ArticleCleaner();
        Map<String, Article> out = new HashMap<>();
        try (Stream<RawDocument> raw = new DocumentReader().read(List.of(seeds))) {
            raw.filter(r -> r.error() == null).map(cleaner::clean).forEach(a -> out.put(a.id(), a));
        }
        assertNotNull(out.get("000_b385c73c2cefacc7.txt"));
        return out;
    }
}
