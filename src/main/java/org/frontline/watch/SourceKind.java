package org.frontline.watch;

import java.util.Locale;

/** What a watched source is: a feed, a sitemap, or a folder another program drops files into. */
public enum SourceKind {
    /** RSS 2.0 or Atom, whichever the feed turns out to be. */
    FEED,
    RSS,
    ATOM,
    /** A Google News sitemap ({@code <news:news>}): its publication date and title are used. */
    NEWS_SITEMAP,
    SITEMAP,
    FOLDER;

    /** The spelling in sources.yaml: {@code rss}, {@code news_sitemap} (also {@code news-sitemap}). */
    public static SourceKind of(String s) {
        if (s == null || s.isBlank()) {
            return FEED;
        }
        return valueOf(s.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    }

    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }
}
