package org.frontline.reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Route;

/**
 * Cross-document merging. A cluster is a connected component of the symmetric relation
 * {@link Compatibility} over the distinct mentions, so the result is a function of the mention
 * set: no input order, no first-come seed. Mentions are compared only within one type and within
 * overlapping date windows (a sweep over windows sorted by start), which keeps the cost near
 * linear for a news feed where most events are days apart.
 */
public final class EventClusterer {

    public static final double DEFAULT_RADIUS_KM = 10.0;

    private final Compatibility compatible;

    public EventClusterer() {
        this(DEFAULT_RADIUS_KM);
    }

    public EventClusterer(double radiusKm) {
        this.compatible = new Compatibility(radiusKm);
    }

    /** The merged events of these mentions, sorted by date, type, then id. Duplicates count once. */
    public List<MergedEvent> cluster(Collection<DocEvent> mentions) {
        // undated mentions (issue 10) have no time to be compared on: they join no cluster
        List<DocEvent> ms = MentionKey.sorted(new LinkedHashSet<>(mentions.stream().filter(m -> m.event().dated()).toList()));
        UnionFind parent = new UnionFind(ms.size());
        Map<EventType, List<Integer>> byType = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            byType.computeIfAbsent(ms.get(i).event().type(), t -> new ArrayList<>()).add(i);
        }
        for (List<Integer> idx : byType.values()) {
            sweep(ms, idx, parent);
        }
        Map<Integer, List<DocEvent>> groups = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            groups.computeIfAbsent(parent.find(i), r -> new ArrayList<>()).add(ms.get(i));
        }
        return groups.values().stream().map(ClusterSummary::of)
                .sorted(Comparator.comparing((MergedEvent e) -> e.date().start())
                        .thenComparing(MergedEvent::type).thenComparing(MergedEvent::id))
                .toList();
    }

    private void sweep(List<DocEvent> ms, List<Integer> idx, UnionFind parent) {
        List<Integer> order = new ArrayList<>(idx);
        Map<Integer, DateWindow> w = new HashMap<>();
        for (int i : order) {
            w.put(i, DateWindow.of(ms.get(i).event().date()));
        }
        order.sort(Comparator.comparing((Integer i) -> w.get(i).from()));
        for (int a = 0; a < order.size(); a++) {
            int i = order.get(a);
            for (int b = a + 1; b < order.size() && !w.get(order.get(b)).from().isAfter(w.get(i).to()); b++) {
                int j = order.get(b);
                if (compatible.test(ms.get(i), ms.get(j))) {
                    parent.union(i, j);
                }
            }
        }
    }

    /**
     * Incremental clustering for one ingested document. {@code existing} must hold every stored
     * cluster that {@link #touches} one of {@code added} (find candidates with {@link #candidates})
     * plus every cluster holding an earlier version of the same documents: all of a document's
     * mentions arrive together, so its old mentions are replaced, not kept beside the new ones.
     * Components elsewhere cannot change: they had no edge to the new mentions before or after.
     */
    public ClusterUpdate update(Collection<MergedEvent> existing, Collection<DocEvent> added) {
        Set<String> docs = added.stream().map(DocEvent::doc).collect(Collectors.toSet());
        List<DocEvent> pool = new ArrayList<>(added);
        for (MergedEvent c : existing) {
            c.mentions().stream().filter(m -> !docs.contains(m.doc())).forEach(pool::add);
        }
        List<String> retired = existing.stream().map(MergedEvent::id).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
        return new ClusterUpdate(retired, cluster(pool));
    }

    /** Whether two mentions may tell one event: an edge of the clustering. */
    public boolean compatible(DocEvent a, DocEvent b) {
        return a.event().dated() && b.event().dated() && compatible.test(a, b);
    }

    /** Whether the cluster must be recomputed when these mentions arrive. */
    public boolean touches(MergedEvent cluster, Collection<DocEvent> added) {
        return touches(cluster.mentions(), added);
    }

    /** The same test on a stored cluster's members: one of them is compatible with, or from the document of, an added mention. */
    public boolean touches(Collection<DocEvent> members, Collection<DocEvent> added) {
        Set<String> docs = added.stream().map(DocEvent::doc).collect(Collectors.toSet());
        return members.stream().anyMatch(m -> docs.contains(m.doc())
                || added.stream().anyMatch(a -> compatible.test(a, m)));
    }

    /**
     * What a store should fetch before {@link #update}: clusters of this type with a member whose
     * date range meets {@code [from, to]}. The window is the mention widened by its own slack plus
     * the widest slack any member may have (a year).
     */
    public CandidateQuery candidates(DocEvent mention) {
        Event e = mention.event();
        DateWindow w = DateWindow.of(e.date());
        int widest = DateWindow.slackDays(org.frontline.model.Precision.YEAR);
        LocalDate from = w.from().minusDays(widest), to = w.to().plusDays(widest);
        double km = compatible.radiusKm();
        CandidateQuery everyCluster = new CandidateQuery(e.type(), from, to, List.of(), false, false, false);
        Route r = e.route();
        if (e.type() == EventType.ROUTE_CUT && r != null) {
            // two roads compare roads (their names, or their ends), a road and a place compare places
            if (e.place() == null) {
                return everyCluster;
            }
            List<Near> ends = new ArrayList<>();
            for (Place p : new Place[] {e.place(), r.from(), r.to()}) {
                if (p != null) {
                    if (p.lat() == null || p.lon() == null) {
                        return everyCluster; // a name may match it: no box narrows the search
                    }
                    ends.add(new Near(p.lat(), p.lon(), p.geonamesId(), km));
                }
            }
            return new CandidateQuery(e.type(), from, to, ends, true, r.name() != null, false);
        }
        Place p = e.place();
        if (p == null) {
            return new CandidateQuery(e.type(), from, to, List.of(), false, false, true);
        }
        if (p.lat() == null || p.lon() == null) {
            return everyCluster;
        }
        // a placed mention joins only mentions near its place (see Compatibility)
        return new CandidateQuery(e.type(), from, to, List.of(new Near(p.lat(), p.lon(), p.geonamesId(), km)), false, false, false);
    }

    /**
     * See {@link #candidates}: clusters with a member of this type meeting [from, to] and, unless
     * {@code near} is empty, at a place in one of its circles (or a road end there when
     * {@code roadEnds}, or any named road when {@code namedRoads}); {@code placeless}: only
     * members without a place. Empty {@code near} and not placeless: every such cluster.
     */
    public record CandidateQuery(EventType type, LocalDate from, LocalDate to, List<Near> near, boolean roadEnds,
                                 boolean namedRoads, boolean placeless) {
    }

    /** Members must lie within {@code km} of (lat, lon), share the GeoNames id, or lack coordinates. */
    public record Near(double lat, double lon, Long geonamesId, double km) {
    }
}
