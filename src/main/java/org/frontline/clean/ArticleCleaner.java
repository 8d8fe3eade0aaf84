package org.frontline.clean;

import java.time.LocalDate;

import org.frontline.model.Article;
import org.frontline.model.PublishedSource;
import org.frontline.model.RawDocument;

/**
 * The Clean stage: a {@link RawDocument} becomes an {@link Article} whose text is the article body
 * without boilerplate, one paragraph per line, paragraphs separated by "\n\n", with title, outlet,
 * byline and publication date where the document states them. Precedence: container metadata
 * (JSON Lines fields), then HTML metadata, then what the text itself says. A date that is nowhere
 * stated stays null with publishedInferred false; a later step infers it. Thread-safe.
 */
public final class ArticleCleaner {

    private final PlainTextCleaner text;

    public ArticleCleaner() {
        this(LocalDate.now());
    }

    /** @param today upper bound for years guessed from weekdays (fixed in tests) */
    public ArticleCleaner(LocalDate today) {
        this.text = new PlainTextCleaner(today);
    }

    /** A failed raw document (error set) yields an Article with empty text and whatever metadata it had. */
    public Article clean(RawDocument raw) {
        if (raw.error() != null || raw.body() == null) {
            return new Article(raw.id(), raw.origin(), raw.title(), null, null, raw.url(), raw.published(), false,
                    raw.published() == null ? null : PublishedSource.METADATA, "");
        }
        // tame mark floods first: every pattern below would pay for them
        raw = new RawDocument(raw.id(), raw.origin(), raw.format(), tame(raw.body()), raw.title(), raw.url(),
                raw.published(), raw.error(), raw.outside());
        if (raw.format() == RawDocument.Format.HTML) {
            HtmlExtractor.Page page = HtmlExtractor.extract(raw.body());
            HtmlMetadata.Meta m = page.meta();
            String title = first(raw.title(), m.title());
            PlainTextCleaner.Result r = text.clean(page.text(), title, false, UrlDate.yearMonth(raw.url()));
            LocalDate metadata = first(raw.published(), m.published());
            return dated(new Article(raw.id(), raw.origin(), first(title, r.title()), first(m.outlet(), r.outlet()),
                    first(m.byline(), r.byline()), raw.url(), null, false, r.text()), metadata, r.published());
        }
        PlainTextCleaner.Result r = text.clean(raw.body(), raw.title(), true, UrlDate.yearMonth(raw.url()));
        return dated(new Article(raw.id(), raw.origin(), first(raw.title(), r.title()), r.outlet(), r.byline(), raw.url(),
                null, false, r.text()), raw.published(), r.published());
    }

    /**
     * The report's own date, best first: its metadata, its dateline, then the date in its URL
     * path (the filing date, so marked inferred, as the gold does). Dates read from the body's
     * own dates and anything said from outside come later, in {@code Frontline}.
     */
    private static Article dated(Article a, LocalDate metadata, LocalDate dateline) {
        if (metadata != null) {
            return a.withPublished(metadata, PublishedSource.METADATA);
        }
        if (dateline != null) {
            return a.withPublished(dateline, PublishedSource.DATELINE);
        }
        LocalDate fromUrl = UrlDate.of(a.url());
        return fromUrl == null ? a : a.withPublished(fromUrl, true, PublishedSource.URL);
    }

    private static final java.util.regex.Pattern STATED_URL = java.util.regex.Pattern.compile("\\bhttps?://[^\\s\"'<>]+");
    /** How far into a text an address counts as the report's own (a header line, not a link in the story). */
    static final int STATED_URL_WITHIN = 1_000;

    /** The year and month of an address that gives no day ({@code /2015/09/slug.html}), or null. */
    public static java.time.YearMonth urlMonth(String url) {
        return url == null ? null : UrlDate.yearMonth(url);
    }

    /** The date in the first web address a text states near its top, or null. */
    public static LocalDate statedUrlDate(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = STATED_URL.matcher(text.substring(0, Math.min(text.length(), STATED_URL_WITHIN)));
        return m.find() ? UrlDate.of(m.group()) : null;
    }

    private static final java.util.regex.Pattern MARK_FLOOD = java.util.regex.Pattern.compile("(\\p{M}{3})\\p{M}+");

    /**
     * No script needs more than three combining marks on a letter; floods of them ("zalgo" text)
     * make every word-boundary test downstream slow, so they are cut to three.
     */
    public static String tame(String text) {
        return text == null || !hasMarkRun(text) ? text : MARK_FLOOD.matcher(text).replaceAll("$1");
    }

    /** A plain scan for four combining marks in a row, so the regex runs only on text that has a flood. */
    private static boolean hasMarkRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && isMark(text.codePointAt(i))) {
                if (++run > 3) {
                    return true;
                }
            } else if (!Character.isLowSurrogate(c)) {
                run = 0;
            }
        }
        return false;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
