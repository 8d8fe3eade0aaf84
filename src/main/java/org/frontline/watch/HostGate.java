package org.frontline.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-host politeness: at most one request at a time to a host, at least {@code delay} apart (or
 * robots.txt's Crawl-delay, when longer), and none before a backoff the host asked for (429 or 503
 * with Retry-After) or earned (5xx, growing with each failure in a row) has passed.
 */
final class HostGate {
    private final Duration delay;
    private final Duration maxWait;
    private final Clock clock;
    private final Map<String, Host> hosts = new HashMap<>();

    private static final class Host {
        Instant next = Instant.EPOCH;
        Duration crawlDelay = Duration.ZERO;
        int failures;
        boolean busy;
    }

    HostGate(Duration delay, Duration maxWait, Clock clock) {
        this.delay = delay;
        this.maxWait = maxWait;
        this.clock = clock;
    }

    /**
     * Waits for the host's turn and takes it; {@link #release} gives it back. A backoff longer than
     * {@code maxWait} is not waited out: the caller is told, and tries the source again later.
     */
    void acquire(String host) throws FetchException {
        synchronized (this) {
            Host h = hosts.computeIfAbsent(host, k -> new Host());
            while (true) {
                long wait = Duration.between(clock.instant(), h.next).toMillis();
                if (!h.busy && wait <= 0) {
                    h.busy = true;
                    return;
                }
                if (!h.busy && wait > maxWait.toMillis()) {
                    throw new FetchException(host + " asked us to wait until " + h.next + " (backing off)", FetchException.Kind.TRANSIENT);
                }
                try {
                    wait(h.busy ? 1_000 : Math.max(1, wait));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FetchException("interrupted while waiting for " + host, FetchException.Kind.TRANSIENT);
                }
            }
        }
    }

    /** Gives the host's turn back; its next request may start after the delay (or a backoff). */
    synchronized void release(String host, Duration backoff, boolean failed) {
        Host h = hosts.get(host);
        Duration d = h.crawlDelay.compareTo(delay) > 0 ? h.crawlDelay : delay;
        if (failed) {
            h.failures++;
            Duration grown = Duration.ofSeconds(Math.min(600, 1L << Math.min(h.failures, 10)));
            d = max(d, grown);
        } else {
            h.failures = 0;
        }
        if (backoff != null) {
            d = max(d, backoff);
        }
        h.next = clock.instant().plus(d);
        h.busy = false;
        notifyAll();
    }

    /** robots.txt's Crawl-delay for the host (capped at a minute). */
    synchronized void crawlDelay(String host, Duration d) {
        hosts.computeIfAbsent(host, k -> new Host()).crawlDelay = d.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : d;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
