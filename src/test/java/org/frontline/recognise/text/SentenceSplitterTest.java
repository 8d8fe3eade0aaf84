package org.frontline.recognise.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.frontline.testing.MentionHarness;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<Sentence> split(String text) {
        return MentionHarness.check(text, splitter.split(text), s -> new MentionHarness.Span(s.start(), s.end(), s.text()));
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        List<Sentence> s = split("Lt. Gen. Karim Haddad said the U.S. jets struck at dawn. Residents fled.");
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void paragraphsAreCountedAndOffsetsPointIntoTheText() {
        List<Sentence> s = split("First paragraph here. It has two sentences.\n\nSecond one.\nThird, on its own line.");
        assertEquals(4, s.size());
        assertEquals(0, s.get(1).paragraph());
        assertEquals(1, s.get(2).paragraph());
        assertEquals(2, s.get(3).paragraph());
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split(" \n\n \n"));
    }

    @Test
    void aStopWithItsSpaceLostStillEndsASentence() {
        List<Sentence> s = split("The spokesman was quoted as saying.The town fell to the rebels last May.");
        assertEquals(List.of("The spokesman was quoted as saying.", "The town fell to the rebels last May."),
                s.stream().map(Sentence::text).toList());
        // short forms and initials stay whole
        assertEquals(1, split("Mrs.Haddad and the U.S.Army said so.").size());
    }
}
