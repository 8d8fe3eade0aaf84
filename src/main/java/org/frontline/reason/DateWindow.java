package org.frontline.reason;

import java.time.LocalDate;
import org.frontline.model.DateRange;
import org.frontline.model.Precision;

/**
 * A date range widened by the slack its precision allows: the spec's matching tolerance (one day
 * for a day, a week for a week, 31 days for a month), and a year for a year. Each range is widened
 * by its own slack, so "in May" and "on 3 June" can still meet.
 */
record DateWindow(LocalDate from, LocalDate to) {

    static int slackDays(Precision p) {
        return switch (p) {
            case DAY -> 1;
            case WEEK -> 7;
            case MONTH -> 31;
            case YEAR -> 366;
        };
    }

    static DateWindow of(DateRange r) {
        int s = slackDays(r.precision());
        return new DateWindow(r.start().minusDays(s), r.end().plusDays(s));
    }

    boolean meets(DateWindow o) {
        return !from.isAfter(o.to) && !to.isBefore(o.from);
    }
}
