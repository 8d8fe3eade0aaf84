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
 */
public final class Prefilter {
    private final Pattern pattern;
    /** Null when nothing could be shown: the pattern then runs over the whole text. */
    private final String[] literals;

    private Prefilter(Pattern pattern, String[] literals) {
        this.pattern = pattern;
        this.literals = literals;
    }

    public static Prefilter of(Pattern pattern) {
        boolean plain = (pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) == 0;
        Optional<Set<String>> required = plain ? RequiredLiterals.of(pattern.pattern()) : Optional.empty();
        return new Prefilter(pattern, required.map(s -> s.toArray(String[]::new)).orElse(null));
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
        for (long window : windows(folded.text(), radius)) {
            m.region((int) (window >>> 32), (int) window);
            while (m.find()) {
                action.accept(m);
            }
        }
    }

    /** Merged windows around every literal occurrence, each packed as start << 32 | end. */
    private long[] windows(String folded, int radius) {
        long[] found = new long[8];
        int n = 0;
        for (String l : literals) {
            for (int at = folded.indexOf(l); at >= 0; at = folded.indexOf(l, at + 1)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                long start = Math.max(0, at - radius);
                long end = Math.min(folded.length(), at + l.length() + radius);
                found[n++] = start << 32 | end;
            }
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
