package org.frontline.recognise.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.frontline.recognise.number.Figure.Kind;
import org.junit.jupiter.api.Test;

/** Counts of people in sentences written for the test. */
class FigureRecogniserTest {

    private final FigureRecogniser recogniser = new FigureRecogniser();

    /** The figure whose surface is given; checks its offsets. */
    private Figure figure(String sentence, String surface) {
        List<Figure> found = recogniser.find(sentence).stream().filter(f -> f.surface().equals(surface)).toList();
        assertEquals(1, found.size(), () -> surface + " in " + recogniser.find(sentence));
        Figure f = found.get(0);
        assertEquals(surface, sentence.substring(f.start(), f.end()));
        return f;
    }

    private void is(Kind kind, long value, String sentence, String surface) {
        Figure f = figure(sentence, surface);
        assertEquals(kind, f.kind(), sentence);
        assertEquals(value, f.value(), sentence);
    }

    @Test
    void killed() {
        is(Kind.KILLED, 40, "At least 40 civilians were killed in the raid.", "40");
        is(Kind.KILLED, 13, "A shell hit the bus, killing 13 people.", "13");
        is(Kind.KILLED, 890, "The death toll rose to 890 on Sunday.", "890");
        is(Kind.KILLED, 12, "Dozens died when the shelter collapsed.", "Dozens");
        is(Kind.KILLED, 7, "Medics recovered seven bodies from the rubble.", "seven");
        is(Kind.KILLED, 25, "Twenty-five soldiers died at the checkpoint.", "Twenty-five");
    }

    @Test
    void wounded() {
        is(Kind.WOUNDED, 30, "The blast left 30 people wounded.", "30");
        is(Kind.WOUNDED, 20, "The strike killed four and injured some 20 others.", "20");
        is(Kind.KILLED, 4, "The strike killed four and injured some 20 others.", "four");
    }

    @Test
    void displaced() {
        is(Kind.DISPLACED, 45_000, "Monitors say 45,000 villagers fled the assault.", "45,000");
        is(Kind.DISPLACED, 120_000, "The bombing forced 120,000 residents to flee.", "120,000");
        is(Kind.DISPLACED, 400_000, "Some 400,000 people have been displaced since spring.", "400,000");
        is(Kind.DISPLACED, 500_000, "500,000 flee the city as the front collapses.", "500,000");
        is(Kind.DISPLACED, 1_500_000, "The floods of war left 1.5 million homeless.", "1.5 million");
        is(Kind.DISPLACED, 1_000, "The push sent thousands of families fleeing north.", "thousands");
    }

    @Test
    void otherNumbers() {
        is(Kind.OTHER, 40, "The militants retook 40% of the town.", "40%");
        is(Kind.OTHER, 3, "They came within 3 miles of the border.", "3 miles");
        is(Kind.OTHER, 15, "The base lies 15 kilometers to the south.", "15 kilometers");
        is(Kind.OTHER, 15, "A 15-year-old boy was among the dead.", "15-year-old");
        is(Kind.OTHER, 2015, "The dam was seized in 2015.", "2015");
        is(Kind.OTHER, 24, "Families left on May 24, officials said.", "24");
        is(Kind.OTHER, 5_000_000, "Donors pledged $5 million for the wounded.", "5 million");
        is(Kind.OTHER, 24, "Ten soldiers died in the past 24 hours.", "24 hours");
    }

    @Test
    void vagueWordsWithoutACueAreLeftOut() {
        assertTrue(recogniser.find("Several villages changed hands.").isEmpty());
        assertTrue(recogniser.find("No one was hurt in the blast.").isEmpty());
        assertTrue(recogniser.find("She is one of thousands fleeing the city.").stream()
                .noneMatch(f -> f.surface().equals("one")));
    }

    @Test
    void cumulativeTolls() {
        String s = "The conflict, which has left more than 310,000 people dead, began in 2011.";
        assertTrue(recogniser.isCumulative(s, figure(s, "310,000")));
        String t = "The war has killed more than 300,000 people since 2011.";
        assertTrue(recogniser.isCumulative(t, figure(t, "300,000")));
        String u = "Twelve died on Monday in a war that has killed 300,000 since the uprising began.";
        assertFalse(recogniser.isCumulative(u, figure(u, "Twelve")));
        assertTrue(recogniser.isCumulative(u, figure(u, "300,000")));
        String w = "The war, which has killed 300,000 people, and has forced millions from their homes, goes on.";
        assertTrue(recogniser.isCumulative(w, figure(w, "millions")));
        String v = "About 900 civilians have been killed since late April.";
        assertFalse(recogniser.isCumulative(v, figure(v, "900")), "a campaign's toll is still an event's");
    }

    @Test
    void garbageNeverThrows() {
        assertTrue(recogniser.find("1e400 killed").isEmpty());
        assertTrue(recogniser.find("99999999999999999999 dead").isEmpty());
        assertTrue(recogniser.find("").isEmpty());
        assertTrue(recogniser.find(null).isEmpty());
        Random random = new Random(7);
        String alphabet = "0123456789,.%$- killedfdwounisplacthrem";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(80); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            for (Figure f : recogniser.find(text)) {
                assertEquals(f.surface(), text.substring(f.start(), f.end()));
                recogniser.isCumulative(text, f);
            }
        }
    }
}
