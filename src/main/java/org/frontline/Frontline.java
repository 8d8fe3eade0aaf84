package org.frontline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.frontline.clean.ArticleCleaner;
import org.frontline.dedup.NearDuplicateDetector;
import org.frontline.extract.ControlExtractor;
import org.frontline.extract.DecisionModel;
import org.frontline.extract.DecisionStage;
import org.frontline.extract.EventExtractor;
import org.frontline.model.Article;
import org.frontline.model.DocumentResult;
import org.frontline.model.OutsideDates;
import org.frontline.model.PublishedSource;
import org.frontline.model.RawDocument;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layers;
import org.frontline.pipeline.OrderedParallel;
import org.frontline.pipeline.Pipeline;
import org.frontline.pipeline.StageTimer;
import org.frontline.read.DocumentReader;
import org.frontline.recognise.ActorStage;
import org.frontline.recognise.FigureStage;
import org.frontline.recognise.PlaceStage;
import org.frontline.recognise.SentenceStage;
import org.frontline.recognise.TimeStage;
import org.frontline.recognise.actor.ActorDictionary;
import org.frontline.recognise.actor.ActorRecogniser;
import org.frontline.recognise.place.Gazetteer;
import org.frontline.recognise.place.PlaceRecogniser;
import org.frontline.recognise.time.PublicationDateInference;

/**
 * The one entry point for turning reports into events: {@code Frontline.standard().extract(paths)}.
 * Reading, cleaning, deduplication and date inference run in input order; the per-document
 * pipeline (recognise, extract) runs on worker threads; results come back in input order.
 */
public final class Frontline {
    /** Longest cleaned article analysed (characters); a user can raise it with -Dfrontline.maxArticleChars. */
    static final int MAX_ARTICLE_CHARS = Integer.getInteger("frontline.maxArticleChars", 300_000);
    private final DocumentReader reader;
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final PublicationDateInference dates = new PublicationDateInference();
    private final Pipeline pipeline;
    private final StageTimer timer = new StageTimer();
    private final int threads;
    private final BatchDates batchDates;

    private Frontline(DocumentReader reader, Pipeline pipeline, int threads, BatchDates batchDates) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.threads = threads;
        this.batchDates = batchDates;
    }

    /**
     * What a user says about the dates of a whole batch.
     *
     * @param given    the date a report with no date of its own, nor any from a manifest or its fetch,
     *                 is given ({@code --published}); or null
     * @param fileTime whether the file's modification day is the last stand-in (on by default)
     */
    public record BatchDates(LocalDate given, boolean fileTime) {
        public static final BatchDates DEFAULT = new BatchDates(null, true);
    }

    /** This pipeline with the batch's dates set. */
    public Frontline with(BatchDates dates) {
        return new Frontline(reader, pipeline, threads, dates);
    }

    /** The standard pipeline on all cores. */
    public static Frontline standard() {
        return standard(Runtime.getRuntime().availableProcessors());
    }

    public static Frontline standard(int threads) {
        return standard(threads, new DecisionStage(DecisionModel.standard()));
    }

    /** The standard pipeline with another decision layer (training observes every proposal through it). */
    public static Frontline standard(int threads, DecisionStage decide) {
        ActorRecogniser actors = new ActorRecogniser(ActorDictionary.standard());
        Pipeline p = Pipeline.given(Layers.ARTICLE)
                .then(new SentenceStage())
                .then(new PlaceStage(new PlaceRecogniser(Gazetteer.shared())))
                .then(new ActorStage(actors))
                .then(new TimeStage())
                .then(new FigureStage())
                .then(new EventExtractor())
                .then(decide)
                .then(new ControlExtractor(actors))
                .build();
        return new Frontline(new DocumentReader(), p, threads, BatchDates.DEFAULT);
    }

    public StageTimer timer() {
        return timer;
    }

    /** Results for every document under {@code paths}, lazily, in input order. */
    public Stream<DocumentResult> extract(List<Path> paths) {
        return extractWithArticles(paths).map(Extracted::result);
    }

    /** A document's result with the cleaned article it came from (null when it could not be read). */
    public record Extracted(DocumentResult result, Article article) {
    }

    /** Like {@link #extract}, keeping each cleaned article for those that store text (ingest, search). */
    public Stream<Extracted> extractWithArticles(List<Path> paths) {
        return extractDocuments(reader.read(paths), new NearDuplicateDetector());
    }

    /**
     * Like {@link #extractWithArticles}, for documents read elsewhere (a watcher's fetched pages):
     * the same cleaning, dates and per-document pipeline, near-duplicates found against
     * {@code dedup}, which a caller may keep across calls and seed with what is stored.
     */
    public Stream<Extracted> extractDocuments(Stream<RawDocument> raws, NearDuplicateDetector dedup) {
        java.util.Map<String, Dated> publishedById = new java.util.HashMap<>();
        // cleaning is per document, so it runs on workers; deduplication and borrowing a twin's
        // date depend on the documents before, so they run in input order on the caller's thread
        OrderedParallel<RawDocument, Cleaned> cleaned = new OrderedParallel<>(raws.iterator(), this::clean, threads);
        Iterator<Prepared> prepared = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cleaned.hasNext();
            }

            @Override
            public Prepared next() {
                return prepare(cleaned.next(), dedup, publishedById);
            }
        };
        OrderedParallel<Prepared, Extracted> results = new OrderedParallel<>(prepared,
                p -> new Extracted(analyse(p), p.article()), threads);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED), false)
                .onClose(results::close).onClose(cleaned::close).onClose(raws::close);
    }

    /** A document after cleaning: its article, or why it has none. */
    private record Cleaned(RawDocument raw, Article article, String error) {
    }

    /** A document's date and where it came from, kept so that a later near-duplicate can borrow it. */
    private record Dated(LocalDate day, PublishedSource source) {
    }

    /** A cleaned document with its cross-document facts, ready for the per-document pipeline. */
    private record Prepared(RawDocument raw, Article article, String duplicateOf, String error) {
    }

    private Cleaned clean(RawDocument raw) {
        if (raw.error() != null) {
            return new Cleaned(raw, null, raw.error());
        }
        Article a;
        try {
            a = cleaner.clean(raw);
        } catch (RuntimeException | StackOverflowError e) {
            // one pathological document is that document's error; the batch goes on
            return new Cleaned(raw, null, "cannot clean " + raw.origin() + ": " + e);
        }
        if (a.text() == null || a.text().isBlank()) {
            return new Cleaned(raw, null, "no article text in " + raw.origin() + " after removing boilerplate");
        }
        if (a.text().length() > MAX_ARTICLE_CHARS) {
            // news articles are a few thousand words; this bounds time per document whatever arrives
            return new Cleaned(raw, null, raw.origin() + ": article text is " + a.text().length()
                    + " characters after cleaning, over the limit of " + MAX_ARTICLE_CHARS
                    + " (set -Dfrontline.maxArticleChars to change it)");
        }
        return new Cleaned(raw, a, null);
    }

    private Prepared prepare(Cleaned c, NearDuplicateDetector dedup, java.util.Map<String, Dated> dated) {
        RawDocument raw = c.raw();
        if (c.error() != null) {
            return new Prepared(raw, null, null, c.error());
        }
        Article a = c.article();
        String dup = dedup.offer(a.id(), a.text());
        if (a.published() == null) {
            a = dateFromText(a, raw, dup == null ? null : dated.get(dup));
        }
        if (a.published() == null) {
            a = dateFromOutside(a, raw);
        }
        if (a.published() != null && dated.size() < 1_000_000) {
            dated.put(a.id(), new Dated(a.published(), a.publishedSource()));
        }
        return new Prepared(raw, a, dup, null);
    }

    /** A near-duplicate's date, else the one the story's own dates point to (inferred either way). */
    private Article dateFromText(Article a, RawDocument raw, Dated twin) {
        if (twin != null) {
            return a.withPublished(twin.day(), true, twin.source());
        }
        Optional<LocalDate> inferred = dates.infer(a.text());
        if (inferred.isEmpty() && raw.format() == RawDocument.Format.TEXT && raw.body().length() <= MAX_ARTICLE_CHARS) {
            // captions and datelines the cleaner removed still date the story
            inferred = dates.infer(ArticleCleaner.tame(raw.body()));
        }
        if (inferred.isEmpty()) {
            // "on Sunday, June 30": the latest year that day was a Sunday, no later than the fetch or the file
            LocalDate notAfter = raw.outside().fetched() != null ? raw.outside().fetched()
                    : raw.outside().fileTime() != null ? raw.outside().fileTime() : LocalDate.now();
            inferred = dates.weekdayPinned(a.text(), notAfter);
        }
        if (inferred.isPresent()) {
            return a.withPublished(inferred.get(), true, PublishedSource.TEXT);
        }
        // an archived copy that names the report's own address near its top ("at its original source at
        // http://.../2015/jan/05/...") still carries the report's URL date
        LocalDate stated = ArticleCleaner.statedUrlDate(raw.body());
        if (stated != null) {
            return a.withPublished(stated, true, PublishedSource.URL);
        }
        // "/2015/09/slug": a day of that month, guessed from the text, beats none
        java.time.YearMonth month = ArticleCleaner.urlMonth(a.url());
        return month == null ? a : a.withPublished(dates.inMonth(a.text(), month), true, PublishedSource.URL);
    }

    /** Dates said about the report from outside, in the contract's order; all marked inferred. */
    private Article dateFromOutside(Article a, RawDocument raw) {
        OutsideDates o = raw.outside();
        if (o.manifest() != null) {
            return a.withPublished(o.manifest(), PublishedSource.MANIFEST);
        }
        if (o.fetched() != null) {
            return a.withPublished(o.fetched(), PublishedSource.FETCHED);
        }
        if (batchDates.given() != null) {
            return a.withPublished(batchDates.given(), PublishedSource.GIVEN);
        }
        if (batchDates.fileTime() && o.fileTime() != null) {
            return a.withPublished(o.fileTime(), PublishedSource.FILE_TIME);
        }
        return a;
    }

    private DocumentResult analyse(Prepared p) {
        if (p.error() != null) {
            return DocumentResult.failed(p.raw().id(), p.error());
        }
        Article a = p.article();
        Analysis doc = new Analysis(a.id());
        doc.put(Layers.ARTICLE, a);
        try {
            pipeline.run(doc, timer);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug met on one document is that document's error; its metadata still stands
            return new DocumentResult(a.id(), a.title(), a.outlet(), a.byline(), a.published(), a.publishedInferred(),
                    a.publishedSource(), p.duplicateOf(), "analysis failed in " + a.origin() + ": " + e, List.of(), List.of());
        }
        return new DocumentResult(a.id(), a.title(), a.outlet(), a.byline(), a.published(), a.publishedInferred(),
                a.publishedSource(), p.duplicateOf(), null, doc.get(Layers.EVENTS), doc.get(Layers.CONTROL));
    }
}
