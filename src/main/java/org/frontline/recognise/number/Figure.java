package org.frontline.recognise.number;

/**
 * A count of people in a text ("45,000 fled", "dozens were killed"):
 * {@code text.substring(start, end).equals(surface)}; {@code value} as ACLED counts it.
 */
public record Figure(Kind kind, long value, int start, int end, String surface) {

    public enum Kind { KILLED, WOUNDED, DISPLACED, OTHER }
}
