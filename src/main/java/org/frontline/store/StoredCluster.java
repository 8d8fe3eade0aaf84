package org.frontline.store;

import java.util.List;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;

/**
 * A merged event as the reasoning layer hands it to the store (and gets it back): its stable id,
 * its merged fields, and its member mentions exactly as {@link EventStore#ingest} reported them.
 */
public record StoredCluster(String id, Event event, List<DocEvent> members) {

    public StoredCluster {
        members = List.copyOf(members);
        if (id == null || id.isBlank() || members.isEmpty()) {
            throw new IllegalArgumentException("a cluster needs an id and at least one member");
        }
    }
}
