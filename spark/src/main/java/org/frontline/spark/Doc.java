package org.frontline.spark;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One document after reading and cleaning, as it travels between the job's stages: its raw body
 * (to run the pipeline on later), its band keys, and its own dates. Mirrors what
 * {@code Frontline.prepare} knows before it consults the duplicate detector.
 */
final class Doc implements Serializable {
    Ord ord;
    String id;
    /** Where it came from (path, path:line, path@offset), for messages. */
    String origin;
    /** Set when it cannot go through the pipeline (unreadable, nothing left after cleaning). */
    String error;
    boolean html;
    String body;
    String title;
    String url;
    LocalDate rawPublished;
    /** The article's date after cleaning (container metadata, markup, dateline, URL), or null. */
    LocalDate stated;
    /** Inferred from the text (then the raw body for plain text) when nothing stated one. */
    LocalDate inferred;
    /** LSH band keys; null when too short to judge, or when {@code error} is set. */
    long[] bands;

    boolean ok() {
        return error == null;
    }
}
