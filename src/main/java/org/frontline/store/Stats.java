package org.frontline.store;

/** Row counts for a summary line; {@code events} counts merged events plus unclustered mentions. */
public record Stats(long documents, long errors, long mentions, long events, long controls) {
}
