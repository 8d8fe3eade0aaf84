package org.frontline.reason;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.Place;

/**
 * The control timeline and the roads kept per place and updated for the places a write touches,
 * so a new report costs the reports of its own places, not everything stored. What is kept per
 * place key rests only on that place's mentions and assertions ({@link PlaceTimeline}, and the
 * names it is seen under for the roads' index); the roads are kept per document, only the events
 * that can make one ({@link RouteGraph#bearsRoad}), since a sentence's road may join any two
 * places. The graph is built again from those when they or the names the index resolves change.
 * A {@link #snapshot} answers exactly as {@link ControlTimeline#build} and {@link RouteGraph#build}
 * over everything would. Not for concurrent use: one writer updates it, readers use snapshots.
 */
public final class PlaceStates {

    private final Sides sides;
    private final Map<String, PlaceTimeline> timelines = new HashMap<>();
    /** Per key, the entries the roads' index has for it: dated events' places and road ends, assertions' places. */
    private final Map<String, PlaceNames> roadPlaces = new HashMap<>();
    private final Map<String, List<DocEvent>> roadEvents = new HashMap<>();
    private ControlTimeline timeline;
    private RouteGraph graph;

    public PlaceStates(Sides sides) {
        this.sides = sides;
    }

    /**
     * Recomputes one place from everything stored that concerns it: the mentions at it or on a
     * road ending at it, and the assertions about it (others given are ignored; none: the place is gone).
     */
    public void place(String key, Collection<DocEvent> mentions, Collection<DocControl> controls) {
        Optional<PlaceTimeline> part = ControlTimeline.place(key, mentions, controls, sides);
        if (!Objects.equals(timelines.get(key), part.orElse(null))) {
            part.ifPresentOrElse(p -> timelines.put(key, p), () -> timelines.remove(key));
            timeline = null;
        }
        List<Place> seen = new ArrayList<>();
        mentions.stream().filter(m -> m.event().dated()).forEach(m -> seen.addAll(RouteGraph.placesOf(m)));
        controls.forEach(c -> seen.add(c.control().place()));
        Optional<PlaceNames> names = PlaceNames.of(seen.stream().filter(p -> p != null && PlaceKey.of(p).equals(key)).toList());
        if (!Objects.equals(roadPlaces.get(key), names.orElse(null))) {
            names.ifPresentOrElse(n -> roadPlaces.put(key, n), () -> roadPlaces.remove(key));
            graph = null; // a name that resolved may now be ambiguous, or the other way round
        }
    }

    /** What one document now holds ({@code mentions} empty: it is gone), for the roads it may make. */
    public void document(String doc, Collection<DocEvent> mentions) {
        List<DocEvent> roads = mentions.stream().filter(RouteGraph::bearsRoad).toList();
        if (!roads.equals(roadEvents.getOrDefault(doc, List.of()))) {
            if (roads.isEmpty()) {
                roadEvents.remove(doc);
            } else {
                roadEvents.put(doc, roads);
            }
            graph = null;
        }
    }

    /** Forgets everything, for a reading from scratch. */
    public void clear() {
        timelines.clear();
        roadPlaces.clear();
        roadEvents.clear();
        timeline = null;
        graph = null;
    }

    /** The timeline and sieges as they stand; parts that did not change since the last call are reused. */
    public Reasoned snapshot() {
        if (timeline == null) {
            timeline = ControlTimeline.of(timelines.values());
        }
        if (graph == null) {
            graph = RouteGraph.of(new PlaceIndex(roadPlaces), roadEvents.values().stream().flatMap(List::stream).toList());
        }
        return new Reasoned(timeline, new SiegeReasoner(timeline, graph, sides));
    }
}
