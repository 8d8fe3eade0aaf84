package org.frontline.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds near-duplicate documents in one pass: word 5-shingles, a MinHash signature, and LSH
 * bands. A document whose signature shares at least {@link #MIN_BANDS} bands with an earlier
 * one is its duplicate. The index keeps only band keys (no signatures, no text), so the cost
 * per document stays flat as the corpus grows.
 *
 * <p>Not thread-safe: documents must be offered in input order, which defines "earliest".
 */
public final class NearDuplicateDetector {
    static final int SHINGLE = 5;
    static final int BANDS = 20;
    static final int ROWS = 5;
    /** With 5 rows a band, Jaccard 0.8 shares ~6.5 of 20 bands on average, Jaccard 0.4 ~0.2. */
    static final int MIN_BANDS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_SHINGLES = 8;

    private final long[] seedsA = new long[BANDS * ROWS];
    private final long[] seedsB = new long[BANDS * ROWS];
    private final LongIntMap bands;
    private final List<String> ids = new ArrayList<>();

    public NearDuplicateDetector() {
        this(1 << 12);
    }

    public NearDuplicateDetector(int expectedDocuments) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(0x5eed);
        for (int i = 0; i < seedsA.length; i++) {
            seedsA[i] = r.nextLong() | 1L;
            seedsB[i] = r.nextLong();
        }
        bands = new LongIntMap(expectedDocuments * BANDS);
    }

    /**
     * Registers a document and returns the id of the earliest earlier document it nearly
     * duplicates, or null. Texts too short to judge are never duplicates.
     */
    public String offer(String id, String text) {
        long[] sig = signature(text);
        int index = ids.size();
        ids.add(id);
        if (sig == null) {
            return null;
        }
        Map<Integer, Integer> hits = new HashMap<>();
        for (int b = 0; b < BANDS; b++) {
            long key = b;
            for (int r = 0; r < ROWS; r++) {
                key = key * 0x9E3779B97F4A7C15L + sig[b * ROWS + r];
            }
            int earlier = bands.putIfAbsent(key, index);
            if (earlier >= 0) {
                hits.merge(earlier, 1, Integer::sum);
            }
        }
        return hits.entrySet().stream().filter(e -> e.getValue() >= MIN_BANDS)
                .map(Map.Entry::getKey).min(Integer::compare).map(ids::get).orElse(null);
    }

    /** MinHash over hashed word shingles; null when the text has too few words. */
    long[] signature(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        long[] window = new long[SHINGLE];
        int n = 0;
        long[] sig = new long[BANDS * ROWS];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        int shingles = 0;
        while (m.find()) {
            window[n % SHINGLE] = m.group().hashCode();
            n++;
            if (n < SHINGLE) {
                continue;
            }
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) {
                h = h * 31 + window[(n + k) % SHINGLE];
            }
            shingles++;
            for (int i = 0; i < sig.length; i++) {
                long v = (h * seedsA[i] + seedsB[i]);
                v ^= v >>> 29;
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return shingles < MIN_SHINGLES ? null : sig;
    }
}
