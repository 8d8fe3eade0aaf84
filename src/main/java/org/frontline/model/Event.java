package org.frontline.model;

import java.util.List;

/** One event as the contract prints it. */
public record Event(EventType type, List<String> actor1, List<String> actor2, Place place, Route route,
                    DateRange date, Integer fatalities, Integer displaced, List<String> sources,
                    Status status, String evidence) {

    public Event {
        actor1 = List.copyOf(actor1);
        actor2 = List.copyOf(actor2);
        sources = List.copyOf(sources);
        if (type == null || date == null || status == null || evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("an event needs type, date, status and evidence");
        }
    }
}
