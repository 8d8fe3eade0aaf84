package org.frontline.recognise.time;

import org.frontline.model.DateRange;

/**
 * A date expression in a text, resolved against the publication date:
 * {@code text.substring(start, end).equals(surface)}. {@code range} is null when the expression
 * hangs on a publication date the report does not have ("on Tuesday" in an undated report).
 */
public record TimeMention(int start, int end, String surface, DateRange range) {
}
