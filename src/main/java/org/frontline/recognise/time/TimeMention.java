package org.frontline.recognise.time;

import org.frontline.model.DateRange;

/**
 * A date expression in a text, resolved against the publication date:
 * {@code text.substring(start, end).equals(surface)}.
 */
public record TimeMention(int start, int end, String surface, DateRange range) {
}
