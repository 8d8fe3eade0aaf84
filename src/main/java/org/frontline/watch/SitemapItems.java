package org.frontline.watch;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sitemaps, plain and Google News ({@code <news:news>}: its title and publication date are the
 * item's), by crawler-commons. A sitemap index is not followed: list its sitemaps as sources.
 */
final class SitemapItems implements ItemReader {

    @Override
    public List<FeedItem> items(byte[] body, URI base) throws IOException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap("text/xml", body, base.toURL());
        } catch (UnknownFormatException | IllegalArgumentException e) {
            throw new IOException("not a readable sitemap: " + e.getMessage(), e);
        }
        if (!(map instanceof SiteMap sm)) {
            throw new IOException("a sitemap index, not a sitemap: list its sitemaps as sources");
        }
        List<FeedItem> out = new ArrayList<>();
        for (SiteMapURL u : sm.getSiteMapUrls()) {
            String url = u.getUrl().toString();
            String title = null;
            Instant published = u.getLastModified() == null ? null : u.getLastModified().toInstant();
            ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
            if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n) {
                title = n.getTitle();
                if (n.getPublicationDateTime() != null) {
                    published = n.getPublicationDateTime().toInstant();
                }
            }
            out.add(new FeedItem(url, url, title, published));
        }
        return out;
    }
}
