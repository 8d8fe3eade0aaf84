package org.frontline.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "\\bcaptur(?:e|ed)\\b; captur",
        "(?:took|taken)\\s+control; control",
        "\\b(?:fled|flee)\\b; fled|flee",
        "ieds?; ied",
        "(?<!suicide\\s)\\battack(?:s|ed)?; attack",
        "(?i:the)\\s+(?<dec>1[89]\\d0|20\\d0)'?s; 0000",
        "\\QSept\\E\\.?|\\QJanuary\\E; sept|january",
        "(?:a|b)?\\s+xyz+; xy",
        "(?-i:[A-Z])\\w*\\s+said; said",
        "(?:ab){2,}; ab",
        "[\\[\\]]x; x",
    })
    void provesTheLiteralsEveryMatchContains(String regex, String expected) {
        assertEquals(Optional.of(Set.of(expected.split("\\|"))), RequiredLiterals.of(regex));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "(?:went|)\\s+\\w",          // an empty branch matches without any literal
        "\\w+",
        "(?:abc)?",
        "(a)\\1",                      // back-reference: not understood, so nothing proven
        "\\x41bc",
        "[abc]+",
    })
    void provesNothingWhenSomeMatchCouldAvoidEveryLiteral(String regex) {
        assertEquals(Optional.empty(), RequiredLiterals.of(regex));
    }

    /** Where a match can begin: the literals every match starts with, or nothing proven. */
    @Test
    void provesTheLiteralsEveryMatchStartsWith() {
        java.util.Map<String, String> proven = java.util.Map.of(
                "\\bcaptur(?:e|ed)\\b", "captur",
                "(?<!suicide\\s)\\b(?:fled|flee)\\b", "fled|flee",
                "(?:the\\s+)?attack", "the|attack",
                "shells?\\b", "shell",
                "s?vbieds?", "s|vbied",
                "(?:a|b)?(?:c+|d)e", "a|b|c|d",
                "(?i:the)\\s+(?<dec>1[89]\\d0|20\\d0)'?s", "the",
                "\\b(?:[Tt]he|in)\\s+[A-Z]", "the|in");
        proven.forEach((regex, expected) ->
                assertEquals(Optional.of(Set.of(expected.split("\\|"))), RequiredLiterals.leading(regex), regex));
        // an empty branch, a class, an optional whole, \G (moved by a region) and comments prove nothing
        for (String regex : List.of("(?:went|)\\s+went", "\\w+ed", "(?:abc)?", "a?", "(?:a|\\s)b", "\\Gab", "(?x)a b")) {
            assertEquals(Optional.empty(), RequiredLiterals.leading(regex), regex);
        }
    }

    /** The guarantee itself, on random text: a match always contains one of the literals. */
    @Test
    void everyMatchContainsALiteralOnRandomText() {
        String[] regexes = {"\\b(?:cut|sever(?:ed)?)\\s+(?:\\w+\\s+){0,3}road", "(?:\\d{1,2}\\s+)?(?:May|June)\\s+\\d{4}",
            "(?i)(?<![\\w-])(?:two|three|\\d+)\\s+(?:killed|dead)", "a(?:b|c)+d?e", "x[0-9]y|zz"};
        String[] pieces = {"cut ", "severed ", "the ", "main ", "road ", "May ", "june ", "2016 ", "4 ", "two ", "killed ",
            "dead ", "ab", "acbe", "e", "x7y", "zz", " ", "-", "\n"};
        Random random = new Random(42);
        for (String regex : regexes) {
            Pattern p = Pattern.compile(regex);
            Prefilter filter = Prefilter.of(p);
            assertTrue(filter.literals().isPresent(), regex);
            for (int n = 0; n < 2_000; n++) {
                StringBuilder sb = new StringBuilder();
                for (int k = random.nextInt(12); k >= 0; k--) {
                    sb.append(pieces[random.nextInt(pieces.length)]);
                }
                String text = sb.toString();
                if (p.matcher(text).find()) {
                    assertTrue(filter.mayMatch(Folded.of(text)), () -> regex + " on '" + text + "'");
                }
                List<String> whole = new ArrayList<>(), tried = new ArrayList<>();
                for (var m = p.matcher(text); m.find(); ) {
                    whole.add(m.start() + ":" + m.group());
                }
                filter.forEachMatch(text, Folded.of(text), m -> tried.add(m.start() + ":" + m.group()));
                assertEquals(whole, tried, () -> regex + " on '" + text + "'");
            }
        }
    }

    @Test
    void foldingKeepsOffsetsAndWritesDigitsAsZero() {
        Folded f = Folded.of("On 24 May 2017, İdlib");
        assertEquals("on 00 may 0000, idlib".length(), f.text().length());
        assertTrue(f.text().startsWith("on 00 may 0000, "));
        assertFalse(Prefilter.of(Pattern.compile("\\bfled\\b")).mayMatch(f));
    }
}
