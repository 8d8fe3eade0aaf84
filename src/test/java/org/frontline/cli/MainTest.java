package org.frontline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void everyCommandHasHelp() {
        assertEquals(0, Main.run("--help"));
        assertEquals(0, Main.run("extract", "--help"));
        assertEquals(0, Main.run("eval", "--help"));
        assertEquals(0, Main.run("gazetteer", "load", "--help"));
    }

    @Test
    void usageErrorsExitNonZero() {
        assertEquals(2, Main.run("extract"));
        assertEquals(2, Main.run("extract", "--format", "xml", "x"));
        assertEquals(2, Main.run("extract", "/no/such/folder"));
        assertEquals(2, Main.run("no-such-command"));
    }
}
