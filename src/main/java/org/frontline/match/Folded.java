package org.frontline.match;

/**
 * A text in the form {@link Prefilter} searches: each character lower-cased on its own (so
 * offsets stay those of the original) and every ASCII digit written as {@code 0}, so "a year"
 * is the literal {@code 0000}. Made once per text and shared by every filter that reads it.
 */
public record Folded(String text) {

    public static Folded of(String original) {
        char[] out = new char[original.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = fold(original.charAt(k));
        }
        return new Folded(new String(out));
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
