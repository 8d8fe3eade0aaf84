package org.frontline.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds English calendar dates in a string: "6 February 2017", "Oct. 27, 2015", "August 9,2022", "2019-05-27". */
final class DateParsing {

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
    private static final Pattern MD = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})\\b(?!\\s*[,:]?\\s*\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DateParsing() {
    }

    /** The earliest complete date (with year) in s, or null. */
    static Found first(String s) {
        Found best = null;
        if (s.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return null; // every pattern below needs a four-digit year
        }
        Matcher m = DMY.matcher(s);
        while (m.find()) {
            best = earlier(best, found(m, 3, 2, 1));
            if (best != null) {
                break;
            }
        }
        m = MDY.matcher(s);
        while (m.find()) {
            Found f = found(m, 3, 1, 2);
            if (f != null) {
                best = earlier(best, f);
                break;
            }
        }
        m = ISO.matcher(s);
        while (m.find()) {
            Found f = found(m, 1, 2, 3);
            if (f != null) {
                best = earlier(best, f);
                break;
            }
        }
        return best;
    }

    /** The earliest "Month day" without a year in s, or null (year 0). */
    static Found firstWithoutYear(String s) {
        Matcher m = MD.matcher(s);
        while (m.find()) {
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
