package org.frontline.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans article text (plain files, scraped dumps, and the text extracted from HTML): strips inline
 * script, reads the dateline and outlet, rebuilds paragraphs, drops boilerplate and the header.
 */
final class PlainTextCleaner {

    /** What a text says about itself, and its clean body ("\n\n" between one-line paragraphs). */
    record Result(String title, String byline, String outlet, LocalDate published, String text) {
    }

    /** Some scrapers prefix " date 2021-08-22 " (their crawl date, which can be wrong) to the text. */
    private static final Pattern CRAWL_DATE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"'”’:)\\]]$");

    private final DatelineFinder datelines;
    private final OutletFinder outlets = new OutletFinder();
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();

    PlainTextCleaner(LocalDate today) {
        this.datelines = new DatelineFinder(today);
    }

    /**
     * @param knownTitle title from metadata, removed from the body when repeated there; or null
     * @param guessTitle whether a headline-like first line may be taken as the title (plain text only:
     *                   the first block of an HTML page is as likely a label as a headline); false for text
     *                   from HTML, which also keeps long repeated paragraphs (see {@link BoilerplateFilter})
     */
    Result clean(String body, String knownTitle, boolean guessTitle) {
        return clean(body, knownTitle, guessTitle, null);
    }

    /** @param urlMonth the year and month the page's URL gives without a day, which dates a year-less dateline; or null */
    Result clean(String body, String knownTitle, boolean guessTitle, java.time.YearMonth urlMonth) {
        String text = INVISIBLE.matcher(body.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        LocalDate crawlDate = null;
        Matcher crawl = CRAWL_DATE.matcher(text);
        if (crawl.find()) {
            DateParsing.Found f = DateParsing.first(crawl.group(1));
            crawlDate = f == null ? null : f.date();
            text = text.substring(crawl.end());
        }
        text = ScriptStripper.strip(text);
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n")) {
            String s = SPACES.matcher(l).replaceAll(" ").strip();
            lines.add(s);
        }
        List<String> nonBlank = lines.stream().filter(s -> !s.isEmpty()).toList();
        // the article's own dateline beats the scraper's crawl date, which is only a fallback
        LocalDate published = datelines.find(nonBlank, text, urlMonth);
        if (published == null) {
            published = crawlDate;
        }
        String outlet = outlets.find(String.join("\n", nonBlank));
        List<String> paragraphs = new ArrayList<>();
        for (String p : paragraphs(lines)) {
            if (!outlets.isMasthead(p)) {
                paragraphs.add(p);
            }
        }
        String byline = HeaderParser.takeBylinePrefix(paragraphs);
        HeaderParser.Header header = HeaderParser.parse(boilerplate.filter(paragraphs, !guessTitle), knownTitle, byline,
                guessTitle);
        return new Result(header.title(), header.byline(), outlet, published, String.join("\n\n", header.body()));
    }

    /**
     * Blank lines separate paragraphs; so does a single newline after a finished sentence (many
     * scrapes put one paragraph per line). A line that continues a sentence in lower case is a
     * wrapped line of the same paragraph.
     */
    static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(cur, out);
                continue;
            }
            boolean continues = cur.length() > 0 && !SENTENCE_END.matcher(cur).find()
                    && Character.isLowerCase(line.codePointAt(0));
            if (!continues) {
                flush(cur, out);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(line);
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }
}
