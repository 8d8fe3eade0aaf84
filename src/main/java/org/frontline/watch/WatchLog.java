package org.frontline.watch;

import java.io.PrintStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** One line an event, time first: {@code 2026-12-07T05:01:02Z  INFO  source ...: 3 new, 3 stored}. */
public final class WatchLog {
    private final PrintStream out;
    private final Clock clock;
    private final boolean quiet;

    public WatchLog(PrintStream out, Clock clock, boolean quiet) {
        this.out = out;
        this.clock = clock;
        this.quiet = quiet;
    }

    public void info(String message) {
        if (!quiet) {
            line("INFO ", message);
        }
    }

    public void warn(String message) {
        line("WARN ", message);
    }

    private synchronized void line(String level, String message) {
        out.println(clock.instant().truncatedTo(ChronoUnit.SECONDS) + "  " + level + " " + message.replaceAll("[\\r\\n]+", " "));
        out.flush();
    }
}
