package org.frontline.clean;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it, with Mozilla Readability's word lists: names that
 * mark furniture (comment, sidebar, share, ...), names that mark content (article, body, post,
 * ...), and bylines. A hint is a weight of 25 either way; the content scorer adds it to a block's
 * score.
 */
final class ClassHints {

    static final int WEIGHT = 25;
    private static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumbs|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page"
            + "|pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx"
            + "|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
            + "|sidebar|skyscraper|sponsor|shopping|tags|widget", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby|p-author",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)",
            Pattern.CASE_INSENSITIVE);

    private ClassHints() {
    }

    /** "class id", the string the hints are matched against. */
    static String names(Element e) {
        return e.className() + " " + e.id();
    }

    /** Named like page furniture and not like content ("sidebar", but not "sidebar-content"). */
    static boolean unlikely(String names) {
        return UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find();
    }

    static boolean byline(String names) {
        return BYLINE.matcher(names).find();
    }

    static boolean share(String names) {
        return SHARE.matcher(names).find();
    }

    /** +25 for a content-like class, -25 for a furniture-like one, the same again for the id. */
    static int weight(Element e) {
        return weight(e.className()) + weight(e.id());
    }

    private static int weight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (NEGATIVE.matcher(name).find()) {
            w -= WEIGHT;
        }
        if (POSITIVE.matcher(name).find()) {
            w += WEIGHT;
        }
        return w;
    }
}
