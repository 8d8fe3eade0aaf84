package org.frontline.recognise.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Whatever the text, the recogniser returns well-formed mentions and never throws. */
class TimeRobustnessTest {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "0123456789 ,.-–'’%$()\n\t ŞçéÖ";
    private static final List<String> WORDS = List.of("May", "March", "Monday", "since", "in", "the", "31",
            "February", "2017", "between", "and", "24", "-", "27", "last", "week", "ago", "two", "1e400",
            "99999999999999999999", "Dec.", "mid-", "early", "1990s", "overnight", ",", "of");

    private final TimeRecogniser recogniser = new TimeRecogniser();

    @Test
    void randomCharactersAndWordSalad() {
        Random random = new Random(20170206);
        LocalDate[] days = {LocalDate.of(2017, 2, 6), LocalDate.of(2000, 1, 1), LocalDate.of(2024, 2, 29),
                LocalDate.of(1900, 3, 1), LocalDate.of(2099, 12, 31)};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                if (random.nextBoolean()) {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                } else {
                    text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
                }
            }
            wellFormed(text.toString(), days[i % days.length]);
        }
    }

    @Test
    void impossibleAndEdgeDates() {
        LocalDate p = LocalDate.of(2017, 2, 6);
        assertTrue(recogniser.find("They met on 31 February and 30 February 2016.", p).isEmpty());
        assertEquals(1, recogniser.find("They met on 29 February 2016.", p).size());
        assertTrue(recogniser.find("", p).isEmpty());
        assertTrue(recogniser.find(null, p).isEmpty());
        wellFormed("since since since 2011 2011 between between the 1 and and 31 December", p);
        wellFormed("x".repeat(20_000) + " on Monday", p);
    }

    @Test
    void publicationInJanuaryPutsDecemberInTheYearBefore() {
        LocalDate january = LocalDate.of(2017, 1, 3);
        TimeMention m = recogniser.find("Shelling stopped on 30 December.", january).get(0);
        assertEquals(LocalDate.of(2016, 12, 30), m.range().start());
    }

    private void wellFormed(String text, LocalDate published) {
        List<TimeMention> found = recogniser.find(text, published);
        int previousEnd = 0;
        for (TimeMention m : found) {
            assertTrue(m.start() >= previousEnd && m.start() < m.end() && m.end() <= text.length(), m::toString);
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
            previousEnd = m.end();
        }
    }
}
