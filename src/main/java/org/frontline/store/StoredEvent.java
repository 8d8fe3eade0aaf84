package org.frontline.store;

import java.util.List;
import org.frontline.model.Event;

/**
 * A real-world event as stored: the merged event of a cluster, or a single mention that belongs
 * to no cluster yet.
 *
 * @param id            the cluster id, or {@code "mention:<n>"} for an unclustered mention
 * @param event         the merged fields (sources are who the reports attribute it to)
 * @param documents     doc ids reporting it, sorted
 * @param corroboration distinct documents reporting it
 * @param evidence      every member's evidence sentence, by document then text
 */
public record StoredEvent(String id, Event event, List<String> documents, int corroboration,
                          List<String> evidence) {

    public StoredEvent {
        documents = List.copyOf(documents);
        evidence = List.copyOf(evidence);
    }
}
