package org.frontline.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontline.model.RawDocument;
import org.frontline.read.DocumentReader;
import org.frontline.recognise.number.Figure;
import org.frontline.recognise.number.FigureRecogniser;
import org.frontline.recognise.number.NumberParser;
import org.frontline.recognise.time.TimeMention;
import org.frontline.recognise.time.TimeRecogniser;

/**
 * What each fuzz target promises, shared by the fuzz loops and the fixture replay: a fixture named
 * {@code fuzz-<target>-<hash>.bin} is replayed through {@code TARGETS.get(target)}.
 */
final class FuzzTargets {
    static final LocalDate PUBLISHED = LocalDate.of(2016, 3, 14);
    private static final DocumentReader READER = new DocumentReader();
    private static final TimeRecogniser TIME = new TimeRecogniser();
    private static final FigureRecogniser FIGURES = new FigureRecogniser();

    static final Map<String, Fuzz.Target> TARGETS = Map.of(
            "reader-txt", b -> read(b, ".txt"),
            "reader-html", b -> read(b, ".html"),
            "reader-jsonl", b -> read(b, ".jsonl"),
            "reader-warc", b -> read(b, ".warc"),
            "time", FuzzTargets::time,
            "number", b -> NumberParser.parse(text(b)),
            "figure", FuzzTargets::figures);

    private FuzzTargets() {
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The reader never throws, and every document is either an error or a body. */
    static void read(byte[] bytes, String extension) throws Exception {
        Path dir = Files.createTempDirectory("fuzz-read");
        Path f = dir.resolve("input" + extension);
        try {
            Files.write(f, bytes);
            List<RawDocument> docs;
            try (var s = READER.read(List.of(f))) {
                docs = s.toList();
            }
            for (RawDocument d : docs) {
                if ((d.error() == null) == (d.body() == null)) {
                    throw new AssertionError("neither or both error and body: " + d.id() + " " + d.error());
                }
                // the reader's own marker leads the message; the rest may quote the input, which Jazzer
                // once filled with these very words
                if (d.error() != null && d.error().startsWith(d.id() + ": unexpected error")) {
                    throw new AssertionError(d.error());
                }
            }
        } finally {
            Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        }
    }

    /** Offsets index the text and the surface is what they cover. */
    static void time(byte[] b) {
        String s = text(b);
        for (TimeMention m : TIME.find(s, PUBLISHED)) {
            if (m.start() < 0 || m.end() > s.length() || m.start() > m.end() || !s.substring(m.start(), m.end()).equals(m.surface())) {
                throw new AssertionError("bad offsets " + m + " in a text of " + s.length());
            }
        }
    }

    static void figures(byte[] b) {
        String s = text(b);
        for (Figure f : FIGURES.find(s)) {
            if (f.start() < 0 || f.end() > s.length() || f.start() > f.end() || !s.substring(f.start(), f.end()).equals(f.surface())) {
                throw new AssertionError("bad offsets " + f + " in a text of " + s.length());
            }
            if (f.value() < 0) {
                throw new AssertionError("negative count " + f);
            }
        }
    }
}
