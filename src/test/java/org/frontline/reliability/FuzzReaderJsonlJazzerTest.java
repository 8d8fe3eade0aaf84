package org.frontline.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Jazzer, coverage-guided, on {@link FuzzTargets}; how it runs: the jazzer execution in pom.xml. */
class FuzzReaderJsonlJazzerTest {
    @FuzzTest(maxDuration = "15s")
    void fuzz(byte[] input) throws Exception {
        FuzzTargets.read(input, ".jsonl");
    }
}
