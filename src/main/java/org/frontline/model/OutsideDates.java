package org.frontline.model;

import java.time.LocalDate;

/**
 * Dates said about a document from outside its text, that stand in for its publication date
 * only when the report carries none of its own (spec: "Publication date: where it comes from").
 *
 * @param manifest a source manifest's {@code published} column, or null
 * @param fetched  when it was fetched (manifest {@code fetched}, WARC-Date, JSON Lines {@code fetched}), or null
 * @param fileTime the file's modification day, or null
 */
public record OutsideDates(LocalDate manifest, LocalDate fetched, LocalDate fileTime) {

    public static final OutsideDates NONE = new OutsideDates(null, null, null);

    public OutsideDates withFileTime(LocalDate day) {
        return new OutsideDates(manifest, fetched, day);
    }
}
