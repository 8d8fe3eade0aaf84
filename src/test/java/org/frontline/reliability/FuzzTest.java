package org.frontline.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time-bounded, seeded mutation fuzzing of the readers and the date, number and figure
 * recognisers ({@link Fuzz}; budget per target {@code -Dfrontline.fuzz.seconds}, default 8 s,
 * 300 s with {@code -Dfrontline.long=true}). A failure names the saved inputs: commit each under
 * src/test/resources/fixtures/ and {@link FuzzFixtureReplayTest} keeps replaying it.
 */
class FuzzTest {
    static final List<String> WORDS = List.of("killed", "wounded", "dozens", "hundreds", "million", "thousand", "twenty-five",
            "one hundred and", "1,000", "1.5", "1e400", "31 February", "March", "2016", "last Monday", "since", "mid-July",
            "overnight", "the week before", "\u202E", "\u0301", "\uFEFF", "\u0000", "٣", "１２", "NaN", "-", "–", "'s", "of",
            "Al-Bab", "Azaz", "<p>", "</div>", "<script>", "&amp;", "\r\n", "{", "}", "\"", "WARC/1.0\r\n", "Content-Length: ");

    static List<byte[]> seeds(String... texts) {
        List<byte[]> out = new ArrayList<>();
        for (String t : texts) {
            out.add(t.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void fuzz(String target, List<byte[]> seeds) throws Exception {
        List<String> crashes = Fuzz.run(target, seeds, WORDS, FuzzTargets.TARGETS.get(target));
        assertTrue(crashes.isEmpty(), "fuzzing " + target + " found crashes; commit them as fixtures:\n" + String.join("\n", crashes));
    }

    @Test
    void readers() throws Exception {
        String text = SyntheticNews.goodText();
        List<byte[]> seeds = seeds(text);
        fuzz("reader-txt", seeds);
        fuzz("reader-html", seeds("<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><p>" + text + "</p></body></html>"));
        fuzz("reader-jsonl", seeds(SyntheticNews.jsonLine(1, 1, "f") + "\n" + SyntheticNews.jsonLine(1, 2, "f") + "\n"));
        fuzz("reader-warc", List.of(BadInput.concat(BadContainerInputs.warcResponse("a", "text/html; charset=utf-8",
                text.getBytes(StandardCharsets.UTF_8)), BadContainerInputs.record("resource", "text/plain", text.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void dateRecogniser() throws Exception {
        fuzz("time", seeds("on 31 February 2016 and on March 3, 2016", "last Monday, since mid-July, overnight",
                "between 12 and 14 March 2016", "on 2016-03-01 or 01/03/2016", "the week before last, in early 2015"));
    }

    @Test
    void numberParser() throws Exception {
        fuzz("number", seeds("45,000", "1.5 million", "twenty-five", "two hundred thousand", "a dozen", "dozens", "1e400", "9223372036854775807"));
    }

    @Test
    void figureRecogniser() throws Exception {
        fuzz("figure", seeds("at least 45 people were killed and 1.5 million displaced", "twenty-five soldiers wounded, dozens dead",
                "the toll rose to 310,000 dead and has forced millions from their homes", "killed 5 on 3 March 2016, aged 12"));
    }
}
