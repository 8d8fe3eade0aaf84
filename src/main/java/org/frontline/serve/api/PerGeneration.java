package org.frontline.serve.api;

import java.util.function.Function;
import org.frontline.store.EventStore;

/**
 * A value derived from everything stored, recomputed only when a write has committed since (the
 * store's generation moved), so requests between ingests read it for the cost of one lookup.
 * The generation is read before the data: a write landing mid-computation leaves the value tagged
 * older, and the next request computes it again. One request computes; the others wait for it.
 */
final class PerGeneration<T> {
    private final EventStore store;
    private final Function<EventStore, T> compute;
    private long generation = -1;
    private T value;

    PerGeneration(EventStore store, Function<EventStore, T> compute) {
        this.store = store;
        this.compute = compute;
    }

    synchronized T get() {
        long now = store.generation();
        if (value == null || now != generation) {
            value = compute.apply(store);
            generation = now;
        }
        return value;
    }
}
