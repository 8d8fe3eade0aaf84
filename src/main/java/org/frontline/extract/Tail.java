package org.frontline.extract;

/**
 * The last few whitespace-separated words of a text before an offset. Rules anchored at the end
 * ("according to the" before an actor) need only those words; matching them against the whole
 * prefix made every call cost the sentence's length.
 */
final class Tail {
    private Tail() {
    }

    /**
     * {@code text[from, end)} where {@code from} is the start of the {@code words}-th word before
     * {@code end} (whitespace before it excluded), or 0 when there are fewer words.
     */
    static String of(String text, int end, int words) {
        int from = Math.max(0, Math.min(end, text.length()));
        int to = from;
        for (int w = 0; w < words && from > 0; w++) {
            while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
        }
        return text.substring(from, to);
    }
}
