package org.frontline.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Accumulates wall time per stage name; safe to share between worker threads. */
public final class StageTimer {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    public static StageTimer discard() {
        return new StageTimer();
    }

    public void record(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
    }

    /** Milliseconds per stage, sorted by name. */
    public Map<String, Double> millis() {
        Map<String, Double> out = new TreeMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum() / 1e6));
        return out;
    }
}
