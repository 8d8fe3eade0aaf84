package org.frontline.reliability;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every input a fuzz run ever broke something with, replayed: files named
 * {@code fuzz-<target>-<hash>.bin} under src/test/resources/fixtures/ go through their target
 * ({@link FuzzTargets}) and must now pass, in bounded time.
 */
class FuzzFixtureReplayTest {

    static Stream<Path> fixtures() throws Exception {
        URL dir = FuzzFixtureReplayTest.class.getResource("/fixtures");
        if (dir == null) {
            return Stream.empty();
        }
        try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
            return s.filter(p -> p.getFileName().toString().matches("fuzz-[a-z-]+-[0-9a-f]+\\.bin")).sorted().toList().stream();
        }
    }

    /** JUnit refuses a parameterised test with no arguments; with no fixture yet, there is nothing to replay. */
    @org.junit.jupiter.api.Test
    void everyFixtureReplays() throws Exception {
        List<Path> all;
        try (Stream<Path> s = fixtures()) {
            all = s.toList();
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(all.isEmpty(), "no fuzz fixture yet: no fuzz run has found a crash");
        for (Path fixture : all) {
            replay(fixture);
        }
    }

    void replay(Path fixture) throws Exception {
        String name = fixture.getFileName().toString();
        String target = name.substring("fuzz-".length(), name.lastIndexOf('-'));
        Fuzz.Target t = FuzzTargets.TARGETS.get(target);
        assertNotNull(t, "no fuzz target " + target + " for " + name);
        byte[] input = Files.readAllBytes(fixture);
        assertTimeoutPreemptively(Duration.ofMillis(Fuzz.PER_INPUT_MILLIS), () -> t.run(input), name);
    }
}
