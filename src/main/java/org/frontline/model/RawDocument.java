package org.frontline.model;

import java.time.LocalDate;

/**
 * One document as read from its container, before cleaning.
 *
 * @param id        the contract's {@code doc}: file name, JSON Lines id or WARC record id
 * @param origin    where it came from, for error messages (path, path:line, path@offset)
 * @param format    how the body is to be cleaned
 * @param body      decoded text or HTML (invalid bytes already replaced); null when {@code error} is set
 * @param title     title from container metadata, or null
 * @param url       source URL from container metadata, or null
 * @param published publication date from container metadata, or null
 * @param error     why this document could not be read, or null
 * @param outside   dates said about it from outside (manifest, fetch time, file time)
 */
public record RawDocument(String id, String origin, Format format, String body, String title, String url,
                          LocalDate published, String error, OutsideDates outside) {

    public RawDocument {
        outside = outside == null ? OutsideDates.NONE : outside;
    }

    public RawDocument(String id, String origin, Format format, String body, String title, String url,
                       LocalDate published, String error) {
        this(id, origin, format, body, title, url, published, error, OutsideDates.NONE);
    }

    public RawDocument withOutside(OutsideDates dates) {
        return new RawDocument(id, origin, format, body, title, url, published, error, dates);
    }

    public enum Format { TEXT, HTML }

    public static RawDocument failed(String id, String origin, String error) {
        return new RawDocument(id, origin, Format.TEXT, null, null, null, null, error, OutsideDates.NONE);
    }
}
