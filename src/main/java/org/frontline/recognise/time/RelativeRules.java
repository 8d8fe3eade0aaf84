package org.frontline.recognise.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontline.model.DateRange;
import org.frontline.model.Precision;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;
import org.frontline.recognise.number.NumberParser;
import org.frontline.recognise.time.TimeExpression.Anchor;

/**
 * Dates counted from the publication date: the phrases of relative.tsv ("overnight", "last
 * week"), weekday names, "two weeks ago", "in the past three days", "this summer".
 */
final class RelativeRules {

    private static final Vocabulary V = Vocabulary.get();
    private static final String COUNT = "(?<n>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|a\\s+few|a\\s+couple\\s+of|several)";
    private static final String UNIT = "(?<unit>hour|day|week|month|year)s?";

    private static final Pattern PHRASE = Pattern.compile(
            "(?i)(?<![\\w-])(?:" + Vocabulary.alternation(V.relatives.keySet()) + ")(?![\\w-])");
    /** "late on Thursday", "last Monday", "Thursday night"; the capital initial is required. */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:(?<rel>(?i:last|this|next|this\\s+past|past))\\s+)?(?:(?i:late|early)\\s+(?:(?i:on)\\s+)?)?"
                    + "(?<wd>" + Vocabulary.alternation(V.weekdays.keySet()) + ")(?!\\w)"
                    + "(?:\\s+(?<tod>(?i:night|evening|morning|afternoon)))?");
    private static final Pattern AGO = Pattern.compile(
            "(?i)(?<![\\w-])(?:" + COUNT + "\\s+" + UNIT + "|(?<vague>days|weeks|months))\\s+ago(?!\\w)");
    private static final Pattern PAST = Pattern.compile(
            "(?i)(?<![\\w-])(?:in|over|during|within)\\s+the\\s+(?:past|last|previous)\\s+" + COUNT + "\\s+"
                    + UNIT + "(?!\\w)");
    private static final Pattern SEASON = Pattern.compile(
            "(?i)(?<![\\w-])(?<rel>earlier\\s+this|this\\s+past|this|last)\\s+(?<season>"
                    + Vocabulary.alternation(V.seasons.keySet()) + ")(?!\\w)");

    private RelativeRules() {
    }

    private static final Prefilter PHRASES = Prefilter.of(PHRASE);
    private static final Prefilter WEEKDAYS = Prefilter.of(WEEKDAY);
    private static final Prefilter AGOS = Prefilter.of(AGO);
    private static final Prefilter PASTS = Prefilter.of(PAST);
    private static final Prefilter SEASONS = Prefilter.of(SEASON);

    /** The rules' filters, for the test that windows find what whole scans do. */
    static List<Prefilter> filters() {
        return List.of(PHRASES, WEEKDAYS, AGOS, PASTS, SEASONS);
    }

    static void collect(String text, Folded folded, LocalDate p, List<Candidate> out) {
        int w = TimeRecogniser.WINDOW;
        PHRASES.forEach(text, folded, w, m -> {
            Vocabulary.Relative rel = V.relatives.get(Vocabulary.normalise(m.group()));
            out.add(new Candidate(m.start(), m.end(), RelativeRule.resolve(rel, p), Anchor.RELATIVE));
        });
        WEEKDAYS.forEach(text, folded, w, m -> out.add(new Candidate(m.start(), m.end(), weekday(m, p), Anchor.WEEKDAY)));
        AGOS.forEach(text, folded, w, m -> out.add(new Candidate(m.start(), m.end(), ago(m, p), Anchor.RELATIVE)));
        PASTS.forEach(text, folded, w, m -> out.add(new Candidate(m.start(), m.end(), past(m, p), Anchor.RELATIVE)));
        SEASONS.forEach(text, folded, w, m -> out.add(new Candidate(m.start(), m.end(), season(m, p), Anchor.RELATIVE)));
    }

    /** A bare weekday is the latest one on or before publication; "last"/"next" skip that day. */
    private static DateRange weekday(Matcher m, LocalDate p) {
        DayOfWeek dow = DayOfWeek.of(V.weekdays.get(m.group("wd")));
        String rel = m.group("rel") == null ? "" : Vocabulary.normalise(m.group("rel"));
        LocalDate day = switch (rel) {
            case "last", "past", "this past" -> Calendars.onOrBefore(p.minusDays(1), dow);
            case "next" -> p.plusDays(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(dow));
            default -> Calendars.onOrBefore(p, dow);
        };
        // a night runs into the next morning, which the report may already cover
        boolean night = m.group("tod") != null && m.group("tod").equalsIgnoreCase("night");
        LocalDate end = night && day.isBefore(p) ? day.plusDays(1) : day;
        return new DateRange(day, end, Precision.DAY);
    }

    /** "three days ago" is a day, "two weeks ago" a week centred on that day, "a month ago" a month. */
    private static DateRange ago(Matcher m, LocalDate p) {
        if (m.group("vague") != null) {
            return switch (m.group("vague").toLowerCase(Locale.ROOT)) {
                case "days" -> new DateRange(p.minusDays(7), p.minusDays(2), Precision.WEEK);
                case "weeks" -> new DateRange(p.minusWeeks(6), p.minusWeeks(1), Precision.WEEK);
                default -> new DateRange(p.minusMonths(6), p.minusMonths(1), Precision.MONTH);
            };
        }
        long n = count(m.group("n"));
        return switch (unit(m)) {
            case "hour" -> DateRange.day(p.minusDays(n / 24));
            case "day" -> DateRange.day(p.minusDays(n));
            case "week" -> {
                LocalDate centre = p.minusWeeks(n);
                yield new DateRange(centre.minusDays(3), centre.plusDays(3), Precision.WEEK);
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(p).minusMonths(n);
                yield Calendars.month(ym.getYear(), ym.getMonthValue());
            }
            default -> Calendars.year(p.getYear() - (int) n);
        };
    }

    /** "in the past three days": the span up to publication, as precise as its unit. */
    private static DateRange past(Matcher m, LocalDate p) {
        long n = count(m.group("n"));
        return switch (unit(m)) {
            case "hour" -> new DateRange(p.minusDays(Math.max(1, (n + 23) / 24)), p, Precision.DAY);
            case "day" -> new DateRange(p.minusDays(n), p, n <= 2 ? Precision.DAY : Precision.WEEK);
            case "week" -> new DateRange(p.minusWeeks(n), p, Precision.WEEK);
            case "month" -> new DateRange(p.minusMonths(n), p, Precision.MONTH);
            default -> new DateRange(p.minusYears(n), p, Precision.YEAR);
        };
    }

    /** "this summer" is the latest one begun by publication; "last summer" the latest one over. */
    private static DateRange season(Matcher m, LocalDate p) {
        Vocabulary.Season season = V.seasons.get(Vocabulary.normalise(m.group("season")));
        String rel = Vocabulary.normalise(m.group("rel"));
        int year = p.getYear();
        DateRange range = Calendars.season(season, year);
        while (range.start().isAfter(p)) {
            range = Calendars.season(season, --year);
        }
        if (rel.equals("last") || rel.equals("this past")) {
            while (!range.end().isBefore(p)) {
                range = Calendars.season(season, --year);
            }
            return range;
        }
        if (rel.equals("earlier this")) {
            return Calendars.toDate(range.start(), p.isBefore(range.end()) ? p : range.end(), Precision.MONTH);
        }
        return range;
    }

    private static String unit(Matcher m) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    /** Small counts only (the pattern allows three digits), so the result fits any date arithmetic. */
    private static long count(String word) {
        String w = Vocabulary.normalise(word);
        if (w.equals("a") || w.equals("an")) {
            return 1;
        }
        OptionalLong n = NumberParser.parse(w);
        return n.isPresent() ? n.getAsLong() : 1;
    }
}
