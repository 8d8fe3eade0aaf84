package org.frontline.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A per-thread memo of the last results of a pure function: stages that read the same sentence
 * ask the same question of it (its triggers, its attribution), and a worker thread runs every
 * stage of one document before the next. The values must be immutable: callers share them.
 */
public final class Recent<K, V> {
    private final ThreadLocal<Map<K, V>> last;

    public Recent(int capacity) {
        this.last = ThreadLocal.withInitial(() -> new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The value for {@code key}, computed by {@code compute} unless this thread has it. */
    public V get(K key, Function<K, V> compute) {
        Map<K, V> map = last.get();
        V v = map.get(key);
        if (v == null) {
            v = compute.apply(key);
            map.put(key, v);
        }
        return v;
    }
}
