package org.frontline.store;

import java.util.List;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;

/**
 * A merged event as the reasoning layer hands it to the store (and gets it back): its stable id,
 * its merged fields, its member mentions exactly as {@link EventStore#ingest} reported them, and
 * its running votes as JSON ({@code org.frontline.reason.ClusterTally}), or null.
 */
public record StoredCluster(String id, Event event, List<DocEvent> members, String tally) {

    /** A cluster without running votes: the next report that reaches it rebuilds it. */
    public StoredCluster(String id, Event event, List<DocEvent> members) {
        this(id, event, members, null);
    }

    public StoredCluster {
        members = List.copyOf(members);
        if (id == null || id.isBlank() || members.isEmpty()) {
            throw new IllegalArgumentException("a cluster needs an id and at least one member");
        }
    }
}
