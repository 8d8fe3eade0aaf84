package org.frontline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.Frontline;
import org.frontline.model.DocEvent;
import org.frontline.reason.EventClusterer;
import org.frontline.reason.MergedEvent;
import org.frontline.store.ClusterPlanner;
import org.frontline.store.EventStore;
import org.frontline.store.IngestOutcome;
import org.frontline.store.PlaceCircle;
import org.frontline.store.StoredCluster;

/**
 * Stores extracted documents one transaction each and keeps the cross-document clusters up to
 * date: in the same transaction, the clusters a document's mentions could join are rebuilt from
 * their members plus the new mentions (a kill between the two cannot leave it unclustered). Clusters are components of a symmetric relation, so the
 * stored result does not depend on the order documents arrive in.
 */
public final class Ingestion {
    private final EventStore store;
    private final EventClusterer clusterer;

    public Ingestion(EventStore store, EventClusterer clusterer) {
        this.store = store;
        this.clusterer = clusterer;
    }

    /** Stores the document and its clusters in one transaction. */
    public IngestOutcome ingest(Frontline.Extracted x) {
        return store.ingest(x.result(), x.article(), this::plan);
    }

    private ClusterPlanner.Plan plan(String doc, List<DocEvent> stored) {
        // an undated mention cannot be placed in time beside others: it is served as an event of its own
        List<DocEvent> added = stored.stream().filter(m -> m.event().dated()).toList();
        Map<String, StoredCluster> touched = new LinkedHashMap<>();
        Map<EventClusterer.CandidateQuery, List<StoredCluster>> asked = new HashMap<>();
        for (DocEvent m : added) {
            // a report often tells several events of one kind at one place and time: ask once
            for (StoredCluster c : asked.computeIfAbsent(clusterer.candidates(m), this::candidates)) {
                // the window is wide (a year of slack); only clusters the new mentions can join are rebuilt
                if (!touched.containsKey(c.id()) && clusterer.touches(c.members(), added)) {
                    touched.put(c.id(), c);
                }
            }
        }
        Set<DocEvent> members = new LinkedHashSet<>(added);
        for (StoredCluster c : touched.values()) {
            for (DocEvent m : c.members()) {
                // a replaced document's earlier mentions are gone; its new ones are in {@code added}
                if (!m.doc().equals(doc)) {
                    members.add(m);
                }
            }
        }
        List<StoredCluster> rebuilt = new ArrayList<>();
        for (MergedEvent e : clusterer.cluster(members)) {
            rebuilt.add(new StoredCluster(e.id(), e.asEvent(), e.mentions()));
        }
        return new ClusterPlanner.Plan(touched.keySet(), rebuilt);
    }

    private List<StoredCluster> candidates(EventClusterer.CandidateQuery q) {
        if (q.placeless()) {
            return store.clustersWithoutPlace(q.type(), q.from(), q.to());
        }
        if (q.near().isEmpty()) {
            return store.clusters(q.type(), q.from(), q.to());
        }
        List<PlaceCircle> circles = q.near().stream().map(n -> new PlaceCircle(n.lat(), n.lon(), n.geonamesId(), n.km())).toList();
        return store.clustersNear(q.type(), q.from(), q.to(), circles, q.roadEnds(), q.namedRoads());
    }
}
