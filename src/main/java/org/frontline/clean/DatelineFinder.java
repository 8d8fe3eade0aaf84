package org.frontline.clean;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;

/**
 * The publication date an article states about itself: a "Published:"/"Updated:" marker, a line
 * near the top that is only a date (and time), or a dateline opening a paragraph ("November 28,
 * 2020 (KHARTOUM) -", "DAMASCUS, July 6 (Xinhua) --"). Dates inside sentences and photo captions
 * are events, not publication dates, and are ignored; no dateline means null.
 */
final class DatelineFinder {

    /** Datelines sit at the top; a date-only line further down is usually a related-story stamp. */
    private static final int HEADER_LINES = 12;
    private static final int HEADER_CHARS = 3000;
    private static final Prefilter PUBLISHED = Prefilter.of(Pattern.compile(
            "(?i)\\b(?:first published|published|posted|created)\\b\\s*(?:on|at)?\\s*:?"));
    private static final Prefilter UPDATED = Prefilter.of(Pattern.compile("(?i)\\b(?:last updated|updated)\\b\\s*(?:on|at)?\\s*:?"));
    /** What may surround a date on a date-only line: times, zones, weekdays, separators, markers. */
    private static final Pattern DATE_LINE_NOISE = Pattern.compile("(?i)\\(?UTC[+-]\\d{1,2}(?::\\d{2})?\\)?"
            + "|\\b\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
            + "|\\b(?:am|pm|a\\.m\\.|p\\.m\\.|ET|EST|EDT|CT|PT|GMT|UTC|BST|CET|CEST|IST|AST|local time)\\b"
            + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\\b"
            + "|\\b(?:published|updated|posted|last|first|on|at)\\b"
            + "|[\\s|•·,:;()\\[\\]/\\-–—.]+");
    private static final Pattern DATE_THEN_PLACE = Pattern.compile("^\\s*\\(?[A-Z][A-Za-z .'-]{1,40}\\)?\\s*[-–—]");
    private static final Pattern CITY_DATELINE = Pattern.compile(
            "^\\s*[A-Z][A-Z .'-]{2,40}(?:,\\s*[A-Za-z .'-]{2,40})?,\\s+" + DateParsing.MONTH
            + "\\s+\\d{1,2}(?:,?\\s*\\d{4})?\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—]+");
    /** The label a forum copy puts on its poster's sign-up date, on the line above it. */
    private static final Pattern PROFILE_LABEL = Pattern.compile("(?i)\\s*(?:joined(?:\\s+on)?|member\\s+since|registered)\\s*:?\\s*");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    private final LocalDate today;

    DatelineFinder(LocalDate today) {
        this.today = today;
    }

    /**
     * @param lines    the document's non-blank lines, top first, scraper metadata already removed
     * @param fullText the whole text, only consulted for the year of a year-less wire dateline
     */
    LocalDate find(List<String> lines, String fullText) {
        return find(lines, fullText, null);
    }

    /** @param urlMonth year and month from the page's URL, for a year-less dateline; or null */
    LocalDate find(List<String> lines, String fullText, java.time.YearMonth urlMonth) {
        String head = head(lines);
        // numeric dates are read the way the document's unambiguous ones are written
        DateParsing.Order order = DateParsing.Order.of(head);
        LocalDate marked = afterMarker(head, PUBLISHED, order);
        if (marked == null) {
            marked = afterMarker(head, UPDATED, order);
        }
        if (marked != null) {
            return marked;
        }
        for (int i = 0; i < Math.min(HEADER_LINES, lines.size()); i++) {
            if (i > 0 && PROFILE_LABEL.matcher(lines.get(i - 1)).matches()) {
                continue; // "Joined / Nov 3, 2008": a forum poster's profile, not the story's date
            }
            LocalDate d = fromLine(lines.get(i), fullText, urlMonth, order);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private LocalDate fromLine(String line, String fullText, java.time.YearMonth urlMonth, DateParsing.Order order) {
        DateParsing.Found f = DateParsing.first(line, order);
        if (f != null && isDateOnly(line, f)) {
            return f.date();
        }
        if (f != null && f.start() <= 2 && DATE_THEN_PLACE.matcher(line.substring(f.end())).find()) {
            return f.date(); // "November 28, 2020 (KHARTOUM) - The federal force ..."
        }
        Matcher city = CITY_DATELINE.matcher(line);
        if (city.find()) {
            String dateline = line.substring(0, city.end());
            DateParsing.Found full = DateParsing.first(dateline, order);
            if (full != null) {
                return full.date();
            }
            DateParsing.Found md = DateParsing.firstWithoutYear(dateline);
            if (md == null) {
                return null;
            }
            LocalDate byUrl = inUrlMonth(md, urlMonth);
            return byUrl != null ? byUrl : inferYear(md, line.substring(city.end()), fullText);
        }
        return null;
    }

    /** A line that is a date stamp and nothing else ("27 May 2019 04:02 (UTC+04:00)", "Updated: July 15, 2019 • 11:10 AM ET"). */
    static boolean isDateOnlyLine(String line) {
        DateParsing.Found f = DateParsing.first(line);
        return f != null && isDateOnly(line, f);
    }

    private static boolean isDateOnly(String line, DateParsing.Found f) {
        String rest = line.substring(0, f.start()) + " " + line.substring(f.end());
        return DATE_LINE_NOISE.matcher(rest).replaceAll("").isEmpty();
    }

    private static LocalDate afterMarker(String head, Prefilter marker, DateParsing.Order order) {
        Prefilter.Matches found = marker.matches(head, Folded.of(head)); // tried only where a marker word starts
        for (Matcher m; (m = found.next()) != null; ) {
            String after = head.substring(m.end(), Math.min(head.length(), m.end() + 60));
            DateParsing.Found f = DateParsing.first(after, order);
            // the date must follow the marker closely: "Published: 03:42 EST, 6 February 2017"
            if (f != null && f.start() <= 20) {
                return f.date();
            }
        }
        return null;
    }

    /**
     * A wire dateline without a year ("DAMASCUS, July 6 (Xinhua) --"): the lede usually names the
     * weekday of the dateline ("on Friday"), which fixes the year among those not before the latest
     * year the text mentions. Without a weekday the year stays unknown and the date null.
     */
    private LocalDate inferYear(DateParsing.Found md, String lede, String fullText) {
        Matcher w = WEEKDAY.matcher(lede.length() > 400 ? lede.substring(0, 400) : lede);
        if (!w.find()) {
            return null;
        }
        DayOfWeek weekday = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
        int from = 1990;
        Matcher y = YEAR.matcher(fullText);
        while (y.find()) {
            from = Math.max(from, Integer.parseInt(y.group(1)));
        }
        for (int year = from; year <= today.getYear(); year++) {
            LocalDate d = DateParsing.of(year, md.month(), md.day());
            if (d != null && d.getDayOfWeek() == weekday && !d.isAfter(today)) {
                return d;
            }
        }
        return null;
    }

    /**
     * A year-less dateline ("April 28 (UPI) --") on a page whose URL gives a year and month
     * ({@code /2015/04/}): the dateline's day in the latest year that puts it at most two months
     * before the end of the URL's month. A dateline far from the URL's month is left alone.
     */
    static LocalDate inUrlMonth(DateParsing.Found md, java.time.YearMonth urlMonth) {
        if (urlMonth == null) {
            return null;
        }
        LocalDate end = urlMonth.atEndOfMonth();
        for (int year = urlMonth.getYear(); year >= urlMonth.getYear() - 1; year--) {
            LocalDate d = DateParsing.of(year, md.month(), md.day());
            if (d != null && !d.isAfter(end)) {
                return d.isBefore(urlMonth.atDay(1).minusMonths(2)) ? null : d;
            }
        }
        return null;
    }

    private static String head(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (sb.length() >= HEADER_CHARS) {
                break;
            }
            sb.append(l).append('\n');
        }
        return sb.length() > HEADER_CHARS ? sb.substring(0, HEADER_CHARS) : sb.toString();
    }
}
