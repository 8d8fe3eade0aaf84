package org.frontline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.frontline.dedup.NearDuplicateDetector;
import org.junit.jupiter.api.Test;

/** The band keys plus the job's grouping rule give the sequential detector's answers by bands (containment is not in the job). */
class BandGroupingTest {

    /** The job's rule, in memory: first holder of each band key, then the earliest first holder sharing >= 3 bands. */
    static List<Integer> byBands(List<String> texts) {
        Map<Long, Integer> first = new HashMap<>();
        List<long[]> keys = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            long[] k = NearDuplicateDetector.bandKeys(texts.get(i));
            keys.add(k);
            if (k != null) {
                for (long key : k) {
                    first.putIfAbsent(key, i);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Map<Integer, Integer> hits = new HashMap<>();
            if (keys.get(i) != null) {
                for (long key : keys.get(i)) {
                    int f = first.get(key);
                    if (f != i) {
                        hits.merge(f, 1, Integer::sum);
                    }
                }
            }
            out.add(hits.entrySet().stream().filter(e -> e.getValue() >= NearDuplicateDetector.MIN_BANDS)
                    .map(Map.Entry::getKey).min(Integer::compare).orElse(-1));
        }
        return out;
    }

    static List<Integer> sequential(List<String> texts) {
        NearDuplicateDetector d = NearDuplicateDetector.bandsOnly(); // the job groups on bands only
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String dup = d.offer(Integer.toString(i), texts.get(i));
            out.add(dup == null ? -1 : Integer.parseInt(dup));
        }
        return out;
    }

    @Test
    void sameAnswersAsTheDetectorOnNearCopies() {
        Random r = new Random(7);
        String[] vocab = "the rebels army shelled town village road north south killed fighters said on monday near city forces government held captured".split(" ");
        List<String> texts = new ArrayList<>();
        for (int doc = 0; doc < 60; doc++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 40 + r.nextInt(200); w++) {
                b.append(vocab[r.nextInt(vocab.length)]).append(' ');
            }
            texts.add(b.toString());
            // near copies with a few words changed, and exact copies
            for (int c = 0; c < r.nextInt(3); c++) {
                String[] words = b.toString().split(" ");
                for (int m = 0; m < 1 + r.nextInt(6); m++) {
                    words[r.nextInt(words.length)] = vocab[r.nextInt(vocab.length)];
                }
                texts.add(String.join(" ", words));
            }
            if (r.nextInt(4) == 0) {
                texts.add("too short to judge " + doc);
            }
        }
        java.util.Collections.shuffle(texts, r);
        assertEquals(sequential(texts), byBands(texts));
    }

    @Test
    void sameAnswersOnTheReferenceCorpus() throws IOException {
        Path corpus = ExtractJobTest.shared().resolve("corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "no reference corpus at " + corpus);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        List<Integer> expected = sequential(texts);
        assertEquals(expected, byBands(texts));
        org.junit.jupiter.api.Assertions.assertTrue(expected.stream().anyMatch(i -> i >= 0), "the seeds have a twin");
    }
}
