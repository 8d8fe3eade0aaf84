package org.frontline.recognise.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.frontline.model.Precision;
import org.frontline.recognise.time.TimeExpression.Anchor;

/**
 * Guesses when an article without a dateline was published, from the dates in its text.
 *
 * <p>The latest full date with a year (often a photo caption: "on February 4, 2017") is a
 * lower bound: a report does not show what has not happened yet. Year-less days placed in
 * that year and at most two weeks after it ("between the 24 and 27 May") raise the bound;
 * later ones are more likely deadlines ("by Aug. 31") than news. The first weekday of the
 * story then picks the day: the lead reports the latest news, on its day or the day after
 * ("on Monday" in a Monday or Tuesday paper), so the result is the first day from the bound
 * that is that weekday or the next. On the 20 gold documents this lead-weekday rule beat
 * "make every weekday reference fall after the latest full date", which pushes dated
 * reports a week late whenever they mention an earlier day. Without weekday references the
 * bound itself is returned. Without any full date there is no year to anchor on: empty.
 */
public final class PublicationDateInference {

    /** How far after the latest full date a year-less day may be and still be in its year. */
    private static final int CALENDAR_WINDOW_DAYS = 14;
    /** Where to resolve the explicit dates: any day after them, so that none is "in the future". */
    private static final LocalDate FAR_FUTURE = LocalDate.of(2199, 12, 31);

    private final TimeRecogniser recogniser = new TimeRecogniser();

    public Optional<LocalDate> infer(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> latestExplicit = recogniser.recognise(text, FAR_FUTURE).stream()
                .filter(e -> e.anchor() == Anchor.EXPLICIT && !e.since())
                .filter(e -> e.mention().range().precision() == Precision.DAY)
                .map(e -> e.mention().range().end())
                .max(LocalDate::compareTo);
        if (latestExplicit.isEmpty()) {
            return Optional.empty();
        }
        LocalDate latest = latestExplicit.get();
        List<TimeExpression> near = recogniser.recognise(text, latest.plusDays(CALENDAR_WINDOW_DAYS));
        LocalDate bound = near.stream()
                .filter(e -> e.anchor() == Anchor.CALENDAR && !e.since())
                .filter(e -> e.mention().range().precision() == Precision.DAY)
                .map(e -> e.mention().range().end())
                .filter(end -> end.isAfter(latest))
                .max(LocalDate::compareTo)
                .orElse(latest);
        Optional<DayOfWeek> lead = near.stream()
                .filter(e -> e.anchor() == Anchor.WEEKDAY)
                .map(e -> e.mention().range().start().getDayOfWeek())
                .findFirst();
        return Optional.of(lead.map(day -> firstFitting(bound, day)).orElse(bound));
    }

    private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
    /** "Sunday, June 30", "on Sunday 30 June": a day and its weekday, without a year. */
    private static final java.util.regex.Pattern WEEKDAY_DAY = java.util.regex.Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(?:(" + MONTH_NAMES + ")\\s+(\\d{1,2})"
                    + "|(\\d{1,2})\\s+(" + MONTH_NAMES + "))\\b(?!,?\\s+(?:19|20)\\d\\d)");
    /** The weekdays of a calendar repeat every 28 years at most. */
    private static final int CALENDAR_CYCLE_YEARS = 28;

    /**
     * A report with no full date that names a day with its weekday ("on Sunday, June 30"): the
     * latest year, not after {@code notAfter}, in which that day fell on that weekday. The lead's
     * day is the report's news, told that day.
     */
    public Optional<LocalDate> weekdayPinned(String text, LocalDate notAfter) {
        java.util.regex.Matcher m = WEEKDAY_DAY.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        DayOfWeek weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
        java.time.Month month = java.time.Month.valueOf((m.group(2) != null ? m.group(2) : m.group(5)).toUpperCase(java.util.Locale.ROOT));
        int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
        for (int y = notAfter.getYear(); y > notAfter.getYear() - CALENDAR_CYCLE_YEARS; y--) {
            if (day > month.length(java.time.Year.isLeap(y))) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (!d.isAfter(notAfter) && d.getDayOfWeek() == weekday) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * A day in the month a report's address gives ({@code /2015/09/slug}) when its text has no
     * full date: the latest day of that month its text names without a year, else the first day
     * of the month on which its lead weekday falls or the day after (as {@link #infer}), else
     * the month's first day. A guess within the right month beats no date: relative and
     * year-less dates then land in the right month and year.
     */
    public LocalDate inMonth(String text, java.time.YearMonth month) {
        List<TimeExpression> found = text == null ? List.of() : recogniser.recognise(text, month.atEndOfMonth());
        Optional<LocalDate> named = found.stream()
                .filter(e -> e.anchor() == Anchor.CALENDAR && !e.since())
                .filter(e -> e.mention().range().precision() == Precision.DAY)
                .map(e -> e.mention().range().end())
                .filter(d -> java.time.YearMonth.from(d).equals(month))
                .max(LocalDate::compareTo);
        Optional<DayOfWeek> lead = found.stream()
                .filter(e -> e.anchor() == Anchor.WEEKDAY)
                .map(e -> e.mention().range().start().getDayOfWeek())
                .findFirst();
        LocalDate day = named.orElseGet(() -> lead.map(w -> firstFitting(month.atDay(1), w)).orElse(month.atDay(1)));
        return day.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : day;
    }

    /**
     * The first day from the bound on which the lead weekday is that day or the day before: a
     * story's first weekday names its news, reported the same day or the next.
     */
    private static LocalDate firstFitting(LocalDate bound, DayOfWeek lead) {
        LocalDate day = bound;
        while (day.getDayOfWeek() != lead && day.getDayOfWeek() != lead.plus(1)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
