package org.frontline.match;

/**
 * A text in the form {@link Prefilter} searches: each character lower-cased on its own (so
 * offsets stay those of the original) and every ASCII digit written as {@code 0}, so "a year"
 * is the literal {@code 0000}. Made once per text and shared by every filter that reads it.
 *
 * <p>{@code pairs} marks (hashed) which two-character runs the text has: a rule set asks for
 * hundreds of literals per sentence and most are absent, which {@link #mayContain} tells without
 * scanning the text.
 */
public record Folded(String text, long[] pairs) {
    private static final int PAIR_BITS = 4096;

    public static Folded of(String original) {
        char[] out = new char[original.length()];
        long[] pairs = new long[PAIR_BITS / 64];
        for (int k = 0; k < out.length; k++) {
            out[k] = fold(original.charAt(k));
            if (k > 0) {
                int h = pair(out[k - 1], out[k]);
                pairs[h >>> 6] |= 1L << h;
            }
        }
        return new Folded(new String(out), pairs);
    }

    /** False only when {@code literal} (folded) cannot occur in the text: one of its character pairs is missing. */
    public boolean mayContain(String literal) {
        for (int k = 1; k < literal.length(); k++) {
            int h = pair(literal.charAt(k - 1), literal.charAt(k));
            if ((pairs[h >>> 6] & 1L << h) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text contains {@code literal} (folded). */
    public boolean contains(String literal) {
        return mayContain(literal) && text.indexOf(literal) >= 0;
    }

    private static int pair(char a, char b) {
        return (a * 31 + b) & (PAIR_BITS - 1);
    }

    static char fold(char c) {
        if (c >= '0' && c <= '9') {
            return '0';
        }
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }
}
