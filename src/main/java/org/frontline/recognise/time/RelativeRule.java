package org.frontline.recognise.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

import org.frontline.model.DateRange;
import org.frontline.model.Precision;

/** The behaviour behind the rule names of relative.tsv; the phrases themselves are data. */
final class RelativeRule {

    private RelativeRule() {
    }

    static DateRange resolve(Vocabulary.Relative rule, LocalDate p) {
        int n = rule.argument();
        return switch (rule.rule()) {
            case "DAY" -> DateRange.day(p.plusDays(n));
            case "SPAN" -> new DateRange(p.plusDays(n), p, Precision.DAY);
            case "WEEKEND" -> {
                LocalDate saturday = Calendars.onOrBefore(p, DayOfWeek.SATURDAY);
                yield new DateRange(saturday, saturday.plusDays(1), Precision.DAY);
            }
            case "WEEK" -> {
                LocalDate monday = Calendars.mondayOf(p).plusWeeks(n);
                yield new DateRange(monday, monday.plusDays(6), Precision.WEEK);
            }
            case "WEEK_TO_DATE" -> new DateRange(Calendars.mondayOf(p), p, Precision.WEEK);
            case "RECENT" -> new DateRange(p.minusDays(n), p, Precision.WEEK);
            case "MONTH" -> {
                YearMonth ym = YearMonth.from(p).plusMonths(n);
                yield Calendars.month(ym.getYear(), ym.getMonthValue());
            }
            case "MONTH_TO_DATE" -> new DateRange(p.withDayOfMonth(1), p, Precision.MONTH);
            case "YEAR" -> Calendars.year(p.getYear() + n);
            case "YEAR_TO_DATE" -> new DateRange(p.withDayOfYear(1), p, Precision.YEAR);
            default -> throw new IllegalStateException("unknown rule in relative.tsv: " + rule.rule());
        };
    }
}
