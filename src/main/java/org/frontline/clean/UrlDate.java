package org.frontline.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date many news sites write into article URLs: {@code /2015/01/22/}, {@code /2014/jun/12/},
 * {@code /2018-07/06/}, {@code /20150122/}, {@code -20150105-12i0h9.html},
 * {@code ?utm_content=20230304}, {@code /31-Dec-2014/}, {@code fri-22-mar-2024-0942}. It is the
 * filing date, so it only stands in when the page states none. A path with only a year and a
 * month ({@code /2015/04/slug.html}) gives a {@link #yearMonth}, which dates a year-less dateline.
 */
final class UrlDate {
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
    private static final Pattern NUMERIC = Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|[-_.])");
    private static final Pattern NAMED = Pattern.compile("/((?:19|20)\\d\\d)/" + MONTH + "/(\\d{1,2})(?:/|$)");
    /** Eight digits standing alone in the path or a query value: "/20200208/", "-20150105-", "=20230304". */
    private static final Pattern COMPACT = Pattern.compile("[/_=-]((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?=$|[/_.?&#-])");
    /** Day, month name, year: "/31-Dec-2014/", "fri-22-mar-2024". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("[/_-](\\d{1,2})-" + MONTH + "-((?:19|20)\\d\\d)(?=$|[/_.?&#-])");
    /** Month name, day, year: "/march-4-2023-slug". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("[/_-]" + MONTH + "-(\\d{1,2})-((?:19|20)\\d\\d)(?=$|[/_.?&#-])");
    /** Year, month name, day run together: "-2009aug14-". */
    private static final Pattern YEAR_MONTH_DAY_RUN = Pattern.compile("[/_-]((?:19|20)\\d\\d)" + MONTH.replace("[a-z]*", "")
            + "(\\d{1,2})(?=$|[/_.?&#-])");
    /** Day or month first, then the year, eight digits standing alone ("/08122015-amp"), or fourteen with a time ("-08192024071109.html"). */
    private static final Pattern DIGITS_YEAR_LAST = Pattern.compile("[/_=-](\\d\\d)(\\d\\d)((?:19|20)\\d\\d)(?:\\d{6})?(?=$|[/_.?&#-])");
    private static final Pattern YEAR_MONTH = Pattern.compile("/((?:19|20)\\d\\d)/(\\d{2})/");
    /** The year, then month and day run together: "/2014/0615/623967-syria/". */
    private static final Pattern YEAR_THEN_MONTH_DAY = Pattern.compile("/((?:19|20)\\d\\d)/(\\d\\d)(\\d\\d)/");
    /** A story number that begins with its filing day, as allAfrica's do: "/stories/202211020103.html". */
    private static final Pattern STORY_NUMBER = Pattern.compile("/stories/((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)\\d{4}\\.html");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private UrlDate() {
    }

    static LocalDate of(String url) {
        if (url == null) {
            return null;
        }
        String u = url.toLowerCase(Locale.ROOT);
        Matcher m = NUMERIC.matcher(u);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = NAMED.matcher(u);
        if (m.find()) {
            return date(m.group(1), MONTHS.get(m.group(2)), m.group(3));
        }
        m = YEAR_THEN_MONTH_DAY.matcher(u);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = STORY_NUMBER.matcher(u);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = COMPACT.matcher(u);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(u);
        if (m.find()) {
            return date(m.group(3), MONTHS.get(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(u);
        if (m.find()) {
            return date(m.group(3), MONTHS.get(m.group(1)), m.group(2));
        }
        m = YEAR_MONTH_DAY_RUN.matcher(u);
        if (m.find()) {
            return date(m.group(1), MONTHS.get(m.group(2)), m.group(3));
        }
        m = DIGITS_YEAR_LAST.matcher(u);
        return m.find() ? dayOrMonthFirst(m.group(1), m.group(2), m.group(3)) : null;
    }

    /**
     * "08122015": only one of day-month and month-day may be a date ("08192024" is August 19);
     * when both are, the day-first reading most of the world writes.
     */
    private static LocalDate dayOrMonthFirst(String a, String b, String year) {
        LocalDate dayFirst = date(year, Integer.parseInt(b), a);
        return dayFirst != null ? dayFirst : date(year, Integer.parseInt(a), b);
    }

    /** The year and month of a path that gives no day ({@code /2015/04/slug.html}), or null. */
    static YearMonth yearMonth(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = YEAR_MONTH.matcher(url.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        try {
            return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
