package org.frontline.watch;

import java.net.URI;
import java.time.LocalDate;

/**
 * What a page's WARC record carries besides the response: the id its document is stored under,
 * and the listing's title and date for it (WARC fields {@code Frontline-Title} and
 * {@code Frontline-Published}), so that reading the WARC back gives the same document.
 */
public record ArchiveTag(URI recordId, String title, LocalDate published) {
    public static final String TITLE_FIELD = "Frontline-Title";
    public static final String PUBLISHED_FIELD = "Frontline-Published";
}
