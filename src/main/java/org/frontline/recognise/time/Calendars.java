package org.frontline.recognise.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import org.frontline.model.DateRange;
import org.frontline.model.Precision;

/** Calendar arithmetic behind the news conventions: which Monday, which April, which weekend. */
final class Calendars {

    private Calendars() {
    }

    /** The most recent such weekday on or before the day (the day itself if it is one). */
    static LocalDate onOrBefore(LocalDate day, DayOfWeek weekday) {
        return day.with(TemporalAdjusters.previousOrSame(weekday));
    }

    static LocalDate mondayOf(LocalDate day) {
        return onOrBefore(day, DayOfWeek.MONDAY);
    }

    static DateRange month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new DateRange(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
    }

    static DateRange year(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
    }

    /** The start .. end, never past the publication date if it started before it. */
    static DateRange toDate(LocalDate start, LocalDate published, Precision precision) {
        return new DateRange(start, published.isBefore(start) ? start : published, precision);
    }

    /** A year-less month is the most recent one not after publication ("in December" read in February). */
    static int yearOfMonth(int month, LocalDate published) {
        return month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
    }

    /**
     * A year-less day is in the publication year, or the year before if that would put it in the
     * future: news reports what has happened. Empty for days that do not exist ("31 February").
     */
    static Optional<LocalDate> yearlessDay(int month, int day, LocalDate published) {
        for (int year = published.getYear(); year >= published.getYear() - 4; year--) {
            Optional<LocalDate> d = day(year, month, day);
            if (d.isPresent() && !d.get().isAfter(published)) {
                return d;
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> day(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Part of a month: "early" = days 1-10, "mid" = 11-20, "late" = 21-end, the split the gold
     * annotation uses ("early December" = 1-10 December); week precision.
     */
    static DateRange partOfMonth(DateRange month, String modifier) {
        LocalDate first = month.start();
        String part = Vocabulary.get().part(modifier);
        if (part.equals("EARLY")) {
            return new DateRange(first, first.plusDays(9), Precision.WEEK);
        }
        if (part.equals("MID")) {
            return new DateRange(first.plusDays(10), first.plusDays(19), Precision.WEEK);
        }
        return new DateRange(first.plusDays(20), month.end(), Precision.WEEK);
    }

    /** Part of a year: early = January-April, mid = May-August, late = September-December. */
    static DateRange partOfYear(int year, String modifier) {
        String part = Vocabulary.get().part(modifier);
        int first = part.equals("EARLY") ? 1 : part.equals("MID") ? 5 : 9;
        return new DateRange(LocalDate.of(year, first, 1),
                YearMonth.of(year, first + 3).atEndOfMonth(), Precision.MONTH);
    }

    /** A season starting in the given year (winter runs on into the next). */
    static DateRange season(Vocabulary.Season season, int year) {
        YearMonth first = YearMonth.of(year, season.firstMonth());
        YearMonth last = first.plusMonths(season.months() - 1L);
        return new DateRange(first.atDay(1), last.atEndOfMonth(), Precision.MONTH);
    }
}
