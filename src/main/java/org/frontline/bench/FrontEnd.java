package org.frontline.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.clean.ArticleCleaner;
import org.frontline.dedup.NearDuplicateDetector;
import org.frontline.model.Article;
import org.frontline.model.RawDocument;
import org.frontline.read.DocumentReader;
import org.frontline.recognise.text.SentenceSplitter;

/**
 * The part of extraction that {@code Frontline} runs on the caller's thread, in input order:
 * reading, cleaning and near-duplicate detection. Whatever the worker count, throughput cannot
 * exceed 1 / (this cost per document), so it is measured on its own. The same pass counts the
 * sentences (with the pipeline's own splitter) for the sentences/s figures.
 */
final class FrontEnd {
    /** Milliseconds spent in each sequential step over one pass, and the corpus' size. */
    record Cost(long documents, long sentences, long characters, double readMs, double cleanMs, double dedupMs) {
        double microsPerDoc() {
            return documents == 0 ? 0 : (readMs + cleanMs + dedupMs) * 1000 / documents;
        }
    }

    private FrontEnd() {
    }

    static Cost measure(List<Path> paths) {
        ArticleCleaner cleaner = new ArticleCleaner();
        NearDuplicateDetector dedup = new NearDuplicateDetector();
        SentenceSplitter splitter = new SentenceSplitter();
        long docs = 0, sentences = 0, chars = 0, read = 0, clean = 0, dd = 0;
        try (Stream<RawDocument> raws = new DocumentReader().read(paths)) {
            var it = raws.iterator();
            while (true) {
                long t0 = System.nanoTime();
                if (!it.hasNext()) {
                    break;
                }
                RawDocument raw = it.next();
                long t1 = System.nanoTime();
                read += t1 - t0;
                docs++;
                if (raw.error() != null) {
                    continue;
                }
                Article a = cleaner.clean(raw);
                long t2 = System.nanoTime();
                clean += t2 - t1;
                if (a.text() == null || a.text().isBlank()) {
                    continue;
                }
                dedup.offer(a.id(), a.text());
                dd += System.nanoTime() - t2;
                chars += a.text().length();
                sentences += splitter.split(a.text()).size();
            }
        }
        return new Cost(docs, sentences, chars, read / 1e6, clean / 1e6, dd / 1e6);
    }
}
