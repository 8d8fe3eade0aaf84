package org.frontline.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;

/**
 * Finds English calendar dates in a string: "6 February 2017", "Oct. 27, 2015", "August 9,2022",
 * "2019-05-27", and numeric dates "13-08-2014", "04/09/2016". A numeric date whose day and month
 * could be either way round is settled by a weekday beside it ("Sunday 04/09/2016"), else by the
 * order the document's other numeric dates show ({@link Order}); still ambiguous, it is not read.
 */
final class DateParsing {

    /** Which way round a document writes numeric dates, from those that can only be read one way. */
    enum Order {
        DAY_FIRST, MONTH_FIRST, UNKNOWN;

        /** The order the unambiguous numeric dates of {@code text} show (a day over 12 tells), or UNKNOWN. */
        static Order of(String text) {
            int dayFirst = 0, monthFirst = 0;
            Prefilter.Matches found = scan(NUMERIC, text, Folded.of(text));
            for (Matcher m; (m = found.next()) != null; ) {
                int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3));
                dayFirst += a > 12 && b <= 12 ? 1 : 0;
                monthFirst += b > 12 && a <= 12 ? 1 : 0;
            }
            return dayFirst > monthFirst ? DAY_FIRST : monthFirst > dayFirst ? MONTH_FIRST : UNKNOWN;
        }
    }

    /** A date found at [start, end) of the searched string; year 0 means the text gave no year. */
    record Found(int year, int month, int day, int start, int end) {
        LocalDate date() {
            return of(year, month, day);
        }
    }

    static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern DMY = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MDY = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    /** Day and month in either order, then a four-digit year: "13-08-2014", "04/09/2016", "9.5.2019". */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/-])");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b\\.?");
    private static final Pattern MD = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})\\b(?!\\s*[,:]?\\s*\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** Each pattern's literal filter: a date is tried only where its digits or month name start. */
    private static final Map<Pattern, Prefilter> FILTERS = java.util.stream.Stream.of(DMY, MDY, ISO, NUMERIC, MD)
            .collect(java.util.stream.Collectors.toMap(p -> p, Prefilter::of));

    private DateParsing() {
    }

    private static Prefilter.Matches scan(Pattern p, String s, Folded folded) {
        return FILTERS.get(p).matches(s, folded);
    }

    /** The earliest complete date (with year) in s, or null. */
    static Found first(String s) {
        return first(s, Order.UNKNOWN);
    }

    /** The earliest complete date (with year) in s, numeric dates read in the document's {@code order}; or null. */
    static Found first(String s, Order order) {
        Found best = null;
        if (s.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return null; // every pattern below needs a four-digit year
        }
        Folded folded = Folded.of(s);
        Prefilter.Matches found = scan(DMY, s, folded);
        for (Matcher m; (m = found.next()) != null; ) {
            best = earlier(best, found(m, 3, 2, 1));
            if (best != null) {
                break;
            }
        }
        found = scan(MDY, s, folded);
        for (Matcher m; (m = found.next()) != null; ) {
            Found f = found(m, 3, 1, 2);
            if (f != null) {
                best = earlier(best, f);
                break;
            }
        }
        found = scan(ISO, s, folded);
        for (Matcher m; (m = found.next()) != null; ) {
            Found f = found(m, 1, 2, 3);
            if (f != null) {
                best = earlier(best, f);
                break;
            }
        }
        found = scan(NUMERIC, s, folded);
        for (Matcher m; (m = found.next()) != null; ) {
            Found f = numeric(m, s, order);
            if (f != null) {
                best = earlier(best, f);
                break;
            }
        }
        return best;
    }

    /**
     * A numeric date read the only way it can be, or the way the weekday beside it agrees with,
     * or the document's way; null when both readings stand and nothing settles them.
     */
    private static Found numeric(Matcher m, String s, Order order) {
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3)), year = Integer.parseInt(m.group(4));
        if (year < 1900 || year > 2200) {
            return null;
        }
        LocalDate dayFirst = of(year, b, a), monthFirst = of(year, a, b);
        LocalDate pick;
        if (dayFirst == null || monthFirst == null || dayFirst.equals(monthFirst)) {
            pick = dayFirst != null ? dayFirst : monthFirst;
        } else {
            java.time.DayOfWeek beside = weekdayBeside(s, m.start(), m.end());
            if (beside != null && dayFirst.getDayOfWeek() == beside ^ monthFirst.getDayOfWeek() == beside) {
                pick = dayFirst.getDayOfWeek() == beside ? dayFirst : monthFirst;
            } else {
                pick = order == Order.DAY_FIRST ? dayFirst : order == Order.MONTH_FIRST ? monthFirst : null;
            }
        }
        return pick == null ? null : new Found(pick.getYear(), pick.getMonthValue(), pick.getDayOfMonth(), m.start(), m.end());
    }

    /** A weekday name within 20 characters before or after [start, end), or null. */
    private static java.time.DayOfWeek weekdayBeside(String s, int start, int end) {
        Matcher w = WEEKDAY.matcher(s);
        w.region(Math.max(0, start - 20), Math.min(s.length(), end + 20));
        if (!w.find()) {
            return null;
        }
        String name = w.group(1).toLowerCase(Locale.ROOT);
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(name.substring(0, 3))) {
                return d;
            }
        }
        return null;
    }

    /** The earliest "Month day" without a year in s, or null (year 0). */
    static Found firstWithoutYear(String s) {
        Prefilter.Matches found = scan(MD, s, Folded.of(s));
        for (Matcher m; (m = found.next()) != null; ) {
            int month = month(m.group(1));
            int day = Integer.parseInt(m.group(2));
            if (day >= 1 && day <= 31) {
                return new Found(0, month, day, m.start(), m.end());
            }
        }
        return null;
    }

    static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Found found(Matcher m, int yearGroup, int monthGroup, int dayGroup) {
        int year = Integer.parseInt(m.group(yearGroup));
        String mg = m.group(monthGroup);
        int month = Character.isDigit(mg.charAt(0)) ? Integer.parseInt(mg) : month(mg);
        int day = Integer.parseInt(m.group(dayGroup));
        if (year < 1900 || year > 2200 || of(year, month, day) == null) {
            return null;
        }
        return new Found(year, month, day, m.start(), m.end());
    }

    private static Found earlier(Found a, Found b) {
        if (b == null) {
            return a;
        }
        return a == null || b.start() < a.start() ? b : a;
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
