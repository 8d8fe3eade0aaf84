package org.frontline.model;

import java.time.LocalDate;

/**
 * A cleaned document: body text without boilerplate, and its metadata.
 * {@code published} may be null here; a later step infers it and sets {@code publishedInferred}.
 */
public record Article(String id, String origin, String title, String outlet, String byline, String url,
                      LocalDate published, boolean publishedInferred, String text) {

    public Article withPublished(LocalDate date, boolean inferred) {
        return new Article(id, origin, title, outlet, byline, url, date, inferred, text);
    }
}
