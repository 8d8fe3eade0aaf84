package org.frontline.model;

import java.time.LocalDate;

/** A closed interval of days with the precision the text gave it. */
public record DateRange(LocalDate start, LocalDate end, Precision precision) {

    public DateRange {
        if (start == null || end == null || precision == null) {
            throw new IllegalArgumentException("a date range needs start, end and precision");
        }
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("date range starts after it ends: " + start + " > " + end);
        }
    }

    public static DateRange day(LocalDate d) {
        return new DateRange(d, d, Precision.DAY);
    }

    public boolean overlaps(DateRange o, int slackDays) {
        return !start.isAfter(o.end.plusDays(slackDays)) && !end.isBefore(o.start.minusDays(slackDays));
    }

    public long lengthDays() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }
}
