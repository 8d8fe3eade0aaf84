package org.frontline.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM on the test classpath running one of this package's drivers, its stdout lines
 * delivered to a queue as they come (so the parent can kill it at a chosen point) and its stderr
 * kept in a file for the failure message.
 */
final class ChildJvm implements AutoCloseable {
    /** Emitted on stdout when the child's stdout closes. */
    static final String EOF = "\u0000eof";
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Path stderr;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread t = new Thread(this::pump, "child-stdout");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Starts {@code mainClass} with {@code heap} (e.g. "256m"). C1 only and the serial collector:
     * the children are short-lived, so start-up time is what counts.
     */
    static ChildJvm start(Class<?> mainClass, String heap, Path stderr, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
        return new ChildJvm(p, stderr);
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child was killed mid-line: what came before is all there is
        }
        lines.add(EOF);
    }

    /** The next stdout line, {@link #EOF} at the end, or null after {@code millis} without one. */
    String next(long millis) throws InterruptedException {
        String l = lines.poll(millis, TimeUnit.MILLISECONDS);
        if (l != null && !l.equals(EOF)) {
            seen.add(l);
        }
        return l;
    }

    /** Every line until the child ends (bounded by {@code millis}); the exit status, or -1 on timeout. */
    int finish(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        for (String l; (l = next(Math.max(1, end - System.currentTimeMillis()))) != null && !l.equals(EOF); ) {
            if (System.currentTimeMillis() > end) {
                break;
            }
        }
        if (!process.waitFor(Math.max(1, end - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) {
            return -1;
        }
        return process.exitValue();
    }

    List<String> seen() {
        return seen;
    }

    /** kill -9: no shutdown hooks, no finally blocks, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String stderrTail() {
        try {
            String s = java.nio.file.Files.readString(stderr, StandardCharsets.UTF_8);
            return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
        } catch (IOException e) {
            return "(no stderr: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
