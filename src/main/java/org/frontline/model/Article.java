package org.frontline.model;

import java.time.LocalDate;

/**
 * A cleaned document: body text without boilerplate, and its metadata.
 * {@code published} may be null here; a later step infers it and sets {@code publishedInferred}.
 */
public record Article(String id, String origin, String title, String outlet, String byline, String url,
                      LocalDate published, boolean publishedInferred, PublishedSource publishedSource, String text) {

    public Article(String id, String origin, String title, String outlet, String byline, String url,
                   LocalDate published, boolean publishedInferred, String text) {
        this(id, origin, title, outlet, byline, url, published, publishedInferred, null, text);
    }

    /** The article dated from {@code source}; a date from outside the report is marked inferred. */
    public Article withPublished(LocalDate date, PublishedSource source) {
        return new Article(id, origin, title, outlet, byline, url, date, source != null && source.outside(),
                source, text);
    }

    /** Dated by inference from its own text (its dates and weekdays), or a near-duplicate's date. */
    public Article withPublished(LocalDate date, boolean inferred, PublishedSource source) {
        return new Article(id, origin, title, outlet, byline, url, date, inferred, source, text);
    }
}
