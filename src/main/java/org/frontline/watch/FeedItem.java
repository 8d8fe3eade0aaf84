package org.frontline.watch;

import java.time.Instant;

/**
 * One item a source lists: a page to fetch.
 *
 * @param key       the feed's GUID, or the URL when it gives none
 * @param url       the page, as listed
 * @param title     the feed's title for it, or null
 * @param published the feed's pubDate/updated (sitemap: news publication date or lastmod), or null
 */
public record FeedItem(String key, String url, String title, Instant published) {
}
