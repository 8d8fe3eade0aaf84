package org.frontline.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A seeded mutation fuzzer without a framework: mutate seed inputs (bit flips, inserted and
 * deleted bytes, spliced dictionary tokens, duplicated chunks), run the target on each under a
 * per-input time bound, for a time budget. A crash or a hang is saved as
 * {@code fuzz-<target>-<hash>.bin} in {@link #OUT} to be committed under
 * src/test/resources/fixtures/, where {@link FuzzFixtureReplayTest} replays it forever after.
 *
 * <p>Budget per target: {@code -Dfrontline.fuzz.seconds=N} (default 8; 300 with
 * {@code -Dfrontline.long=true}); seed: {@code -Dfrontline.fuzz.seed=N}.
 */
final class Fuzz {
    static final Path OUT = Path.of(System.getProperty("frontline.fuzz.out",
            System.getProperty("java.io.tmpdir") + "/frontline-fuzz"));
    static final long SECONDS = Long.getLong("frontline.fuzz.seconds", Boolean.getBoolean("frontline.long") ? 300 : 8);
    static final long SEED = Long.getLong("frontline.fuzz.seed", 424_242L);
    /** One input taking longer than this is a hang. */
    static final long PER_INPUT_MILLIS = 10_000;

    @FunctionalInterface
    interface Target {
        /** Runs the code under test; throws (anything) when an input breaks a promise. */
        void run(byte[] input) throws Exception;
    }

    private Fuzz() {
    }

    /** Fuzzes {@code target} from {@code seeds}; returns the saved crash files (empty when none). */
    static List<String> run(String name, List<byte[]> seeds, List<String> dictionary, Target target) throws Exception {
        Random r = new Random(SEED ^ name.hashCode());
        List<String> crashes = new ArrayList<>();
        ExecutorService exec = Executors.newSingleThreadExecutor(Fuzz::daemon);
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        int runs = 0;
        try {
            while (System.nanoTime() < end && crashes.size() < 5) {
                byte[] input = mutate(seeds.get(r.nextInt(seeds.size())), dictionary, r);
                runs++;
                Future<?> f = exec.submit(() -> {
                    target.run(input);
                    return null;
                });
                try {
                    f.get(PER_INPUT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    exec.shutdownNow(); // the stuck thread is a daemon; carry on with a fresh one
                    exec = Executors.newSingleThreadExecutor(Fuzz::daemon);
                    crashes.add(save(name, input, "hang over " + PER_INPUT_MILLIS + " ms"));
                } catch (java.util.concurrent.ExecutionException e) {
                    crashes.add(save(name, input, String.valueOf(e.getCause())));
                }
            }
        } finally {
            exec.shutdownNow();
        }
        System.out.printf("fuzz %s: %d inputs in %d s, %d crashes%n", name, runs, SECONDS, crashes.size());
        return crashes;
    }

    private static Thread daemon(Runnable run) {
        Thread t = new Thread(run, "fuzz-target");
        t.setDaemon(true);
        return t;
    }

    static byte[] mutate(byte[] seed, List<String> dictionary, Random r) {
        byte[] b = seed.clone();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            int at = b.length == 0 ? 0 : r.nextInt(b.length);
            switch (r.nextInt(6)) {
                case 0 -> {
                    if (b.length > 0) {
                        b[at] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 1 -> b = splice(b, at, at, new byte[] {(byte) r.nextInt(256)});
                case 2 -> b = splice(b, at, Math.min(b.length, at + 1 + r.nextInt(16)), new byte[0]);
                case 3 -> b = splice(b, at, at, dictionary.get(r.nextInt(dictionary.size())).getBytes(StandardCharsets.UTF_8));
                case 4 -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(64));
                    byte[] chunk = java.util.Arrays.copyOfRange(b, at, at + len);
                    b = splice(b, at, at, chunk.length > 0 ? chunk : new byte[] {'x'});
                }
                default -> {
                    if (b.length > 0) {
                        b[at] = (byte) "0123456789 ,.-'\"<>&;:/\n\t\u0000".charAt(r.nextInt(25));
                    }
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    private static String save(String name, byte[] input, String why) throws IOException {
        Files.createDirectories(OUT);
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input)).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path f = OUT.resolve("fuzz-" + name + "-" + hash + ".bin");
        Files.write(f, input);
        return f + ": " + why;
    }
}
