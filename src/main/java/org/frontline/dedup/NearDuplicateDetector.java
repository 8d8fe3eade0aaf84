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
 * <p>Jaccard similarity misses a wire story re-published with paragraphs cut: the short copy is
 * all inside the long one, but shares under half of their union. So every document also keeps a
 * fixed sample of its shingles (those whose hash falls in one quarter of the range: the same
 * shingles are sampled in every text), and a document with at least {@value #CONTAINED} of the
 * shorter text's sampled shingles in common with an earlier one is its duplicate too (the
 * containment of the shorter in the longer). Re-edits of a story arrive within days of it, so
 * the samples are kept for the last {@value #GENERATION} to {@code 2 x} that many documents only
 * (two generations, the older dropped when the newer fills), which bounds their memory.
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

    /** The share of the shorter text's sampled shingles the longer must hold. */
    static final double CONTAINED = 0.6;
    /** Fewer sampled shingles than this (a text under about 40 words) say too little. */
    static final int MIN_SAMPLES = 10;

    private final LongIntMap bands;
    private final boolean containment;
    /** Documents per generation of the sample index. */
    static final int GENERATION = 20_000;
    private LongIntMap samples = new LongIntMap(1 << 12);
    private LongIntMap olderSamples = new LongIntMap(16);
    private int generationStart;
    private final List<String> ids = new ArrayList<>();
    private int[] sampleCounts = new int[64];

    public NearDuplicateDetector() {
        this(1 << 12);
    }

    public NearDuplicateDetector(int expectedDocuments) {
        this(expectedDocuments, true);
    }

    private NearDuplicateDetector(int expectedDocuments, boolean containment) {
        bands = new LongIntMap(expectedDocuments * BANDS);
        this.containment = containment;
    }

    /**
     * The LSH bands alone, without containment: what the Spark job's band grouping computes (it
     * groups on band keys across the corpus; containment there is not done yet).
     */
    public static NearDuplicateDetector bandsOnly() {
        return new NearDuplicateDetector(1 << 12, false);
    }

    /**
     * Registers a document and returns the id of the earliest earlier document it nearly
     * duplicates, or null. Texts too short to judge are never duplicates.
     */
    public String offer(String id, String text) {
        Sketch sketch = sketch(text);
        int index = ids.size();
        ids.add(id);
        if (sketch == null) {
            return null;
        }
        Map<Integer, Integer> hits = new HashMap<>();
        for (long key : sketch.bandKeys()) {
            int earlier = bands.putIfAbsent(key, index);
            if (earlier >= 0) {
                hits.merge(earlier, 1, Integer::sum);
            }
        }
        String similar = hits.entrySet().stream().filter(e -> e.getValue() >= MIN_BANDS)
                .map(Map.Entry::getKey).min(Integer::compare).map(ids::get).orElse(null);
        String contained = containment ? contained(index, sketch.samples()) : null;
        return similar != null ? similar : contained;
    }

    /** Stores the document's sampled shingles; the earliest document one of the two texts is mostly inside. */
    private String contained(int index, long[] sampled) {
        if (index == sampleCounts.length) {
            sampleCounts = java.util.Arrays.copyOf(sampleCounts, index * 2);
        }
        sampleCounts[index] = sampled.length;
        if (index - generationStart >= GENERATION) {
            olderSamples = samples;
            samples = new LongIntMap(1 << 12);
            generationStart = index;
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (long h : sampled) {
            int older = olderSamples.get(h);
            int earlier = samples.putIfAbsent(h, index);
            earlier = older >= 0 ? older : earlier;
            if (earlier >= 0) {
                shared.merge(earlier, 1, Integer::sum);
            }
        }
        int best = -1;
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            int shorter = Math.min(sampled.length, sampleCounts[e.getKey()]);
            if (shorter >= MIN_SAMPLES && e.getValue() >= CONTAINED * shorter && (best < 0 || e.getKey() < best)) {
                best = e.getKey();
            }
        }
        return best < 0 ? null : ids.get(best);
    }

    /** A text's band keys and its sampled shingle hashes (distinct, sorted). */
    private record Sketch(long[] bandKeys, long[] samples) {
    }

    private static Sketch sketch(String text) {
        Signature sig = signature(text);
        return sig == null ? null : new Sketch(bandKeys(sig.minHashes()), sig.samples());
    }

    /**
     * The {@value #BANDS} LSH band keys of a text, or null when it has too few words to judge: a
     * document sharing {@value #MIN_BANDS} of them with an earlier one duplicates it. The same
     * text gives the same keys anywhere, so a corpus can be grouped on them (the Spark job does).
     */
    public static long[] bandKeys(String text) {
        Signature sig = signature(text);
        return sig == null ? null : bandKeys(sig.minHashes());
    }

    private static long[] bandKeys(long[] sig) {
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

    /** MinHash values over a text's hashed word shingles, and the shingles the fixed sample keeps. */
    private record Signature(long[] minHashes, long[] samples) {
    }

    /** The sample keeps a shingle when the top two bits of its mixed hash are zero: one in four. */
    private static boolean sampled(long shingle) {
        return (shingle * 0x9E3779B97F4A7C15L) >>> 62 == 0;
    }

    /** MinHash over hashed word shingles, and the sampled ones; null when the text has too few words. */
    private static Signature signature(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        long[] window = new long[SHINGLE];
        int n = 0;
        long[] sig = new long[BANDS * ROWS];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        long[] kept = new long[16];
        int k0 = 0;
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
            if (sampled(h)) {
                if (k0 == kept.length) {
                    kept = java.util.Arrays.copyOf(kept, k0 * 2);
                }
                kept[k0++] = h;
            }
            for (int i = 0; i < sig.length; i++) {
                long v = h * SEEDS_A[i] + SEEDS_B[i];
                v ^= v >>> 29;
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        if (shingles < MIN_SHINGLES) {
            return null;
        }
        long[] distinct = java.util.Arrays.copyOf(kept, k0);
        java.util.Arrays.sort(distinct);
        return new Signature(sig, java.util.Arrays.stream(distinct).distinct().toArray());
    }
}
