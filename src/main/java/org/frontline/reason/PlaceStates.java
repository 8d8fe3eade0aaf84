package org.frontline.reason;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.Place;

/**
 * The control timeline and the roads, kept per place and per document and updated for the
 * documents a write touches: a new or replaced report costs its own places, not everything
 * stored. What one document says of one place ({@link PlaceReport}) rests on that document's
 * word on that place alone, so the reports are kept by place and document, and a place's
 * {@link PlaceTimeline} is made again from its reports when one of them changes. The roads are
 * kept per document, only the events that can make one ({@link RouteGraph#bearsRoad}), since a
 * sentence's road may join any two places; the graph is built again from them when they change or
 * when the names its index resolves do. A {@link #snapshot} answers exactly as
 * {@link ControlTimeline#build} and {@link RouteGraph#build} over everything would.
 * Not for concurrent use: one writer updates it, readers use snapshots.
 */
public final class PlaceStates {

    private final Sides sides;
    /** By place key, then document. */
    private final Map<String, Map<String, PlaceReport>> reports = new HashMap<>();
    private final Map<String, Set<String>> keysOfDocument = new HashMap<>();
    private final Map<String, List<DocEvent>> roadEvents = new HashMap<>();
    /**
     * Per document, what its road events gave the last graph, read against that graph's index:
     * while no key's names change, a graph is made again from these, reading anew only the
     * documents whose road events changed (most writes bring a road sentence, few a new name).
     */
    private final Map<String, List<RouteGraph.Contribution>> contributions = new HashMap<>();
    private final Set<String> roadDocsChanged = new HashSet<>();
    /** Some key's names changed since the last graph: every contribution is to be read again. */
    private boolean namesChanged = true;
    /** Places whose reports changed since the last snapshot. */
    private final Set<String> changed = new HashSet<>();
    private final Map<String, PlaceTimeline> timelines = new HashMap<>();
    /** One instance of each distinct place entry: a town's reports all hold the same one. */
    private final Map<Place, Place> entries = new HashMap<>();
    /** Per key, the entries the roads' index has for it. */
    private final Map<String, PlaceNames> roadPlaces = new HashMap<>();
    private ControlTimeline timeline;
    private RouteGraph graph;
    /** The graph the last snapshot used: a new one is compared with it road by road. */
    private RouteGraph lastGraph;
    private SiegeDays sieges;
    private Changes lastChanges = new Changes(true, Set.of(), Set.of());

    /**
     * What the last {@link #snapshot} changed: the places whose part of the timeline is new (or
     * gone), and those whose sieges may have changed with it or with the roads; {@code all}: a
     * first snapshot, everything is new.
     */
    public record Changes(boolean all, Set<String> parts, Set<String> sieges) {
        public Changes {
            parts = Set.copyOf(parts);
            sieges = Set.copyOf(sieges);
        }
    }

    public PlaceStates(Sides sides) {
        this.sides = sides;
    }

    /** What one document holds now: its mentions and assertions (none: it is gone), in place of what it held. */
    public void document(String doc, Collection<DocEvent> mentions, Collection<DocControl> controls) {
        for (String key : keysOfDocument.getOrDefault(doc, Set.of())) {
            Map<String, PlaceReport> of = reports.get(key);
            of.remove(doc);
            if (of.isEmpty()) {
                reports.remove(key);
            }
            changed.add(key);
        }
        // each place is given only the records that name it: a document's report on a place needs no others
        Map<String, List<DocEvent>> mentionsAt = new HashMap<>();
        mentions.forEach(m -> RouteGraph.placesOf(m).stream().map(PlaceKey::of).distinct()
                .forEach(k -> mentionsAt.computeIfAbsent(k, x -> new ArrayList<>()).add(m)));
        Map<String, List<DocControl>> controlsAt = ControlTimeline.controlsByPlace(controls);
        Set<String> keys = new HashSet<>(mentionsAt.keySet());
        keys.addAll(controlsAt.keySet());
        Set<String> said = new HashSet<>();
        for (String key : keys) {
            changed.add(key);
            PlaceReport r = PlaceReport.of(key, mentionsAt.getOrDefault(key, List.of()),
                    controlsAt.getOrDefault(key, List.of()), sides);
            if (!r.empty()) {
                reports.computeIfAbsent(key, k -> new HashMap<>()).put(doc, r.sharing(this::canonical));
                said.add(key);
            }
        }
        if (said.isEmpty()) {
            keysOfDocument.remove(doc);
        } else {
            keysOfDocument.put(doc, Set.copyOf(said));
        }
        List<DocEvent> roads = mentions.stream().filter(RouteGraph::bearsRoad).toList();
        if (!roads.equals(roadEvents.getOrDefault(doc, List.of()))) {
            if (roads.isEmpty()) {
                roadEvents.remove(doc);
            } else {
                roadEvents.put(doc, roads);
            }
            roadDocsChanged.add(doc);
            graph = null;
        }
    }

    private Place canonical(Place p) {
        return entries.computeIfAbsent(p, x -> x);
    }

    /** Forgets everything, for a reading from scratch. */
    public void clear() {
        reports.clear();
        keysOfDocument.clear();
        entries.clear();
        roadEvents.clear();
        contributions.clear();
        roadDocsChanged.clear();
        namesChanged = true;
        changed.clear();
        timelines.clear();
        roadPlaces.clear();
        timeline = null;
        graph = null;
        lastGraph = null;
        sieges = null;
    }

    /**
     * The timeline and sieges as they stand; only the places changed since the last call are made
     * again, and only the sieges of the places the roads join to them are worked out again.
     */
    public Reasoned snapshot() {
        Set<String> touched = Set.copyOf(changed);
        Set<String> parts = new HashSet<>();
        for (String key : changed) {
            if (remake(key)) {
                parts.add(key);
            }
        }
        changed.clear();
        if (timeline == null) {
            timeline = ControlTimeline.of(timelines.values());
        }
        boolean first = lastGraph == null;
        Set<String> roadEnds = new HashSet<>();
        if (graph == null) {
            graph = graph();
            sieges = new SiegeDays(new SiegeReasoner(timeline, graph, sides), timeline); // other roads: no kept siege holds
            if (!first) {
                roadEnds.addAll(endsOfChangedRoads(lastGraph, graph));
            }
        } else if (!touched.isEmpty()) {
            sieges = sieges.next(new SiegeReasoner(timeline, graph, sides), timeline, touched);
        }
        // a place's siege rests on the parts and roads of the places the roads join it to, before and after
        SiegeReasoner now = new SiegeReasoner(timeline, graph, sides);
        Set<String> siegesChanged = new HashSet<>();
        parts.forEach(k -> siegesChanged.addAll(now.joinedTo(k)));
        roadEnds.forEach(k -> siegesChanged.addAll(now.joinedTo(k)));
        if (!roadEnds.isEmpty()) {
            SiegeReasoner before = new SiegeReasoner(timeline, lastGraph, sides);
            roadEnds.forEach(k -> siegesChanged.addAll(before.joinedTo(k)));
        }
        lastGraph = graph;
        lastChanges = new Changes(first, parts, siegesChanged);
        return new Reasoned(timeline, sieges);
    }

    /** The roads as they stand: the documents' contributions, read again where they or the names changed. */
    private RouteGraph graph() {
        PlaceIndex index = new PlaceIndex(roadPlaces);
        if (namesChanged) {
            contributions.clear();
            roadEvents.forEach((doc, events) -> contributions.put(doc, RouteGraph.contributions(index, events)));
        } else {
            for (String doc : roadDocsChanged) {
                List<DocEvent> events = roadEvents.get(doc);
                if (events == null) {
                    contributions.remove(doc);
                } else {
                    contributions.put(doc, RouteGraph.contributions(index, events));
                }
            }
        }
        namesChanged = false;
        roadDocsChanged.clear();
        return RouteGraph.from(index, contributions.values().stream().flatMap(List::stream).toList());
    }

    /** What the last {@link #snapshot} changed. */
    public Changes lastChanges() {
        return lastChanges;
    }

    /** The ends of the roads one graph has and the other has not, or has otherwise (other cuts, other sentences). */
    private static Set<String> endsOfChangedRoads(RouteGraph before, RouteGraph after) {
        Set<RouteGraph.Road> was = new HashSet<>(before.roads());
        Set<RouteGraph.Road> is = new HashSet<>(after.roads());
        Set<String> ends = new HashSet<>();
        for (RouteGraph.Road r : before.roads()) {
            if (!is.contains(r)) {
                ends.add(r.a());
                ends.add(r.b());
            }
        }
        for (RouteGraph.Road r : after.roads()) {
            if (!was.contains(r)) {
                ends.add(r.a());
                ends.add(r.b());
            }
        }
        return ends;
    }

    /** Makes a place's part again; true when it changed. */
    private boolean remake(String key) {
        Collection<PlaceReport> of = reports.getOrDefault(key, Map.of()).values();
        Optional<PlaceTimeline> part = ControlTimeline.place(key, of, sides);
        boolean partChanged = !Objects.equals(timelines.get(key), part.orElse(null));
        if (partChanged) {
            part.ifPresentOrElse(p -> timelines.put(key, p), () -> timelines.remove(key));
            timeline = null;
        }
        Optional<PlaceNames> names = PlaceNames.of(of.stream().flatMap(r -> r.roadSeen().stream()).collect(Collectors.toSet()));
        if (!Objects.equals(roadPlaces.get(key), names.orElse(null))) {
            names.ifPresentOrElse(n -> roadPlaces.put(key, n), () -> roadPlaces.remove(key));
            namesChanged = true;
            graph = null; // a name that resolved may now be ambiguous, or the other way round
        }
        return partChanged;
    }
}
