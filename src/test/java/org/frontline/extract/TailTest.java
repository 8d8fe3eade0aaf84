package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TailTest {
    @Test
    void takesTheLastWordsBeforeTheOffset() {
        String s = "Fighting broke out, according to the monitor.";
        int at = s.indexOf("monitor");
        assertEquals("out, according to the ", Tail.of(s, at, 4));
        assertEquals("to the ", Tail.of(s, at, 2));
    }

    @Test
    void fewerWordsThanAskedGiveThePrefix() {
        assertEquals("the ", Tail.of("the army", 4, 5));
        assertEquals("", Tail.of("the army", 0, 3));
        assertEquals("", Tail.of("the army", -2, 3));
    }

    @Test
    void theWordBeforeAnActorSkipsDeterminersAsBefore() {
        String s = "The town was shelled by the army on Monday.";
        assertEquals("by", Arguments.wordBefore(s, s.indexOf("army")));
        String t = "Aid went to its   allied fighters.";
        assertEquals("to", Arguments.wordBefore(t, t.indexOf("fighters")));
    }
}
