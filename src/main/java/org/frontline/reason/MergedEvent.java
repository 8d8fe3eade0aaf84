package org.frontline.reason;

import java.util.List;
import org.frontline.model.DateRange;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Route;
import org.frontline.model.Status;

/**
 * One real-world event as several reports tell it. Every field is a function of the member set
 * alone (see {@link ClusterSummary}), so the same mentions always give the same merged event.
 *
 * @param id            hash of the sorted member keys: stable while membership is unchanged
 * @param corroboration distinct documents reporting it
 * @param evidence      every distinct evidence sentence, ordered by document then text
 * @param mentions      the members, sorted by their key
 */
public record MergedEvent(String id, EventType type, List<String> actor1, List<String> actor2, Place place,
                          Route route, DateRange date, Integer fatalities, Integer displaced, Status status,
                          List<String> sources, List<String> documents, int corroboration,
                          List<String> evidence, List<DocEvent> mentions) {

    public MergedEvent {
        actor1 = List.copyOf(actor1);
        actor2 = List.copyOf(actor2);
        sources = List.copyOf(sources);
        documents = List.copyOf(documents);
        evidence = List.copyOf(evidence);
        mentions = List.copyOf(mentions);
    }

    /** The contract's event shape, evidence sentences joined, for exporters that print one event. */
    public Event asEvent() {
        return new Event(type, actor1, actor2, place, route, date, fatalities, displaced, sources, status,
                String.join(" | ", evidence));
    }
}
