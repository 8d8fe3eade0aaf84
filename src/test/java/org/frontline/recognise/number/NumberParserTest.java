package org.frontline.recognise.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NumberParserTest {

    private static void is(long expected, String text) {
        assertEquals(OptionalLong.of(expected), NumberParser.parse(text), text);
    }

    @Test
    void digits() {
        is(45_000, "45,000");
        is(120_000, "120,000");
        is(500_000, "500,000");
        is(40, "40");
        is(1_500_000, "1.5 million");
        is(2_000_000, "2 million");
        is(3_000, "3 thousand");
    }

    @Test
    void words() {
        is(40, "forty");
        is(25, "twenty-five");
        is(25, "Twenty Five");
        is(250_000, "two hundred and fifty thousand");
        is(100, "a hundred");
        is(1_000_000, "one million");
    }

    @Test
    void vagueQuantitiesFollowAcled() {
        is(12, "a dozen");
        is(12, "dozens");
        is(100, "hundreds");
        is(1_000, "thousands");
        is(10_000, "tens of thousands");
        is(3, "several");
        is(3, "a few");
        is(20, "scores");
    }

    @Test
    void garbageIsEmpty() {
        for (String s : new String[] {"1e400", "99999999999999999999", "", "   ", "dozen dozen x", "1.5", "-3",
                "forty-", "and", "NaN", "0x1F", "9".repeat(500), "12,34", "1,000,000,000,000,000,000,000"}) {
            assertTrue(NumberParser.parse(s).isEmpty(), s);
        }
        assertTrue(NumberParser.parse(null).isEmpty());
        assertTrue(NumberParser.parse("ninety billion billion billion").isEmpty(), "scales must descend");
        is(2_300_000, "two million three hundred thousand");
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(42);
        String alphabet = "0123456789,. -eEabcdfhilmnorstuvwxy";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            NumberParser.parse(s.toString());
        }
    }
}
