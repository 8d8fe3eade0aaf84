package org.frontline.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.frontline.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * The filters change no result: over every text of the shared corpus, the event triggers of
 * {@code extract/triggers.tsv} find the same matches through {@link Prefilter} as by scanning the
 * whole text, and no match occurs where {@link Prefilter#mayMatch} says none can.
 */
class PrefilterTest {

    @Test
    void windowsFindWhatAWholeScanFinds() {
        Pattern p = Pattern.compile("\\b(?:between\\s+)?\\d{1,2}\\s+May(?:\\s+\\d{4})?");
        String text = "x".repeat(500) + " between 4 May 2016 and " + "y ".repeat(300) + "on 9 May. And 12 May 2017";
        assertEquals(scan(p, text), filtered(Prefilter.of(p), text, 40));
    }

    @Test
    void triggerLexiconFindsTheSameOnTheSharedCorpus() throws IOException {
        List<Pattern> triggers = new ArrayList<>();
        try (InputStream in = PrefilterTest.class.getResourceAsStream("/extract/triggers.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    triggers.add(Pattern.compile(line.split("\t", 4)[3], Pattern.CASE_INSENSITIVE));
                }
            }
        }
        int matches = 0;
        try (Stream<Path> files = Files.walk(SharedCorpus.root().resolve("corpus"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (Pattern p : triggers) {
                    Prefilter filter = Prefilter.of(p);
                    assertTrue(filter.literals().isPresent(), p.pattern());
                    List<String> whole = scan(p, text);
                    matches += whole.size();
                    assertEquals(whole, filtered(filter, text, 200), () -> f + ": " + p.pattern());
                    assertEquals(whole, exact(filter, text), () -> f + ": " + p.pattern());
                    for (String line : text.split("\n")) {
                        if (p.matcher(line).find()) {
                            assertTrue(filter.mayMatch(Folded.of(line)), () -> f + ": " + line);
                        }
                    }
                }
            }
        }
        assertTrue(matches > 100, "the corpus holds triggers: " + matches);
    }

    private static List<String> scan(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        for (Matcher m = p.matcher(text); m.find(); ) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    /** Starts tried only where a leading literal stands, on text where the pattern runs everywhere else. */
    @Test
    void leadingStartsFindWhatAWholeScanFinds() {
        Pattern p = Pattern.compile("(?<!no\\s)\\b(?:took|seized)\\s+(?:\\w+\\s+){0,2}?control\\b|\\bfell\\s+to\\b",
                Pattern.CASE_INSENSITIVE);
        String text = "Rebels TOOK control, no took control; they took full control took control fell to fell to. Seized x control";
        assertEquals(scan(p, text), exact(Prefilter.of(p), text));
        assertEquals(scan(p, text), filtered(Prefilter.of(p), text, 60));
    }

    private static List<String> exact(Prefilter f, String text) {
        List<String> out = new ArrayList<>();
        f.forEachMatch(text, Folded.of(text), m -> out.add(m.start() + ":" + m.group()));
        return out;
    }

    private static List<String> filtered(Prefilter f, String text, int radius) {
        List<String> out = new ArrayList<>();
        f.forEach(text, Folded.of(text), radius, m -> out.add(m.start() + ":" + m.group()));
        return out;
    }
}
