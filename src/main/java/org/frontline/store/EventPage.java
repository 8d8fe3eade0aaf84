package org.frontline.store;

import java.util.List;

/**
 * One page of {@link EventStore#page}: its events, and when the page is full the token of the
 * page after it (for {@link EventQuery.After#of}); null when nothing can follow.
 */
public record EventPage(List<StoredEvent> events, String next) {
    public EventPage {
        events = List.copyOf(events);
    }
}
