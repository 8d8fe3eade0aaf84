package org.frontline.watch;

import java.net.URI;
import java.time.Instant;

/**
 * One response, after redirects.
 *
 * @param uri          where it finally came from
 * @param status       the HTTP status (200, or 304 when not modified)
 * @param body         the payload, decoded from gzip; empty for 304
 * @param contentType  the Content-Type, or null
 * @param etag         the ETag, or null
 * @param lastModified the Last-Modified, or null
 * @param fetchedAt    when the response arrived
 */
public record Fetched(URI uri, int status, byte[] body, String contentType, String etag, String lastModified,
                      Instant fetchedAt) {

    public boolean notModified() {
        return status == 304;
    }
}
