package org.frontline.store;

/**
 * What exports cite about a stored document: its outlet and URL (either may be null) and when
 * it was stored (ISO-8601 instant).
 */
public record DocumentSummary(String doc, String outlet, String url, String ingestedAt) {
}
