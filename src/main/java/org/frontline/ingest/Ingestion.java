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
import org.frontline.reason.ClusterTally;
import org.frontline.reason.EventClusterer;
import org.frontline.reason.MergedEvent;
import org.frontline.reason.UnionFind;
import org.frontline.store.ClusterHead;
import org.frontline.store.ClusterPlanner;
import org.frontline.store.EventStore;
import org.frontline.store.IngestOutcome;
import org.frontline.store.PlaceCircle;
import org.frontline.store.StoredCluster;

/**
 * Stores extracted documents one transaction each and keeps the cross-document clusters up to
 * date in the same transaction (a kill between the two cannot leave it unclustered): usually a
 * cluster a new mention joins only has its running votes updated ({@link ClusterTally}), and it is
 * rebuilt from its members only when a report bridges clusters or replaces an earlier version. Clusters are components of a symmetric relation, so the
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

    private ClusterPlanner.Plan plan(String doc, List<DocEvent> stored, boolean replaced) {
        // an undated mention cannot be placed in time beside others: it is served as an event of its own
        List<DocEvent> added = stored.stream().filter(m -> m.event().dated()).toList();
        if (!replaced) {
            ClusterPlanner.Plan fast = grow(added);
            if (fast != null) {
                return fast;
            }
        }
        return rebuild(doc, added);
    }

    /**
     * The usual case, at a cost that does not grow with the clusters: a new document whose
     * mentions, with each other and with stored clusters, form groups that meet at most one
     * stored cluster each. A group meeting none is a new cluster; a group meeting one joins it,
     * and its votes take the new members in (components of the compatibility relation only ever
     * join when mentions arrive, so this is what clustering everything again gives). A group
     * bridging two clusters, or reaching one without votes, returns null: {@link #rebuild}.
     */
    private ClusterPlanner.Plan grow(List<DocEvent> added) {
        Map<String, ClusterHead> heads = new LinkedHashMap<>();
        Map<EventClusterer.CandidateQuery, List<ClusterHead>> asked = new HashMap<>();
        int n = added.size();
        List<List<String>> joins = new ArrayList<>();
        for (DocEvent m : added) {
            List<String> meets = new ArrayList<>();
            for (ClusterHead h : asked.computeIfAbsent(clusterer.candidates(m), this::heads)) {
                if (!meets.contains(h.id()) && h.representatives().stream().anyMatch(r -> clusterer.compatible(m, r))) {
                    meets.add(h.id());
                    heads.put(h.id(), h);
                }
            }
            joins.add(meets);
        }
        // union-find over the new mentions; a stored cluster is the node of its first meeting mention
        UnionFind parent = new UnionFind(n);
        Map<String, Integer> nodeOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (clusterer.compatible(added.get(i), added.get(j))) {
                    parent.union(i, j);
                }
            }
            for (String h : joins.get(i)) {
                Integer other = nodeOf.putIfAbsent(h, i);
                if (other != null) {
                    parent.union(i, other);
                }
            }
        }
        Map<Integer, List<DocEvent>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(parent.find(i), r -> new ArrayList<>()).add(added.get(i));
        }
        Map<Integer, String> clusterOf = new HashMap<>();
        for (Map.Entry<String, Integer> e : nodeOf.entrySet()) {
            ClusterHead h = heads.get(e.getKey());
            if (h.tally() == null || clusterOf.put(parent.find(e.getValue()), e.getKey()) != null) {
                return null;
            }
        }
        List<StoredCluster> fresh = new ArrayList<>();
        List<ClusterPlanner.Growth> grown = new ArrayList<>();
        for (Map.Entry<Integer, List<DocEvent>> g : groups.entrySet()) {
            String joined = clusterOf.get(g.getKey());
            if (joined == null) {
                ClusterTally t = ClusterTally.of(g.getValue());
                fresh.add(new StoredCluster(t.id(), t.asEvent(), g.getValue(), t.json()));
            } else {
                ClusterTally t = ClusterTally.fromJson(heads.get(joined).tally()).plus(g.getValue());
                grown.add(new ClusterPlanner.Growth(joined, new StoredCluster(t.id(), t.asEvent(), g.getValue(), t.json())));
            }
        }
        return new ClusterPlanner.Plan(List.of(), fresh, grown);
    }

    private List<ClusterHead> heads(EventClusterer.CandidateQuery q) {
        List<PlaceCircle> circles = q.near().stream().map(n -> new PlaceCircle(n.lat(), n.lon(), n.geonamesId(), n.km())).toList();
        return store.clusterHeads(q.type(), q.from(), q.to(), circles, q.roadEnds(), q.namedRoads(), q.placeless());
    }

    /**
     * The general case: the clusters the new mentions reach are read whole and clustered again
     * with them (a replaced document, a report bridging two events, a cluster stored without votes).
     */
    private ClusterPlanner.Plan rebuild(String doc, List<DocEvent> added) {
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
            ClusterTally t = ClusterTally.of(e.mentions());
            rebuilt.add(new StoredCluster(e.id(), t.asEvent(), e.mentions(), t.json()));
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
