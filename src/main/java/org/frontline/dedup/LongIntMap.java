package org.frontline.dedup;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values that keeps the FIRST value put for a
 * key. Primitive arrays keep a band index of millions of documents at about 12 bytes an entry;
 * filled up to three quarters (linear probing stays short there), so growing from n to 2n slots
 * briefly holds 3n: 1M documents (20M band keys) peak under 600 MB.
 */
final class LongIntMap {
    private static final int EMPTY = -1;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected + expected / 3)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(values, EMPTY);
    }

    /** The value already stored for {@code key}, or stores {@code value} and returns -1. */
    int putIfAbsent(long key, int value) {
        if (size >= keys.length - (keys.length >> 2)) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (values[i] != EMPTY) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return EMPTY;
    }

    /** The value stored for {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (values[i] != EMPTY) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return EMPTY;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != EMPTY) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}
