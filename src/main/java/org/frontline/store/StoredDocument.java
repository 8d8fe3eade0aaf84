package org.frontline.store;

import java.time.LocalDate;

/**
 * A stored document as the API shows it: its metadata, the article text and the counts of what
 * was read from it.
 *
 * @param contentHash SHA-256 of the article text (null when there was no text)
 * @param ingestedAt  when this version was stored, ISO-8601 instant
 * @param publishedSource where the publication date came from (the contract's {@code published_source}), or null
 */
public record StoredDocument(String doc, String origin, String url, String title, String outlet, String byline,
                             LocalDate published, boolean publishedInferred, String publishedSource,
                             String duplicateOf, String error,
                             String contentHash, String text, String ingestedAt, int mentions, int controls) {
}
