package org.frontline.serve.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.frontline.store.EventStore;

/**
 * A value derived from everything stored, recomputed only when a write has committed since (the
 * store's generation moved), so requests between ingests read it for the cost of one lookup.
 * The generation is read before the data: a write landing mid-computation leaves the value tagged
 * older, and the next request computes it again. One computation runs at a time, on a thread of
 * its own; a request waits for it at most {@link #PATIENCE_MS} when an earlier value exists, and
 * is then answered from that value (issue 12: on a large store under a steady ingest a rebuild
 * takes longer than a request may). Such an answer is marked stale for this request's thread, so
 * it goes out without the generation's ETag, which it does not match.
 */
final class PerGeneration<T> {
    /** How long a request waits for a rebuild before it takes the value before (small stores rebuild well within it). */
    static final long PATIENCE_MS = Long.getLong("frontline.reasoningPatienceMs", 2_000);
    private static final ThreadLocal<Boolean> STALE = ThreadLocal.withInitial(() -> false);

    private final EventStore store;
    private final Function<EventStore, T> compute;
    private long generation = -1;
    private T value;
    private CompletableFuture<Void> building;

    PerGeneration(EventStore store, Function<EventStore, T> compute) {
        this.store = store;
        this.compute = compute;
    }

    /** Whether this thread's request was answered from a value older than the store: called as its answer goes out. */
    static boolean servedStale() {
        return STALE.get();
    }

    /** This thread's request is being answered from something older than the store. */
    static void markStale() {
        STALE.set(true);
    }

    /** At the start of each request. */
    static void newRequest() {
        STALE.set(false);
    }

    T get() {
        long now = store.generation();
        CompletableFuture<Void> wait;
        boolean have;
        synchronized (this) {
            if (value != null && generation >= now) {
                return value;
            }
            if (building == null) {
                building = CompletableFuture.runAsync(() -> build(now), PerGeneration::daemon);
            }
            wait = building;
            have = value != null;
        }
        try {
            if (have) {
                wait.get(PATIENCE_MS, TimeUnit.MILLISECONDS);
            } else {
                wait.get();
            }
        } catch (TimeoutException | ExecutionException e) {
            if (!have) {
                throw new IllegalStateException("cannot derive from the store: " + e.getCause(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (value == null) {
                throw new IllegalStateException("cannot derive from the store");
            }
            if (generation < now) {
                STALE.set(true);
            }
            return value;
        }
    }

    private void build(long now) {
        try {
            T v = compute.apply(store);
            synchronized (this) {
                value = v;
                generation = now;
            }
        } finally {
            synchronized (this) {
                building = null;
            }
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "frontline-derive");
        t.setDaemon(true);
        t.start();
    }
}
