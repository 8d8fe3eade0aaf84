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
    public static final int BANDS = 20;
    static final int ROWS = 5;
    /** With 5 rows a band, Jaccard 0.8 shares ~6.5 of 20 bands on average, Jaccard 0.4 ~0.2. */
    public static final int MIN_BANDS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_SHINGLES = 8;

    /** The MinHash functions: fixed, so band keys agree across runs and machines (the Spark job groups on them). */
    private static final long[] SEEDS_A = new long[BANDS * ROWS];
    private static final long[] SEEDS_B = new long[BANDS * ROWS];

    static {
        java.util.SplittableRandom r = new java.util.SplittableRandom(0x5eed);
        for (int i = 0; i < SEEDS_A.length; i++) {
            SEEDS_A[i] = r.nextLong() | 1L;
            SEEDS_B[i] = r.nextLong();
        }
    }

    private final LongIntMap bands;
    private final List<String> ids = new ArrayList<>();

    public NearDuplicateDetector() {
        this(1 << 12);
    }

    public NearDuplicateDetector(int expectedDocuments) {
        bands = new LongIntMap(expectedDocuments * BANDS);
    }

    /**
     * Registers a document and returns the id of the earliest earlier document it nearly
     * duplicates, or null. Texts too short to judge are never duplicates.
     */
    public String offer(String id, String text) {
        long[] keys = bandKeys(text);
        int index = ids.size();
        ids.add(id);
        if (keys == null) {
            return null;
        }
        Map<Integer, Integer> hits = new HashMap<>();
        for (long key : keys) {
            int earlier = bands.putIfAbsent(key, index);
            if (earlier >= 0) {
                hits.merge(earlier, 1, Integer::sum);
            }
        }
        return hits.entrySet().stream().filter(e -> e.getValue() >= MIN_BANDS)
                .map(Map.Entry::getKey).min(Integer::compare).map(ids::get).orElse(null);
    }

    /**
     * The {@value #BANDS} LSH band keys of a text, or null when it has too few words to judge: a
     * document sharing {@value #MIN_BANDS} of them with an earlier one duplicates it. The same
     * text gives the same keys anywhere, so a corpus can be grouped on them (the Spark job does).
     */
    public static long[] bandKeys(String text) {
        long[] sig = signature(text);
        if (sig == null) {
            return null;
        }
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long key = b;
            for (int r = 0; r < ROWS; r++) {
                key = key * 0x9E3779B97F4A7C15L + sig[b * ROWS + r];
            }
            keys[b] = key;
        }
        return keys;
    }

    /** MinHash over hashed word shingles; null when the text has too few words. */
    private static long[] signature(String text) {
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
                long v = h * SEEDS_A[i] + SEEDS_B[i];
                v ^= v >>> 29;
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return shingles < MIN_SHINGLES ? null : sig;
    }
}
