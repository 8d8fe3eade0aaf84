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

    @Test
    void anUnknownExportFormatNamesTheValidOnes() {
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.run("export", "--format", "csv"));
        } finally {
            System.setErr(old);
        }
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(said.contains("acled-csv, geojson or jsonl") && !said.contains("No enum constant"), said);
    }
}
