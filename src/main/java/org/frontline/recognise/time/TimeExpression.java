package org.frontline.recognise.time;

/**
 * A {@link TimeMention} with what the extractor needs to know about how it was read.
 *
 * @param anchor what the date hangs on: a year written in the text, the publication year,
 *               the publication week (a weekday name), or the publication date itself
 * @param since  the text says "since X": the range runs from X to publication, and a figure
 *               beside it is likely a cumulative toll rather than one event's
 */
public record TimeExpression(TimeMention mention, Anchor anchor, boolean since) {

    public enum Anchor {
        /** Carries its own year: "February 4, 2017", "in 2015", "the 1990s". */
        EXPLICIT,
        /** Day or month without a year, placed in the publication year: "4 February", "in April". */
        CALENDAR,
        /** A weekday name: "on Monday", "Thursday night". */
        WEEKDAY,
        /** Counted from the publication date: "yesterday", "last week", "two weeks ago". */
        RELATIVE
    }
}
