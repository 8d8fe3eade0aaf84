package org.frontline.model;

import java.util.List;

/**
 * One event as the contract prints it. {@code date} is null only for an event of a report with no
 * publication date whose words ({@code dateText}: "on Tuesday") need one; {@code dateText} is the
 * phrase the date was read from, or null when it is the publication day by default.
 */
public record Event(EventType type, List<String> actor1, List<String> actor2, Place place, Route route,
                    DateRange date, String dateText, Integer fatalities, Integer displaced, List<String> sources,
                    Status status, String evidence) {

    public Event {
        actor1 = List.copyOf(actor1);
        actor2 = List.copyOf(actor2);
        sources = List.copyOf(sources);
        if (type == null || status == null || evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("an event needs type, status and evidence");
        }
    }

    public Event(EventType type, List<String> actor1, List<String> actor2, Place place, Route route,
                 DateRange date, Integer fatalities, Integer displaced, List<String> sources,
                 Status status, String evidence) {
        this(type, actor1, actor2, place, route, date, null, fatalities, displaced, sources, status, evidence);
    }

    /** True when the event has a date (every event of a dated report has one). */
    public boolean dated() {
        return date != null;
    }
}
