package org.frontline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the top of a plain-text article: the headline, the byline ("By Gareth Davies For
 * Mailonline", or a bare name line such as "Jane Doe, and John Roe" under the headline), and
 * date stamp lines, and takes them out of the body.
 */
final class HeaderParser {

    /** Title, byline (either may be null) and the remaining body paragraphs. */
    record Header(String title, String byline, List<String> body) {
    }

    private static final String NAME = "(?!(?:For|Published|Updated|By|The|In|On)\\b)\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?!(?:For|Published|Updated)\\b)\\p{Lu}[\\p{L}'’.-]+){1,3}";
    private static final String NAMES = NAME + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)" + NAME + ")*";
    private static final Pattern BY_PREFIX = Pattern.compile("^By\\s+(" + NAMES + ")(?:\\s*,?\\s+(?:for|For)\\s+\\p{L}+(?:\\s+News)?)?\\s*[|,-]?\\s*");
    private static final Pattern NAMES_LINE = Pattern.compile("^(?:By\\s+)?(" + NAMES + ")$");
    /** Headlines do not end like sentences or captions. */
    private static final Pattern NOT_HEADLINE_END = Pattern.compile("[.,;:)\\]]$");
    private static final int HEADER_PARAGRAPHS = 4;

    private HeaderParser() {
    }

    /**
     * Takes a "By Name [For Outlet]" prefix off one of the first paragraphs (in place) and returns
     * the name. Runs before the boilerplate filter, because share widgets that follow a byline
     * ("e-mail 30 shares") are only recognisable at the start of a paragraph.
     */
    static String takeBylinePrefix(List<String> paragraphs) {
        for (int i = 0; i < Math.min(HEADER_PARAGRAPHS, paragraphs.size()); i++) {
            Matcher m = BY_PREFIX.matcher(paragraphs.get(i));
            if (m.find()) {
                String rest = paragraphs.get(i).substring(m.end()).strip();
                if (rest.isEmpty()) {
                    paragraphs.remove(i);
                } else {
                    paragraphs.set(i, rest);
                }
                return m.group(1);
            }
        }
        return null;
    }

    static Header parse(List<String> paragraphs, String knownTitle, String bylinePrefix, boolean guessTitle) {
        List<String> body = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            // date stamps at the top are metadata (DatelineFinder has read them)
            if (!(i < HEADER_PARAGRAPHS + 2 && DatelineFinder.isDateOnlyLine(p))) {
                body.add(p);
            }
        }
        String byline = bylinePrefix;
        String title = knownTitle;
        if (title == null && guessTitle && !body.isEmpty() && looksLikeHeadline(body.get(0))) {
            title = body.get(0);
        }
        if (title != null) {
            String t = normal(title);
            body.removeIf(p -> normal(p).equals(t));
        }
        for (int i = 0; i < Math.min(HEADER_PARAGRAPHS - 1, body.size()) && byline == null; i++) {
            Matcher m = NAMES_LINE.matcher(body.get(i));
            if (m.matches() && body.get(i).split("\\s+").length <= 10) {
                byline = m.group(1);
                body.remove(i);
            }
        }
        return new Header(title, byline, body);
    }

    private static boolean looksLikeHeadline(String p) {
        int words = p.split("\\s+").length;
        return words >= 2 && words <= 30 && p.length() <= 250 && !NOT_HEADLINE_END.matcher(p).find()
                && !NAMES_LINE.matcher(p).matches();
    }

    /** Compiled once: normal() runs for every paragraph of every report. */
    private static final Pattern NON_WORDS = Pattern.compile("(?U)\\W+");

    private static String normal(String s) {
        return NON_WORDS.matcher(s).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
