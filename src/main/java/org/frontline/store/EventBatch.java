package org.frontline.store;

import java.util.List;
import java.util.Map;

/**
 * One batch of a streamed read ({@link EventStore#forEachEvent}): events in order, and the
 * summaries of exactly the documents they cite, so an export never holds every document at once.
 */
public record EventBatch(List<StoredEvent> events, Map<String, DocumentSummary> documents) {
    public EventBatch {
        events = List.copyOf(events);
        documents = Map.copyOf(documents);
    }
}
