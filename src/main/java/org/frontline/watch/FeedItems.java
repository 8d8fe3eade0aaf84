package org.frontline.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** RSS 2.0 (and 0.9x, 1.0) and Atom feeds, by ROME; DOCTYPEs refused (no external entities). */
final class FeedItems implements ItemReader {

    @Override
    public List<FeedItem> items(byte[] body, URI base) throws IOException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
        List<FeedItem> out = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink();
            if ((link == null || link.isBlank()) && e.getLinks() != null && !e.getLinks().isEmpty()) {
                link = e.getLinks().get(0).getHref();
            }
            if (link == null || link.isBlank()) {
                continue; // an item with no page has nothing to fetch
            }
            String url;
            try {
                url = base.resolve(link.strip()).toString();
            } catch (IllegalArgumentException bad) {
                continue;
            }
            String guid = e.getUri() == null || e.getUri().isBlank() ? url : e.getUri().strip();
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            out.add(new FeedItem(guid, url, e.getTitle() == null ? null : e.getTitle().strip(),
                    d == null ? null : Instant.ofEpochMilli(d.getTime())));
        }
        return out;
    }
}
