package org.frontline.reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.model.DateRange;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Route;
import org.frontline.model.Status;

/**
 * The representative fields of one cluster. Each choice is a vote counted in distinct documents
 * with a content-based tie-break, so it depends on the member set only, never on its order.
 */
final class ClusterSummary {

    private ClusterSummary() {
    }

    static MergedEvent of(List<DocEvent> members) {
        List<DocEvent> sorted = MentionKey.sorted(members);
        Event first = sorted.get(0).event();
        List<String> docs = sorted.stream().map(DocEvent::doc).distinct().sorted().toList();
        List<String> evidence = sorted.stream()
                .sorted(Comparator.comparing(DocEvent::doc).thenComparing(m -> m.event().evidence()))
                .map(m -> m.event().evidence()).distinct().toList();
        List<String> sources = sorted.stream().flatMap(m -> m.event().sources().stream())
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        return new MergedEvent(MentionKey.clusterId(sorted), first.type(),
                actorsByVotes(sorted, Event::actor1), actorsByVotes(sorted, Event::actor2),
                place(sorted), route(sorted), date(sorted),
                figure(sorted, Event::fatalities), figure(sorted, Event::displaced), status(sorted),
                sources, docs, docs.size(), evidence, sorted);
    }

    /** The union, most-reported first (counted in documents), then alphabetical. */
    private static List<String> actorsByVotes(List<DocEvent> ms, Function<Event, List<String>> side) {
        Map<String, Set<String>> docsPerActor = new HashMap<>();
        for (DocEvent m : ms) {
            for (String a : side.apply(m.event())) {
                docsPerActor.computeIfAbsent(a, k -> new HashSet<>()).add(m.doc());
            }
        }
        return docsPerActor.keySet().stream()
                .sorted(Comparator.<String>comparingInt(a -> -docsPerActor.get(a).size()).thenComparing(a -> a))
                .toList();
    }

    /** The place most documents name; ties go to the better-resolved entry, then the smaller key. */
    private static Place place(List<DocEvent> ms) {
        List<Place> places = ms.stream().map(m -> m.event().place()).filter(Objects::nonNull).toList();
        if (places.isEmpty()) {
            return null;
        }
        Map<String, Set<String>> docsPerKey = new HashMap<>();
        for (DocEvent m : ms) {
            if (m.event().place() != null) {
                docsPerKey.computeIfAbsent(PlaceKey.of(m.event().place()), k -> new HashSet<>()).add(m.doc());
            }
        }
        return places.stream().min(Comparator
                .<Place>comparingInt(p -> -docsPerKey.get(PlaceKey.of(p)).size())
                .thenComparing(p -> p.geonamesId() == null)
                .thenComparing(p -> p.lat() == null)
                .thenComparing(Place::toString)).orElseThrow();
    }

    /** A road known by both ends beats one known by one; then the most-told; then content order. */
    private static Route route(List<DocEvent> ms) {
        List<Route> routes = ms.stream().map(m -> m.event().route()).filter(Objects::nonNull).toList();
        Map<Route, Long> votes = routes.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        return routes.stream().min(Comparator
                .<Route>comparingInt(r -> (r.from() == null ? 1 : 0) + (r.to() == null ? 1 : 0))
                .thenComparing(r -> -votes.get(r))
                .thenComparing(Route::toString)).orElse(null);
    }

    /**
     * The narrowest date every report allows: the intersection of all ranges when they share a
     * day. When they do not (one report says Sunday, another Monday, both within the slack), the
     * span of the finest-precision reports: it contradicts none of them.
     */
    private static DateRange date(List<DocEvent> ms) {
        LocalDate start = LocalDate.MIN, end = LocalDate.MAX;
        Precision finest = Precision.YEAR;
        for (DocEvent m : ms) {
            DateRange d = m.event().date();
            start = d.start().isAfter(start) ? d.start() : start;
            end = d.end().isBefore(end) ? d.end() : end;
            finest = d.precision().ordinal() < finest.ordinal() ? d.precision() : finest;
        }
        if (!start.isAfter(end)) {
            return new DateRange(start, end, finest);
        }
        Precision f = finest;
        List<DateRange> fine = ms.stream().map(m -> m.event().date()).filter(d -> d.precision() == f).toList();
        LocalDate from = fine.stream().map(DateRange::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = fine.stream().map(DateRange::end).max(LocalDate::compareTo).orElseThrow();
        return new DateRange(from, to, f);
    }

    /**
     * The largest figure among mentions that are not a party's claim (all mentions when only
     * claims give one). Tolls are revised upward as bodies are found, so reports of one event at
     * different times are snapshots of one growing count and the largest is the latest; parties
     * inflate the other side's losses, so their figure only counts when nobody else gives one.
     */
    private static Integer figure(List<DocEvent> ms, Function<Event, Integer> f) {
        List<DocEvent> given = ms.stream().filter(m -> f.apply(m.event()) != null).toList();
        List<DocEvent> neutral = given.stream().filter(m -> m.event().status() != Status.CLAIMED).toList();
        return (neutral.isEmpty() ? given : neutral).stream().map(m -> f.apply(m.event()))
                .max(Integer::compare).orElse(null);
    }

    /** Reported when any monitor or outlet states it; else claimed when a party does; else unverified. */
    private static Status status(List<DocEvent> ms) {
        List<Status> all = new ArrayList<>(ms.stream().map(m -> m.event().status()).toList());
        if (all.contains(Status.REPORTED)) {
            return Status.REPORTED;
        }
        return all.contains(Status.CLAIMED) ? Status.CLAIMED : Status.UNVERIFIED;
    }
}
