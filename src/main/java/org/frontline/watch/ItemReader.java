package org.frontline.watch;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** The items a listing (a feed, a sitemap) names, in the order it names them. */
public interface ItemReader {

    /** @throws IOException when the listing cannot be read at all (a malformed feed) */
    List<FeedItem> items(byte[] body, URI base) throws IOException;

    /** The reader for a kind of source (not {@link SourceKind#FOLDER}). */
    static ItemReader of(SourceKind kind) {
        return switch (kind) {
            case FEED, RSS, ATOM -> new FeedItems();
            case NEWS_SITEMAP, SITEMAP -> new SitemapItems();
            case FOLDER -> throw new IllegalArgumentException("a folder has no listing to read");
        };
    }
}
