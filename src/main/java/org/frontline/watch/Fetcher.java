package org.frontline.watch;

import java.net.URI;

/** Fetches one URL: conditionally when validators are given, politely, within limits. */
public interface Fetcher {

    /**
     * The response to GET {@code uri}, following redirects; 304 when {@code etag} or
     * {@code lastModified} (either may be null) still hold.
     *
     * @param archiveTag the WARC record id and listing metadata for the final response (null: a random id)
     * @throws FetchException for anything but a 2xx or 304: the status, robots.txt, a limit, the network
     */
    Fetched get(URI uri, String etag, String lastModified, ArchiveTag archiveTag) throws FetchException;
}
