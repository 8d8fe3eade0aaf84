package org.frontline.recognise.place;

import java.util.Arrays;

/**
 * Name key -> entry numbers, as one sorted long[]: 40 bits of key hash, 24 bits of entry number.
 * A HashMap of ~1M String keys would cost >100 MB; this costs 8 bytes a name. A 40-bit hash
 * collision among a million keys is about one in a million per lookup, and a collision only adds
 * a candidate that disambiguation then has to beat, so keys are not stored.
 */
final class KeyIndex {

    private static final int ENTRY_BITS = 24;
    static final int MAX_ENTRIES = 1 << ENTRY_BITS;

    private long[] packed = new long[1 << 16];
    private int size;
    private boolean sorted;

    void add(String key, int entry) {
        if (entry >= MAX_ENTRIES) {
            throw new IllegalStateException("gazetteer too large for the index: " + entry);
        }
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, size * 2);
        }
        packed[size++] = (hash40(key) << ENTRY_BITS) | entry;
        sorted = false;
    }

    /** Sorts and drops duplicate (key, entry) pairs; call once after the last add. */
    void freeze() {
        Arrays.sort(packed, 0, size);
        int w = 0;
        for (int i = 0; i < size; i++) {
            if (w == 0 || packed[i] != packed[w - 1]) {
                packed[w++] = packed[i];
            }
        }
        size = w;
        packed = Arrays.copyOf(packed, size);
        sorted = true;
    }

    /** Entry numbers under {@code key}, ascending; empty when none. */
    int[] get(String key) {
        if (!sorted) {
            throw new IllegalStateException("index not frozen");
        }
        long h = hash40(key);
        long lo = h << ENTRY_BITS;
        int i = Arrays.binarySearch(packed, 0, size, lo);
        if (i < 0) {
            i = -i - 1;
        }
        int j = i;
        while (j < size && (packed[j] >>> ENTRY_BITS) == h) {
            j++;
        }
        int[] out = new int[j - i];
        for (int k = i; k < j; k++) {
            out[k - i] = (int) (packed[k] & (MAX_ENTRIES - 1));
        }
        return out;
    }

    int size() {
        return size;
    }

    /** FNV-1a 64 with a final avalanche, top 40 bits (non-negative once shifted into place). */
    static long hash40(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h >>> 24;
    }
}
