package org.frontline.reason;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.Place;

/**
 * Which places are besieged on a day. A place is besieged when a report says so (a siege event,
 * a CONTROL assertion's besieged_by: see {@link ControlTimeline}), or when its ring is closed:
 * walking the known roads from it, through places its own side holds and that are themselves
 * besieged, every road ends cut or at a place the other side holds. Any road to a place of
 * unknown or neutral holding counts as a way out, and a place with no known road is never
 * besieged by inference: ignorance of roads is not a siege. At least one closure must be aimed
 * at the pocket (a cut told of a place in it, or the other side at a road's end), see
 * {@link #cutAt}.
 */
public final class SiegeReasoner {

    private final ControlTimeline timeline;
    private final RouteGraph graph;
    private final Sides sides;

    public SiegeReasoner(ControlTimeline timeline, RouteGraph graph, Sides sides) {
        this.timeline = timeline;
        this.graph = graph;
        this.sides = sides;
    }

    public static SiegeReasoner of(Collection<DocEvent> events, Collection<DocControl> controls) {
        Sides sides = Sides.load();
        List<Place> known = controls.stream().map(c -> c.control().place()).filter(p -> p != null).toList();
        return new SiegeReasoner(ControlTimeline.build(events, controls, sides), RouteGraph.build(events, known), sides);
    }

    /** Every place besieged on {@code d}, by place key. */
    public List<SiegeState> besiegedOn(LocalDate d) {
        List<SiegeState> out = new ArrayList<>();
        for (String key : timeline.placeKeys()) {
            siegeOf(key, d).ifPresent(out::add);
        }
        return out;
    }

    /** The siege of one place on {@code d}; empty when it is not besieged. */
    public Optional<SiegeState> siegeOf(String key, LocalDate d) {
        return timeline.on(key, d).flatMap(s -> siege(key, s, d));
    }

    /**
     * The places whose siege may rest on this one's control: those the roads join to it, itself
     * included. A ring is walked along the roads only, so a place's siege depends on no other.
     */
    public Set<String> joinedTo(String key) {
        Set<String> seen = new HashSet<>(List.of(key));
        Deque<String> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            for (RouteGraph.Road road : graph.roadsOf(queue.poll())) {
                if (seen.add(road.a())) {
                    queue.add(road.a());
                }
                if (seen.add(road.b())) {
                    queue.add(road.b());
                }
            }
        }
        return seen;
    }

    /**
     * The days on which the siege of the place may change: those of the places the roads join it
     * to ({@link ControlTimeline#changeDays}) and the days their roads' cuts take force. Between two
     * of them (and from the last on) {@link #siegeOf} gives the same answer.
     */
    public java.util.SortedSet<LocalDate> changeDays(String key) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (String k : joinedTo(key)) {
            out.addAll(timeline.changeDays(k));
            for (RouteGraph.Road road : graph.roadsOf(k)) {
                road.cuts().forEach(c -> out.add(c.event().date().end()));
            }
        }
        return out;
    }

    private Optional<SiegeState> siege(String key, ControlState s, LocalDate d) {
        boolean reported = !s.besiegedBy().isEmpty();
        Optional<Ring> ring = ring(key, s, d);
        if (!reported && ring.isEmpty()) {
            return Optional.empty();
        }
        Set<String> by = new TreeSet<>(s.besiegedBy());
        List<String> evidence = new ArrayList<>(reported ? s.evidence() : List.of());
        Set<String> docs = new TreeSet<>(reported ? s.documents() : List.of());
        List<SiegeState.Reason> reasons = new ArrayList<>();
        LocalDate since = null;
        if (reported) {
            reasons.add(SiegeState.Reason.REPORTED);
            since = reportedSince(key, d);
        }
        DocEvent closing = null;
        if (ring.isPresent()) {
            Ring r = ring.get();
            reasons.add(SiegeState.Reason.ROADS_CLOSED);
            by.addAll(r.besiegers());
            closing = r.closingCut();
            LocalDate ringSince = r.closedOn().isBefore(heldSince(key, d)) ? heldSince(key, d) : r.closedOn();
            since = since == null || ringSince.isBefore(since) ? ringSince : since;
            r.cuts().forEach(c -> {
                evidence.add(c.event().evidence());
                docs.add(c.doc());
            });
        }
        Place place = s.place();
        // nobody besieges their own side: a misread actor must not turn the holder into its own besieger
        by.removeIf(a -> a.equals(s.holder()) || sides.allied(place.country(), a, s.holder()));
        if (by.isEmpty()) {
            return Optional.empty();
        }
        List<String> bySides = by.stream().map(a -> sides.sideOf(place.country(), a).orElse(a)).distinct().sorted().toList();
        return Optional.of(new SiegeState(key, place, s.holder(), List.copyOf(by), bySides, since, closing, reasons,
                evidence.stream().distinct().toList(), List.copyOf(docs)));
    }

    /** {@code aimed}: the closure isolates this pocket, not the place at the road's far end. */
    private record Closure(LocalDate date, DocEvent cut, List<String> besiegers, boolean aimed) {
    }

    private record Ring(LocalDate closedOn, DocEvent closingCut, List<String> besiegers, List<DocEvent> cuts) {
    }

    /** The closed ring around the place's pocket, or empty when a road leads out. */
    private Optional<Ring> ring(String start, ControlState s, LocalDate d) {
        String country = s.place().country();
        List<Closure> closures = new ArrayList<>();
        Set<String> pocket = new HashSet<>(List.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String x = queue.poll();
            for (RouteGraph.Road road : graph.roadsOf(x)) {
                String y = road.other(x);
                if (pocket.contains(y)) {
                    continue;
                }
                Optional<DocEvent> cut = road.cutOn(d);
                if (cut.isPresent()) {
                    DocEvent c = cut.get();
                    closures.add(new Closure(c.event().date().end(), c, c.event().actor1(), pocket.contains(cutAt(c))));
                    continue;
                }
                Optional<ControlState> far = timeline.on(y, d);
                if (far.isPresent() && sides.opposed(country, far.get().holder(), s.holder())) {
                    closures.add(new Closure(far.get().since(), null, List.of(far.get().holder()), true));
                } else if (far.isPresent() && sides.allied(country, far.get().holder(), s.holder())
                        && !far.get().besiegedBy().isEmpty()) {
                    pocket.add(y);
                    queue.add(y);
                } else {
                    return Optional.empty();
                }
            }
        }
        if (closures.stream().noneMatch(Closure::aimed)) {
            return Optional.empty();
        }
        // the ring closed with its last closure; on a tie, a cut is the better answer to "which"
        Closure last = closures.stream().max(Comparator.comparing(Closure::date)
                .thenComparing(c -> c.cut() != null)
                .thenComparing(c -> c.cut() == null ? "" : MentionKey.of(c.cut()), Comparator.reverseOrder()))
                .orElseThrow();
        Set<String> besiegers = new TreeSet<>();
        closures.forEach(c -> besiegers.addAll(c.besiegers()));
        List<DocEvent> cuts = closures.stream().map(Closure::cut).filter(c -> c != null)
                .sorted(MentionKey.ORDER).toList();
        return Optional.of(new Ring(last.date(), last.cut(), List.copyOf(besiegers), cuts));
    }

    /**
     * The place a cut isolates: the event's place, else the road's "from". Cutting the al-Bab road
     * to Raqqa isolates al-Bab; Raqqa, whose only road the reports happen to mention is that one,
     * is not besieged by it, which is why a ring needs at least one closure aimed at its pocket.
     */
    private static String cutAt(DocEvent cut) {
        org.frontline.model.Event e = cut.event();
        Place p = e.place() != null ? e.place() : e.route().from();
        return p == null ? "" : PlaceKey.of(p);
    }

    /** The start of the run of intervals, ending at {@code d}, in which the siege is reported. */
    private LocalDate reportedSince(String key, LocalDate d) {
        return runStart(key, d, true);
    }

    /** The start of the run of intervals, ending at {@code d}, with the same holder. */
    private LocalDate heldSince(String key, LocalDate d) {
        return runStart(key, d, false);
    }

    private LocalDate runStart(String key, LocalDate d, boolean besieged) {
        List<ControlInterval> list = timeline.of(key);
        int i = 0;
        while (!list.get(i).covers(d)) {
            i++;
        }
        String holder = list.get(i).holder();
        while (i > 0 && list.get(i - 1).holder().equals(holder)
                && (!besieged || !list.get(i - 1).besiegedBy().isEmpty())) {
            i--;
        }
        return list.get(i).from();
    }
}
