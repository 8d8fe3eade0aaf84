package org.frontline.reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Route;

/**
 * The roads the reports speak of, between place keys: the two ends of every route an event
 * carries, and "the road between X and Y" in any evidence sentence when both are places seen.
 * A {@code route_cut} closes its road from the last day of its date range (the first day it is
 * certainly cut). No road reopens: there is no event for that, so a cut stays until a capture
 * changes who holds the ends.
 *
 * <p>No edges are made from mere proximity: two towns ten kilometres apart may sit on either side
 * of a front, and an invented road would hide exactly the isolation this graph is for.
 */
public final class RouteGraph {

    /** An undirected road; {@code a < b}. {@code cuts} oldest first. */
    public record Road(String a, String b, List<DocEvent> cuts, List<String> evidence) {

        public String other(String end) {
            return end.equals(a) ? b : a;
        }

        /** The first cut in force on {@code d}, if any. */
        public Optional<DocEvent> cutOn(LocalDate d) {
            return cuts.stream().filter(c -> !c.event().date().end().isAfter(d)).findFirst();
        }
    }

    private final PlaceIndex places;
    private final Map<String, Road> roads;
    /** The roads out of each place, in key order: a siege's walk asks for them at every step. */
    private final Map<String, List<Road>> byEnd = new HashMap<>();

    private RouteGraph(PlaceIndex places, Map<String, Road> roads) {
        this.places = places;
        this.roads = roads;
        roads.values().forEach(r -> {
            byEnd.computeIfAbsent(r.a(), k -> new ArrayList<>()).add(r);
            byEnd.computeIfAbsent(r.b(), k -> new ArrayList<>()).add(r);
        });
    }

    public static RouteGraph build(Collection<DocEvent> events) {
        return build(events, List.of());
    }

    /**
     * {@code known}: further places a sentence's road may lead to (the places of CONTROL
     * assertions, say), besides those the events name.
     */
    public static RouteGraph build(Collection<DocEvent> events, Collection<Place> known) {
        // a cut road without a date cannot be ordered against reopenings (issue 10)
        events = events.stream().filter(m -> m.event().dated()).toList();
        List<Place> seen = new ArrayList<>(known);
        events.forEach(de -> seen.addAll(placesOf(de)));
        return of(new PlaceIndex(seen), events.stream().filter(RouteGraph::bearsRoad).toList());
    }

    /**
     * The graph of the roads {@code events} give ({@link #bearsRoad}; others add nothing), their
     * sentences' place names read against {@code index}: the places of every dated event and of
     * every CONTROL assertion.
     */
    public static RouteGraph of(PlaceIndex index, Collection<DocEvent> events) {
        return from(index, contributions(index, events));
    }

    /**
     * What one event gives the graph, its sentence read against one index: the roads (pairs of
     * keys, {@code a < b}, tab-joined) it names, the first being its route's ends when it has
     * them, and whether it cuts that road.
     */
    record Contribution(DocEvent event, List<String> roads, boolean cuts) {
        Contribution {
            roads = List.copyOf(roads);
        }
    }

    /** The contributions of these events, read against {@code index}. */
    static List<Contribution> contributions(PlaceIndex index, Collection<DocEvent> events) {
        RoadMentions mentions = new RoadMentions(index);
        List<Contribution> out = new ArrayList<>(events.size());
        for (DocEvent de : events) {
            Event e = de.event();
            List<String> roads = new ArrayList<>(2);
            String[] ends = ends(e);
            if (ends != null) {
                roads.add(pair(ends[0], ends[1]));
            }
            for (String[] p : mentions.find(e.evidence())) {
                roads.add(pair(p[0], p[1]));
            }
            out.add(new Contribution(de, roads, ends != null && e.type() == EventType.ROUTE_CUT));
        }
        return out;
    }

    /**
     * The graph the contributions make, all read against {@code index}: a graph can be made again
     * from contributions kept, read anew only for the events that changed, while the index stays.
     */
    static RouteGraph from(PlaceIndex index, List<Contribution> contributions) {
        Map<String, List<DocEvent>> cuts = new TreeMap<>();
        Map<String, List<String>> evidence = new TreeMap<>();
        for (Contribution c : contributions) {
            for (String k : c.roads()) {
                evidence.computeIfAbsent(k, z -> new ArrayList<>()).add(c.event().event().evidence());
            }
            if (c.cuts()) {
                cuts.computeIfAbsent(c.roads().get(0), x -> new ArrayList<>()).add(c.event());
            }
        }
        Map<String, Road> roads = new TreeMap<>();
        evidence.forEach((k, ev) -> {
            String[] ab = k.split("\t");
            List<DocEvent> cs = new ArrayList<>(cuts.getOrDefault(k, List.of()));
            cs.sort(Comparator.comparing((DocEvent c) -> c.event().date().end()).thenComparing(MentionKey.ORDER));
            roads.put(k, new Road(ab[0], ab[1], cs, ev.stream().distinct().sorted().toList()));
        });
        return new RouteGraph(index, roads);
    }

    /** The places a dated event adds to the graph's index: its own and its road's ends. */
    public static List<Place> placesOf(DocEvent de) {
        Event e = de.event();
        List<Place> out = new ArrayList<>(3);
        for (Place p : new Place[] {e.place(), e.route() == null ? null : e.route().from(),
                e.route() == null ? null : e.route().to()}) {
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether the event can add a road: dated, and with a road's two ends or a sentence worded
     * like a road between places. Only such events need keeping to build the graph again.
     */
    public static boolean bearsRoad(DocEvent de) {
        return de.event().dated() && (ends(de.event()) != null || RoadMentions.mayName(de.event().evidence()));
    }

    /** Both ends of the event's road; the event's place stands in for a missing "from". */
    private static String[] ends(Event e) {
        Route r = e.route();
        if (r == null || r.to() == null) {
            return null;
        }
        Place from = r.from() != null ? r.from() : e.place();
        if (from == null || PlaceKey.of(from).equals(PlaceKey.of(r.to()))) {
            return null;
        }
        return new String[] {PlaceKey.of(from), PlaceKey.of(r.to())};
    }

    private static String pair(String x, String y) {
        return x.compareTo(y) < 0 ? x + "\t" + y : y + "\t" + x;
    }

    /** The roads out of a place, in key order. */
    public List<Road> roadsOf(String placeKey) {
        return List.copyOf(byEnd.getOrDefault(placeKey, List.of()));
    }

    public List<Road> roads() {
        return List.copyOf(roads.values());
    }

    public PlaceIndex places() {
        return places;
    }
}
