package org.frontline.spark;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LSH band keys of {@link org.frontline.dedup.NearDuplicateDetector}, computable per document
 * so that near-duplicates can be found across a whole corpus by grouping on band keys.
 *
 * <p>REIMPLEMENTED, not called: the detector's {@code signature} and its constants are
 * package-private. Same word 5-shingles (String.hashCode of lower-cased [\p{L}\p{N}]+ words, *31
 * combination), same 100 MinHash functions seeded from {@code new SplittableRandom(0x5eed)}, same
 * 20 bands of 5 rows, same key mixing, same 8-shingle minimum and 3-band threshold.
 * {@code MinHashBandsTest} checks it against the detector on the reference corpus and on synthetic
 * near-copies; if the core changes its parameters that test fails. Core hook asked for: a public
 * {@code NearDuplicateDetector.bandKeys(String text)} (returns null when too short) and public
 * {@code MIN_BANDS}.
 */
public final class MinHashBands {
    static final int SHINGLE = 5;
    static final int BANDS = 20;
    static final int ROWS = 5;
    /** A document sharing at least this many bands with an earlier one (that first held them) is its duplicate. */
    public static final int MIN_BANDS = 3;
    private static final int MIN_SHINGLES = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS_A = new long[BANDS * ROWS];
    private static final long[] SEEDS_B = new long[BANDS * ROWS];

    static {
        SplittableRandom r = new SplittableRandom(0x5eed);
        for (int i = 0; i < SEEDS_A.length; i++) {
            SEEDS_A[i] = r.nextLong() | 1L;
            SEEDS_B[i] = r.nextLong();
        }
    }

    private MinHashBands() {
    }

    /** The {@value #BANDS} band keys of a text, or null when it has too few words to judge. */
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

    static long[] signature(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        long[] window = new long[SHINGLE];
        int n = 0;
        long[] sig = new long[BANDS * ROWS];
        Arrays.fill(sig, Long.MAX_VALUE);
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
