package org.frontline.model;

import java.util.Locale;

/**
 * Where a document's publication date came from, in the order the contract ranks them: the
 * report's own date (metadata, dateline, text, URL) always wins over one said about it from
 * outside (manifest, fetched, given, file time), which is marked inferred.
 */
public enum PublishedSource {
    /** Page or container metadata: meta tags, JSON-LD, a JSON Lines {@code published} field. */
    METADATA(false),
    /** A dateline or byline date at the top of the text ("BEIRUT, Aug. 13 (UPI) --", "Published on ..."). */
    DATELINE(false),
    /** Read from the dates in the story's text (the latest full date, the lead's weekday). */
    TEXT(false),
    /** A date in the page's URL ({@code /2016/07/17/}). */
    URL(false),
    /** A source manifest's {@code published} column. */
    MANIFEST(true),
    /** When the page was fetched: a manifest's {@code fetched} column, a WARC-Date, a JSON Lines {@code fetched}. */
    FETCHED(true),
    /** The date the user gave the batch ({@code --published}). */
    GIVEN(true),
    /** The file's modification time. */
    FILE_TIME(true);

    private final boolean outside;

    PublishedSource(boolean outside) {
        this.outside = outside;
    }

    /** True for a date said about the report from outside it, which the contract marks as inferred. */
    public boolean outside() {
        return outside;
    }

    /** The contract's spelling: {@code "metadata"}, {@code "file_time"}, ... */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source named by its contract spelling, or null for null or an unknown name. */
    public static PublishedSource ofJson(String s) {
        if (s == null) {
            return null;
        }
        for (PublishedSource p : values()) {
            if (p.json().equals(s)) {
                return p;
            }
        }
        return null;
    }
}
