package org.frontline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The field's baseline, Stanford CoreNLP's default English pipeline, run as a child process by
 * {@code bench-corenlp/corenlp-bench} (a separate GPL-3.0 project kept out of frontline.jar).
 * The command prints one JSON line: {articles, sentences, seconds, load_seconds, ...}.
 */
final class Baseline {
    /** What the baseline measured, or why it is absent ({@code absent} non-null). */
    record Result(long articles, long sentences, double seconds, double loadSeconds, String absent) {
        static Result absent(String why) {
            return new Result(0, 0, 0, 0, why);
        }

        double articlesPerS() {
            return articles / seconds;
        }

        double sentencesPerS() {
            return sentences / seconds;
        }
    }

    static final String BUILD = "mvn -q -B -f bench-corenlp/pom.xml package dependency:build-classpath"
            + " -Dmdep.outputFile=target/classpath.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path command;
    private final String absent;

    private Baseline(Path command, String absent) {
        this.command = command;
        this.absent = absent;
    }

    /**
     * {@code spec}: "none", an explicit command, or null for the default
     * {@code bench-corenlp/corenlp-bench} under the working folder, used only when built.
     */
    static Baseline locate(String spec) {
        if ("none".equals(spec)) {
            return new Baseline(null, "skipped (--baseline none)");
        }
        if (spec != null) {
            Path p = Path.of(spec);
            return Files.isExecutable(p) ? new Baseline(p, null) : new Baseline(null, "not executable: " + spec);
        }
        Path dir = Path.of("bench-corenlp");
        Path cmd = dir.resolve("corenlp-bench");
        if (!Files.isExecutable(cmd)) {
            return new Baseline(null, "bench-corenlp/ not found under " + Path.of("").toAbsolutePath()
                    + " (run from the repository root, or pass --baseline PATH/corenlp-bench)");
        }
        if (!Files.isRegularFile(dir.resolve("target/classpath.txt")) || !Files.isDirectory(dir.resolve("target/classes"))) {
            return new Baseline(null, "bench-corenlp is not built; build it once with: " + BUILD
                    + "  (downloads CoreNLP 4.5.10 and its 474 MB models jar into ~/.m2; GPL-3.0)");
        }
        return new Baseline(cmd, null);
    }

    boolean available() {
        return command != null;
    }

    String absentReason() {
        return absent;
    }

    /** Runs the baseline over {@code inputs}; its log goes to {@code log}. */
    Result run(List<Path> inputs, Path log, long timeoutMinutes) {
        if (command == null) {
            return Result.absent(absent);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(command.toAbsolutePath().toString());
        inputs.forEach(p -> cmd.add(p.toAbsolutePath().toString()));
        try {
            Path out = Files.createTempFile(log.getParent(), "corenlp", ".json");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return Result.absent("timed out after " + timeoutMinutes + " min (log: " + log + ")");
            }
            List<String> lines = Files.readAllLines(out);
            Files.deleteIfExists(out);
            if (p.exitValue() != 0 || lines.isEmpty()) {
                return Result.absent("exit " + p.exitValue() + " (log: " + log + ")");
            }
            JsonNode n = JSON.readTree(lines.get(lines.size() - 1));
            return new Result(n.get("articles").asLong(), n.get("sentences").asLong(), n.get("seconds").asDouble(),
                    n.get("load_seconds").asDouble(), null);
        } catch (IOException e) {
            return Result.absent("cannot run " + command + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.absent("interrupted");
        }
    }
}
