package org.frontline.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.frontline.Frontline;
import org.frontline.clean.ArticleCleaner;
import org.frontline.model.Article;
import org.frontline.model.DocumentResult;
import org.frontline.dedup.NearDuplicateDetector;
import org.frontline.model.RawDocument;
import org.frontline.read.DocumentReader;
import org.frontline.recognise.time.PublicationDateInference;

/**
 * What runs on the executors. The pipeline objects are built lazily once per executor thread
 * (the gazetteer, the heavy part, is a JVM-wide singleton in the core: {@code Gazetteer.shared()}),
 * so a Spark executor loads models once and reuses them for every task it runs.
 */
final class Work {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadLocal<Frontline> FRONTLINE = ThreadLocal.withInitial(() -> Frontline.standard(1));
    private static final ThreadLocal<ArticleCleaner> CLEANER = ThreadLocal.withInitial(ArticleCleaner::new);
    private static final ThreadLocal<PublicationDateInference> DATES =
            ThreadLocal.withInitial(PublicationDateInference::new);
    private static final ThreadLocal<DocumentReader> READER = ThreadLocal.withInitial(DocumentReader::new);

    private Work() {
    }

    // ---------------------------------------------------------------- reading and cleaning

    /**
     * The documents of one whole file (text, HTML, WARC, WARC.gz, or anything the core sniffs),
     * read by the core's own {@link DocumentReader} from a local copy named like the original, so
     * ids, formats, encodings and errors are exactly the core's. Lazy: a large WARC streams.
     */
    static Iterator<Doc> readWholeFile(InputListing.Input in, HadoopConf conf) throws IOException {
        if (in.error() != null) {
            Doc d = new Doc();
            d.ord = new Ord(in.rank(), 0, 0);
            d.id = in.name();
            d.origin = in.display();
            d.error = in.error();
            return List.of(d).iterator();
        }
        Path local = folderMirror(in, conf).resolve(in.name());
        org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(java.net.URI.create(in.uri()));
        FileSystem fs = src.getFileSystem(conf.get());
        try (InputStream s = fs.open(src)) {
            Files.copy(s, local, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(local);
            Doc d = new Doc();
            d.ord = new Ord(in.rank(), 0, 0);
            d.id = in.name();
            d.origin = in.display();
            d.error = in.name() + ": cannot read file: " + e;
            return List.of(d).iterator();
        }
        String tmp = local.toString();
        Stream<RawDocument> raws = READER.get().read(List.of(local));
        Iterator<RawDocument> it = raws.iterator();
        return new Iterator<>() {
            long seq;
            boolean open = true;

            @Override
            public boolean hasNext() {
                if (open && !it.hasNext()) {
                    raws.close();
                    try {
                        Files.deleteIfExists(local);
                    } catch (IOException e) {
                        // temp litter at worst
                    }
                    open = false;
                }
                return open;
            }

            @Override
            public Doc next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RawDocument r = relocate(it.next(), tmp, in.display(), null, null);
                return prepare(r, new Ord(in.rank(), 0, seq++));
            }
        };
    }

    private static final Path MIRRORS;

    static {
        try {
            MIRRORS = Files.createTempDirectory("frontline-spark-mirrors-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(MIRRORS)));
    }

    /**
     * A local stand-in for a file's folder, where the file is copied under its own name: the
     * source lists of the original folder and of the folder above, copied once per executor
     * thread and folder, laid out as the core's reader looks for them ({@code up/here/<lists>},
     * {@code up/<lists>}). Per thread, because a thread runs one task at a time, so two copies of
     * one file name (a retried or speculative attempt) never share a folder.
     */
    private static Path folderMirror(InputListing.Input in, HadoopConf conf) throws IOException {
        InputListing.Manifests m = in.manifests();
        String key = (m == null ? "none"
                : java.util.UUID.nameUUIDFromBytes(m.folderKey().getBytes(StandardCharsets.UTF_8)).toString()) + "-t" + Thread.currentThread().getId();
        Path up = MIRRORS.resolve(key);
        Path here = up.resolve("here");
        if (!Files.isDirectory(here)) {
            Files.createDirectories(here);
            if (m != null) {
                for (String u : m.above()) {
                    copy(u, up, conf);
                }
                for (String u : m.inFolder()) {
                    copy(u, here, conf);
                }
            }
        }
        return here;
    }

    private static void copy(String uri, Path into, HadoopConf conf) {
        org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(java.net.URI.create(uri));
        try (InputStream s = src.getFileSystem(conf.get()).open(src)) {
            Files.copy(s, into.resolve(src.getName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // an unreadable list is no list, as in the core
        }
    }

    /** One JSON line with where it sits in its file. */
    record Line(InputListing.Input file, long lineNo, long block, long mid, String text) {
    }

    /**
     * The documents of a partition of JSON lines, parsed by the core's JSON Lines reader: the lines
     * of each run from one file go to a local file named like the original, and ids and messages
     * that name a line number are moved to the line's number in the original file.
     */
    static Iterator<Doc> readJsonLines(Iterator<Line> lines) throws IOException {
        List<Doc> out = new ArrayList<>();
        List<Line> run = new ArrayList<>();
        while (lines.hasNext()) {
            Line l = lines.next();
            if (!run.isEmpty() && run.get(0).file().rank() != l.file().rank()) {
                readRun(run, out);
                run.clear();
            }
            if (!l.text().isBlank()) { // blank lines are no documents in the core either
                run.add(l);
            }
        }
        readRun(run, out);
        return out.iterator();
    }

    private static void readRun(List<Line> run, List<Doc> out) throws IOException {
        if (run.isEmpty()) {
            return;
        }
        InputListing.Input in = run.get(0).file();
        Path dir = Files.createTempDirectory("frontline-spark-");
        Path local = dir.resolve(in.name());
        try {
            try (Writer w = Files.newBufferedWriter(local, StandardCharsets.UTF_8)) {
                for (Line l : run) {
                    String t = l.text();
                    if (l.lineNo() != 1 && t.startsWith("\uFEFF")) {
                        t = " " + t; // the core strips a BOM on line 1 only
                    }
                    w.write(t.replace('\r', ' '));
                    w.write('\n');
                }
            }
            try (Stream<RawDocument> raws = READER.get().read(List.of(local))) {
                Iterator<RawDocument> it = raws.iterator();
                for (int k = 0; k < run.size() && it.hasNext(); k++) {
                    Line l = run.get(k);
                    RawDocument r = relocate(it.next(), local.toString() + ":" + (k + 1),
                            in.display() + ":" + l.lineNo(), in.name() + ":" + (k + 1), in.name() + ":" + l.lineNo());
                    r = relocate(r, in.name() + " line " + (k + 1) + ":", in.name() + " line " + l.lineNo() + ":",
                            null, null);
                    out.add(prepare(r, new Ord(in.rank(), l.block(), l.mid())));
                }
            }
        } finally {
            delete(dir);
        }
    }

    /** Moves a document's origin (and, for id-less JSON lines, its fallback id) from the local copy to the original. */
    private static RawDocument relocate(RawDocument r, String from, String to, String idFrom, String idTo) {
        String id = idFrom != null && idFrom.equals(r.id()) ? idTo : r.id();
        return new RawDocument(id, r.origin() == null ? null : r.origin().replace(from, to), r.format(), r.body(),
                r.title(), r.url(), r.published(), r.error() == null ? null : r.error().replace(from, to));
    }

    /** {@code Frontline.prepare} up to the duplicate check: clean, band keys, own dates. */
    static Doc prepare(RawDocument raw, Ord ord) {
        Doc d = new Doc();
        d.ord = ord;
        d.id = raw.id();
        d.origin = raw.origin();
        if (raw.error() != null) {
            d.error = raw.error();
            return d;
        }
        Article a;
        try {
            a = CLEANER.get().clean(raw);
        } catch (RuntimeException e) {
            d.error = "cannot clean " + raw.origin() + ": " + e;
            return d;
        }
        if (a.text() == null || a.text().isBlank()) {
            d.error = "no article text in " + raw.origin() + " after removing boilerplate";
            return d;
        }
        d.html = raw.format() == RawDocument.Format.HTML;
        d.body = raw.body();
        d.title = raw.title();
        d.url = raw.url();
        d.rawPublished = raw.published();
        d.bands = NearDuplicateDetector.bandKeys(a.text());
        d.stated = a.published();
        if (d.stated == null) {
            Optional<LocalDate> inferred = DATES.get().infer(a.text());
            if (inferred.isEmpty() && raw.format() == RawDocument.Format.TEXT) {
                inferred = DATES.get().infer(raw.body()); // as the core: captions and datelines the cleaner removed
            }
            d.inferred = inferred.orElse(null);
        }
        return d;
    }

    // ---------------------------------------------------------------- the per-document pipeline

    /**
     * Runs the core's standard pipeline on one prepared document with its corpus-wide facts: the
     * id of the earliest document it nearly duplicates, and its publication date when it states
     * none (its twin's, or inferred). Honest but roundabout: the document goes back to a one-line
     * JSON Lines file that {@code Frontline.extract} reads (see the README for the core hook that
     * would remove the detour). One file per document, so the core's own per-call duplicate
     * detector never sees two documents and cannot disagree with the corpus-wide answer.
     */
    static DocumentResult analyse(Doc d, String duplicateOf, LocalDate publishedOverride) throws IOException {
        if (!d.ok()) {
            return DocumentResult.failed(d.id, d.error);
        }
        LocalDate published = d.rawPublished;
        boolean filled = false;
        if (d.stated == null && publishedOverride != null) {
            published = publishedOverride; // the stated date is absent, so this only fills the gap
            filled = true;
        }
        Path dir = Files.createTempDirectory("frontline-spark-");
        Path local = dir.resolve("document.jsonl");
        try {
            Files.writeString(local, inputLine(d.id, d.url, d.title, published, d.html, d.body) + "\n");
            DocumentResult r;
            try (Stream<DocumentResult> results = FRONTLINE.get().extract(List.of(local))) {
                List<DocumentResult> all = results.toList();
                if (all.size() != 1 || !d.id.equals(all.get(0).doc())) {
                    return DocumentResult.failed(d.id, "spark: the pipeline did not return document " + d.id);
                }
                r = all.get(0);
            }
            String error = r.error() == null ? null : r.error().replace(local + ":1", d.origin);
            // a date filled here was read from the story's own dates or borrowed from its twin's
            return new DocumentResult(r.doc(), r.title(), r.outlet(), r.byline(), r.published(),
                    filled || r.publishedInferred(), filled ? org.frontline.model.PublishedSource.TEXT : r.publishedSource(),
                    duplicateOf, error, r.events(), r.control());
        } finally {
            delete(dir);
        }
    }

    /** A document in Frontline's JSON Lines input format. */
    static String inputLine(String id, String url, String title, LocalDate published, boolean html, String body) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("url", url);
        o.put("title", title);
        o.put("published", published == null ? null : published.toString());
        o.put(html ? "html" : "text", body);
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temp litter at worst
        }
    }
}
