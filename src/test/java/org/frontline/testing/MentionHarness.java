package org.frontline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

/**
 * The one check every recogniser test runs its output through: offsets lie inside the text,
 * mentions are in order, and each mention's surface is exactly the text it spans.
 */
public final class MentionHarness {
    private MentionHarness() {
    }

    /** A mention as the harness sees it. */
    public record Span(int start, int end, String surface) {
    }

    public static <M> List<M> check(String text, List<M> mentions, Function<M, Span> span) {
        int previous = -1;
        for (M m : mentions) {
            Span s = span.apply(m);
            assertTrue(s.start() >= 0 && s.start() < s.end() && s.end() <= text.length(),
                    "offsets out of bounds: " + s + " in a text of " + text.length());
            assertEquals(text.substring(s.start(), s.end()), s.surface(), "surface differs from the span it claims");
            assertTrue(s.start() >= previous, "mentions out of order at " + s);
            previous = s.start();
        }
        return mentions;
    }
}
