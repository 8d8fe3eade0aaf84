package org.frontline.store;

/** A full-text match: the document and a snippet with the matched words in [brackets]. */
public record SearchHit(String doc, String title, String snippet) {
}
