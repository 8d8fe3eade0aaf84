package org.frontline.ingest;

import java.io.PrintStream;

/**
 * A one-line progress display on a terminal: documents done and the rate. Silent when the
 * output is not a terminal (logs and pipes get only the summary).
 */
public final class Progress {
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDraw;

    public Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    public static Progress onConsole() {
        return new Progress(System.err, System.console() != null);
    }

    public void step(int done, String current) {
        long now = System.nanoTime();
        if (!terminal || now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        double secs = (now - started) / 1e9;
        String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
        out.printf("\r%6d documents  %6.1f/s  %-40s", done, done / Math.max(secs, 1e-9), name);
        out.flush();
    }

    public void done() {
        if (terminal) {
            out.print("\r" + " ".repeat(70) + "\r");
            out.flush();
        }
    }
}
