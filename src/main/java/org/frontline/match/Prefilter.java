package org.frontline.match;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex with the literals every match must contain ({@link RequiredLiterals}), so it runs only
 * where one of them occurs. A regex tried at every offset of every sentence is most of the cost of
 * rule-based extraction; a literal search is a small part of it.
 *
 * <p>{@link #mayMatch} is exact: false only when the pattern cannot match. {@link #forEach} runs
 * the pattern in windows of {@code radius} characters around each literal, with transparent bounds
 * so look-arounds and word boundaries still see the whole text; it finds what a scan of the whole
 * text finds as long as no match reaches further than {@code radius} from its literal.
 *
 * <p>When every match of the pattern must start with one of a few literals ({@link
 * RequiredLiterals#leading}), both scans try the pattern only where one of them starts, not at
 * every offset: trying an alternation of words at each character is where a scan spends its time.
 */
public final class Prefilter {
    private final Pattern pattern;
    /** Null when nothing could be shown: the pattern then runs over the whole text. */
    private final String[] literals;
    /** The literals every match starts with, or null when a match may start anywhere. */
    private final String[] leading;

    private Prefilter(Pattern pattern, String[] literals, String[] leading) {
        this.pattern = pattern;
        this.literals = literals;
        this.leading = leading;
    }

    public static Prefilter of(Pattern pattern) {
        boolean plain = (pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) == 0;
        Optional<Set<String>> required = plain ? RequiredLiterals.of(pattern.pattern()) : Optional.empty();
        Optional<Set<String>> leading = plain ? RequiredLiterals.leading(pattern.pattern()) : Optional.empty();
        return new Prefilter(pattern, required.map(s -> s.toArray(String[]::new)).orElse(null),
                leading.map(s -> s.toArray(String[]::new)).orElse(null));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The literals this filter looks for (folded), or empty when it runs the pattern everywhere. */
    public Optional<Set<String>> literals() {
        return Optional.ofNullable(literals).map(Set::of);
    }

    /** False only when no match can occur in the text. */
    public boolean mayMatch(Folded text) {
        if (literals == null) {
            return true;
        }
        for (String l : literals) {
            if (text.text().indexOf(l) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Each match, left to right, handed to {@code action} while the matcher still holds it. */
    public void forEach(String text, Folded folded, int radius, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text);
        if (literals == null) {
            while (m.find()) {
                action.accept(m);
            }
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int[] starts = leading == null ? null : starts(folded.text());
        for (long window : windows(folded.text(), radius)) {
            Matches found = new Matches(m, starts, (int) (window >>> 32), (int) window);
            for (Matcher x; (x = found.next()) != null; ) {
                action.accept(x);
            }
        }
    }

    /**
     * Each match of {@code while (m.find())} over the whole text, handed to {@code action} while the
     * matcher still holds it; nothing when {@link #mayMatch} says none can occur. Exact, with no radius.
     */
    public void forEachMatch(String text, Folded folded, Consumer<Matcher> action) {
        Matches found = matches(text, folded);
        for (Matcher m; (m = found.next()) != null; ) {
            action.accept(m);
        }
    }

    /** The matches {@link #forEachMatch} hands over, one by one, for loops that read better without a lambda. */
    public Matches matches(String text, Folded folded) {
        int[] starts = !mayMatch(folded) ? NONE : leading == null ? null : starts(folded.text());
        // no matcher for a text where nothing can start: most rules meet most sentences that way
        return starts == NONE || starts != null && starts.length == 0 ? Matches.EMPTY
                : new Matches(pattern.matcher(text), starts, 0, text.length());
    }

    private static final int[] NONE = new int[0];

    /** Whether {@code find()} over the whole text finds a match. */
    public boolean find(String text, Folded folded) {
        return matches(text, folded).next() != null;
    }

    /**
     * The matches of a {@code find()} loop over a region of the text, in order: {@link #next} moves the
     * matcher to the next one and returns it, or returns null when there are no more. A match found at
     * an offset is the one the pattern makes there, and the next search begins at its end.
     */
    public static final class Matches {
        private static final Matches EMPTY = new Matches();
        private final Matcher m;
        /** Offsets where a match may start, sorted; null when it may start anywhere. */
        private final int[] starts;
        private final int to;
        private int k;
        private int next;

        private Matches(Matcher m, int[] starts, int from, int to) {
            this.m = m;
            this.starts = starts;
            this.to = to;
            this.next = from;
            if (m.regionStart() != from || m.regionEnd() != to) {
                m.region(from, to);
            }
            if (starts != null) {
                m.useTransparentBounds(true).useAnchoringBounds(false);
                while (k < starts.length && starts[k] < from) {
                    k++;
                }
            }
        }

        /** No match at all. */
        private Matches() {
            this.m = null;
            this.starts = NONE;
            this.to = 0;
        }

        public Matcher next() {
            if (starts == null) {
                return m.find() ? m : null;
            }
            for (; k < starts.length && starts[k] < to; k++) {
                int at = starts[k];
                if (at < next || k > 0 && starts[k - 1] == at) {
                    continue;
                }
                m.region(at, to);
                if (m.lookingAt()) {
                    k++;
                    next = m.end(); // never empty: a match holds its leading literal
                    return m;
                }
            }
            return null;
        }
    }

    /** Every offset where a leading literal starts, sorted. */
    private int[] starts(String folded) {
        long[] found = occurrences(folded, leading);
        int[] out = new int[found.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (int) (found[k] >>> 32);
        }
        return out;
    }

    /** Every occurrence of the literals, sorted, each packed as offset << 32 | length. */
    private static long[] occurrences(String folded, String[] literals) {
        long[] found = new long[8];
        int n = 0;
        for (String l : literals) {
            for (int at = folded.indexOf(l); at >= 0; at = folded.indexOf(l, at + 1)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = (long) at << 32 | l.length();
            }
        }
        Arrays.sort(found, 0, n);
        return Arrays.copyOf(found, n);
    }

    /** Merged windows around every literal occurrence, each packed as start << 32 | end. */
    private long[] windows(String folded, int radius) {
        long[] found = occurrences(folded, literals);
        int n = found.length;
        for (int k = 0; k < n; k++) {
            int at = (int) (found[k] >>> 32), length = (int) found[k];
            long start = Math.max(0, at - radius);
            long end = Math.min(folded.length(), at + length + radius);
            found[k] = start << 32 | end;
        }
        Arrays.sort(found, 0, n);
        int merged = 0;
        for (int k = 0; k < n; k++) {
            if (merged > 0 && (found[k] >>> 32) <= (int) found[merged - 1]) {
                long end = Math.max((int) found[merged - 1], (int) found[k]);
                found[merged - 1] = (found[merged - 1] & 0xFFFFFFFF00000000L) | end;
            } else {
                found[merged++] = found[k];
            }
        }
        return Arrays.copyOf(found, merged);
    }
}
