package org.frontline.recognise.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontline.model.DateRange;
import org.frontline.model.Precision;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;
import org.frontline.recognise.time.TimeExpression.Anchor;

/**
 * Dates written with month names or years: "February 4, 2017", "4 February", "24-27 May",
 * "between May 24 and 27", "in April", "April 2016", "mid-July", "in 2015", "the 1990s".
 * Month names match only with a capital initial, and a bare month or year only after a
 * preposition or modifier, so the modal "may", "a march" and counts like "2000" stay out.
 */
final class CalendarRules {

    /** Reads one match against the publication date; empty when the date does not exist. */
    private interface Reader {
        Optional<Candidate> read(Matcher m, LocalDate published);
    }

    private record Rule(Prefilter filter, Reader reader) {
        Rule(Pattern pattern, Reader reader) {
            this(Prefilter.of(pattern), reader);
        }
    }

    private static final Vocabulary V = Vocabulary.get();
    private static final String WEEKDAY_PREFIX =
            "(?:(?:" + Vocabulary.alternation(V.weekdays.keySet()) + ")\\s*,?\\s+)?";
    private static final String CONNECTOR = "(?:\\s*[-–—]\\s*|\\s+(?<conn>(?i:to|and|until|till|through))\\s+)";
    private static final String LEAD = "(?:(?<lead>(?i:between|from))\\s+)?";
    private static final String NOT_INSIDE_NUMBER = "(?<![\\w.,$£€/:-])";
    private static final String MOD = "(?<mod>(?i:" + Vocabulary.alternation(V.modifiers.keySet()) + "))(?:\\s*-\\s*|\\s+)";
    /** A month right after a day number belongs to that day, even an impossible one ("31 February"). */
    private static final String NOT_AFTER_DAY = "(?<!\\d(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?)";
    private static final String CUE = "(?<cue>(?i:" + Vocabulary.alternation(V.prepositions) + "))\\s+";

    private static final List<Rule> RULES = List.of(
            new Rule(compile(LEAD + "(?:(?i:the)\\s+)?" + NOT_INSIDE_NUMBER + day("d1")
                    + "(?:\\s+(?:(?i:of)\\s+)?" + month("m1") + ")?" + CONNECTOR + "(?:(?i:the)\\s+)?"
                    + day("d2") + "(?:\\s+(?i:of))?\\s+" + month("m2") + "(?:,?\\s+" + year("y") + ")?"),
                    CalendarRules::range),
            new Rule(compile(LEAD + month("m1") + "\\s+" + day("d1") + CONNECTOR
                    + "(?:" + month("m2") + "\\s+)?" + day("d2") + "(?:,?\\s+" + year("y") + ")?"),
                    CalendarRules::range),
            new Rule(compile(WEEKDAY_PREFIX + "(?:(?i:the)\\s+)?" + NOT_INSIDE_NUMBER + day("d1")
                    + "(?:\\s+(?i:of))?\\s+" + month("m1") + "(?:,?\\s+" + year("y") + ")?"), CalendarRules::single),
            new Rule(compile(WEEKDAY_PREFIX + month("m1") + "\\s+" + day("d1") + "(?:,?\\s+" + year("y") + ")?"),
                    CalendarRules::single),
            new Rule(compile("(?<![\\w-])" + year("y") + "-(?<mo>0[1-9]|1[0-2])-(?<dd>0[1-9]|[12]\\d|3[01])(?!\\d)"),
                    CalendarRules::iso),
            new Rule(compile(NOT_AFTER_DAY + "(?:" + MOD + ")?" + month("m1") + ",?\\s+(?:(?i:of)\\s+)?" + year("y")),
                    CalendarRules::monthOfYear),
            new Rule(compile(NOT_AFTER_DAY + "(?:" + CUE + ")?(?:" + MOD + ")?" + month("m1") + "(?!\\w)"), CalendarRules::bareMonth),
            new Rule(compile("(?:" + CUE + ")?(?:" + MOD + ")?" + year("y")
                    + "(?!\\s*(?:%|(?i:per\\s*cent|percent)))"), CalendarRules::bareYear),
            new Rule(compile("(?i:the)\\s+(?:" + MOD + ")?(?<dec>1[89]\\d0|20\\d0)'?s(?!\\w)"), CalendarRules::decade),
            new Rule(compile("(?:(?i:the)\\s+)?(?<season>(?i:" + Vocabulary.alternation(V.seasons.keySet())
                    + "))\\s+(?:(?i:of)\\s+)?" + year("y")), CalendarRules::seasonOfYear));

    private CalendarRules() {
    }

    /** The rules' filters, for the test that windows find what whole scans do. */
    static List<Prefilter> filters() {
        return RULES.stream().map(Rule::filter).toList();
    }

    static void collect(String text, Folded folded, LocalDate published, List<Candidate> out) {
        for (Rule rule : RULES) {
            rule.filter.forEach(text, folded, TimeRecogniser.WINDOW, m -> rule.reader.read(m, published).ifPresent(out::add));
        }
    }

    private static Optional<Candidate> single(Matcher m, LocalDate published) {
        int month = monthOf(m.group("m1"));
        int day = Integer.parseInt(m.group("d1"));
        Optional<LocalDate> date = m.group("y") != null
                ? Calendars.day(Integer.parseInt(m.group("y")), month, day)
                : Calendars.yearlessDay(month, day, published);
        return date.map(d -> new Candidate(m.start(), m.end(), DateRange.day(d), anchor(m)));
    }

    /** "24-27 May", "between May 24 and June 2": one month may serve both ends. */
    private static Optional<Candidate> range(Matcher m, LocalDate published) {
        // "on 4 and 5 May" may be two days; only "between 4 and 5 May" is surely a range
        boolean and = m.group("conn") != null && m.group("conn").equalsIgnoreCase("and");
        if (and && (m.group("lead") == null || !m.group("lead").equalsIgnoreCase("between"))) {
            return Optional.empty();
        }
        int endMonth = monthOf(m.group("m2") != null ? m.group("m2") : m.group("m1"));
        int startMonth = m.group("m2") != null && m.group("m1") != null ? monthOf(m.group("m1")) : endMonth;
        int d1 = Integer.parseInt(m.group("d1"));
        int d2 = Integer.parseInt(m.group("d2"));
        Optional<LocalDate> end = m.group("y") != null
                ? Calendars.day(Integer.parseInt(m.group("y")), endMonth, d2)
                : Calendars.yearlessDay(endMonth, d2, published);
        if (end.isEmpty()) {
            return Optional.empty();
        }
        int startYear = startMonth > endMonth ? end.get().getYear() - 1 : end.get().getYear();
        Optional<LocalDate> start = Calendars.day(startYear, startMonth, d1);
        if (start.isEmpty() || start.get().isAfter(end.get())) {
            return Optional.empty();
        }
        DateRange range = new DateRange(start.get(), end.get(), Precision.DAY);
        return Optional.of(new Candidate(m.start(), m.end(), range, anchor(m)));
    }

    private static Optional<Candidate> iso(Matcher m, LocalDate published) {
        return Calendars.day(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")),
                        Integer.parseInt(m.group("dd")))
                .map(d -> new Candidate(m.start(), m.end(), DateRange.day(d), Anchor.EXPLICIT));
    }

    private static Optional<Candidate> monthOfYear(Matcher m, LocalDate published) {
        DateRange month = Calendars.month(Integer.parseInt(m.group("y")), monthOf(m.group("m1")));
        return Optional.of(new Candidate(m.start(), m.end(), narrow(month, m), Anchor.EXPLICIT));
    }

    /** "in April", "mid-July": needs a preposition or a modifier, else "May" may be a verb. */
    private static Optional<Candidate> bareMonth(Matcher m, LocalDate published) {
        if (m.group("cue") == null && m.group("mod") == null) {
            return Optional.empty();
        }
        int month = monthOf(m.group("m1"));
        int year = Calendars.yearOfMonth(month, published);
        // "last March" written in March is the March a year before: the one of this year is not over
        if (year == published.getYear() && month == published.getMonthValue() && m.group("cue") != null
                && Vocabulary.normalise(m.group("cue")).equals("last")) {
            year--;
        }
        DateRange range = narrow(Calendars.month(year, month), m);
        int start = m.group("mod") != null ? m.start("mod") : m.start("m1");
        return Optional.of(new Candidate(start, m.end(), range, Anchor.CALENDAR));
    }

    /** "in 2015", "late 2016": a four-digit number alone is more often a count than a year. */
    private static Optional<Candidate> bareYear(Matcher m, LocalDate published) {
        if (m.group("cue") == null && m.group("mod") == null) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group("y"));
        DateRange range = m.group("mod") != null ? Calendars.partOfYear(year, m.group("mod")) : Calendars.year(year);
        int start = m.group("mod") != null ? m.start("mod") : m.start("y");
        return Optional.of(new Candidate(start, m.end(), range, Anchor.EXPLICIT));
    }

    private static Optional<Candidate> decade(Matcher m, LocalDate published) {
        int first = Integer.parseInt(m.group("dec"));
        DateRange range = new DateRange(LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31), Precision.YEAR);
        return Optional.of(new Candidate(m.start(), m.end(), range, Anchor.EXPLICIT));
    }

    private static Optional<Candidate> seasonOfYear(Matcher m, LocalDate published) {
        Vocabulary.Season season = V.seasons.get(Vocabulary.normalise(m.group("season")));
        DateRange range = Calendars.season(season, Integer.parseInt(m.group("y")));
        return Optional.of(new Candidate(m.start(), m.end(), range, Anchor.EXPLICIT));
    }

    private static DateRange narrow(DateRange month, Matcher m) {
        return m.group("mod") == null ? month : Calendars.partOfMonth(month, m.group("mod"));
    }

    private static Anchor anchor(Matcher m) {
        return m.group("y") != null ? Anchor.EXPLICIT : Anchor.CALENDAR;
    }

    private static int monthOf(String form) {
        return V.months.get(form.endsWith(".") ? form.substring(0, form.length() - 1) : form);
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex);
    }

    /** Abbreviations ("Feb", "Sept") may take a full stop; full names may not swallow one. */
    private static String month(String group) {
        List<String> full = new ArrayList<>();
        List<String> abbreviated = new ArrayList<>();
        for (String form : V.months.keySet()) {
            boolean isAbbreviation = V.months.keySet().stream()
                    .anyMatch(other -> other.length() > form.length() && other.startsWith(form));
            (isAbbreviation ? abbreviated : full).add(form);
        }
        return "(?<" + group + ">(?:" + Vocabulary.alternation(full) + ")(?!\\w)|(?:"
                + Vocabulary.alternation(abbreviated) + ")(?!\\w)\\.?)";
    }

    private static String day(String group) {
        return "(?<" + group + ">3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\w|[.,]\\d)";
    }

    private static String year(String group) {
        return "(?<" + group + ">1[89]\\d\\d|20\\d\\d)(?!\\w|[.,]\\d)";
    }
}
