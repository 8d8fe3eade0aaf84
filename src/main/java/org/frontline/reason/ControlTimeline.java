package org.frontline.reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.Place;

/**
 * Per place, who holds it when: intervals that start on each day a claim changes the picture.
 * A day's claims are weighed together ({@link DayVerdict}); a later day with the same verdict
 * extends the interval and adds its evidence. Holders come only from CONTROL assertions and
 * from captures their own document vouches for ({@link ControlClaims}); a siege adds its
 * besiegers to the holder known that day and never names the holder itself, so a siege with no
 * known holder leaves the place unknown. A siege, once reported, lasts while the holder does: a
 * report that merely names the holder is silence about the siege, not its end.
 */
public final class ControlTimeline {

    private static final Comparator<ControlClaim> CLAIM_ORDER = Comparator.comparing(ControlClaim::date)
            .thenComparing(ControlClaim::doc).thenComparing(ControlClaim::holder)
            .thenComparing(c -> String.valueOf(c.evidence())).thenComparing(ControlClaim::toString);

    private final PlaceIndex places;
    private final Map<String, List<ControlInterval>> intervals;
    private final Map<String, List<Contradiction>> contradictions;
    /** Places fought over (a capture or siege reported there), by key: the first day of it. */
    private final Map<String, LocalDate> foughtOver;
    /** Sorted once: every answer on a day walks them. */
    private final List<String> placeKeys;

    private ControlTimeline(PlaceIndex places, Map<String, List<ControlInterval>> intervals,
                            Map<String, List<Contradiction>> contradictions, Map<String, LocalDate> foughtOver) {
        this.places = places;
        this.intervals = intervals;
        this.contradictions = contradictions;
        this.foughtOver = foughtOver;
        this.placeKeys = List.copyOf(new TreeSet<>(intervals.keySet()));
    }

    public static ControlTimeline build(Collection<DocEvent> events, Collection<DocControl> controls) {
        return build(events, controls, Sides.load());
    }

    /** Assertions grouped by the place they are about; those about no place are left out. */
    static Map<String, List<DocControl>> controlsByPlace(Collection<DocControl> controls) {
        Map<String, List<DocControl>> at = new HashMap<>();
        controls.stream().filter(c -> c.control().place() != null)
                .forEach(c -> at.computeIfAbsent(PlaceKey.of(c.control().place()), k -> new ArrayList<>()).add(c));
        return at;
    }

    public static ControlTimeline build(Collection<DocEvent> events, Collection<DocControl> controls, Sides sides) {
        Map<String, List<DocEvent>> eventsAt = new HashMap<>();
        events.stream().filter(e -> e.event().place() != null)
                .forEach(e -> eventsAt.computeIfAbsent(PlaceKey.of(e.event().place()), k -> new ArrayList<>()).add(e));
        Map<String, List<DocControl>> controlsAt = controlsByPlace(controls);
        TreeSet<String> keys = new TreeSet<>(eventsAt.keySet());
        keys.addAll(controlsAt.keySet());
        List<PlaceTimeline> parts = new ArrayList<>();
        for (String key : keys) {
            place(key, eventsAt.getOrDefault(key, List.of()), controlsAt.getOrDefault(key, List.of()), sides)
                    .ifPresent(parts::add);
        }
        return of(parts);
    }

    /** The timeline made of these places' parts (one part per key). */
    public static ControlTimeline of(Collection<PlaceTimeline> parts) {
        Map<String, PlaceNames> names = new HashMap<>();
        Map<String, List<ControlInterval>> out = new HashMap<>();
        Map<String, List<Contradiction>> conflicts = new HashMap<>();
        Map<String, LocalDate> fought = new TreeMap<>();
        for (PlaceTimeline p : parts) {
            names.put(p.key(), p.names());
            if (p.claimed()) {
                out.put(p.key(), p.intervals());
            }
            if (!p.contradictions().isEmpty()) {
                conflicts.put(p.key(), p.contradictions());
            }
            if (p.foughtSince() != null) {
                fought.put(p.key(), p.foughtSince());
            }
        }
        return new ControlTimeline(new PlaceIndex(names), out, conflicts, fought);
    }

    /**
     * The part of one place: from the events and assertions given, those whose place has this key
     * (others are ignored). Empty when none of them names the place.
     */
    public static Optional<PlaceTimeline> place(String key, Collection<DocEvent> events, Collection<DocControl> controls,
                                                Sides sides) {
        return place(key, List.of(PlaceReport.of(key, events, controls, sides)), sides);
    }

    /** The part of one place from what each document says of it. */
    static Optional<PlaceTimeline> place(String key, Collection<PlaceReport> reports, Sides sides) {
        List<ControlClaim> claims = new ArrayList<>();
        Set<Place> seen = new HashSet<>(); // a place's reports mostly name it alike: its names are normalised once each
        LocalDate fought = null;
        for (PlaceReport r : reports) {
            claims.addAll(r.claims());
            seen.addAll(r.seen());
            fought = r.foughtSince() != null && (fought == null || r.foughtSince().isBefore(fought)) ? r.foughtSince() : fought;
        }
        Optional<PlaceNames> names = PlaceNames.of(seen);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        claims.sort(CLAIM_ORDER);
        Place place = names.get().best();
        TreeMap<LocalDate, List<ControlClaim>> days = new TreeMap<>();
        claims.forEach(c -> days.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c));
        return Optional.of(new PlaceTimeline(key, names.get(), !claims.isEmpty(),
                claims.isEmpty() ? List.of() : intervals(key, place, days, sides),
                new Contradictions(sides).of(key, place, days), fought));
    }

    private static List<ControlInterval> intervals(String key, Place place, TreeMap<LocalDate, List<ControlClaim>> days,
                                                   Sides sides) {
        List<ControlInterval> out = new ArrayList<>();
        DayVerdict current = null;
        LocalDate from = null;
        List<ControlClaim> pending = new ArrayList<>();
        List<ControlClaim> early = new ArrayList<>(); // sieges reported before anyone is said to hold the place
        for (Map.Entry<LocalDate, List<ControlClaim>> day : days.entrySet()) {
            List<ControlClaim> holding = day.getValue().stream().filter(ControlClaim::namesHolder).toList();
            List<ControlClaim> sieges = new ArrayList<>(day.getValue().stream().filter(c -> !c.namesHolder()).toList());
            DayVerdict v;
            if (!holding.isEmpty()) {
                v = DayVerdict.of(holding, sides, place.country());
                if (current != null && v.besiegedBy().isEmpty() && v.holder().equals(current.holder())) {
                    v = v.besiegedBy(current.besiegedBy());
                }
            } else if (current != null) {
                v = current; // a siege alone says nothing of who holds the place: the holder stays
            } else {
                early.addAll(sieges); // besieged, but nobody says who holds it: unknown, not the siege's guess
                continue;
            }
            if (current == null) {
                sieges.addAll(early); // the first holder named is the one besieged, if the besiegers are its enemies
            }
            v = v.alsoBesiegedBy(sieges, sides, place.country());
            if (current != null && !v.sameStateAs(current)) {
                out.add(interval(key, place, from, day.getKey().minusDays(1), current, pending));
                pending = new ArrayList<>();
            }
            if (current == null || !v.sameStateAs(current)) {
                current = v;
                from = day.getKey();
            }
            pending.addAll(holding);
            String holder = v.holder();
            pending.addAll(sieges.stream().filter(c -> c.besiegedBy().stream()
                    .anyMatch(b -> !b.equals(holder) && !sides.allied(place.country(), b, holder))).toList());
        }
        if (current != null) {
            out.add(interval(key, place, from, null, current, pending));
        }
        return List.copyOf(out);
    }

    private static ControlInterval interval(String key, Place place, LocalDate from, LocalDate to, DayVerdict v,
                                            List<ControlClaim> claims) {
        List<String> evidence = claims.stream().map(ControlClaim::evidence)
                .filter(e -> e != null && !e.isBlank()).distinct().toList();
        List<String> sources = List.copyOf(claims.stream().flatMap(c -> c.sources().stream())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        List<String> docs = claims.stream().map(ControlClaim::doc).distinct().sorted().toList();
        return new ControlInterval(key, place, from, to, v.holder(), v.share(), v.contestedBy(), v.besiegedBy(),
                v.disputed() || !v.contestedBy().isEmpty(), v.disputed(), claims, evidence, sources, docs);
    }

    /** The intervals of a place, given by key or by a name that names one place; oldest first. */
    public List<ControlInterval> of(String placeKeyOrName) {
        return places.resolve(placeKeyOrName).map(k -> intervals.getOrDefault(k, List.of())).orElse(List.of());
    }

    public List<ControlInterval> of(Place place) {
        return intervals.getOrDefault(PlaceKey.of(place), List.of());
    }

    public Optional<ControlState> on(String placeKeyOrName, LocalDate date) {
        return stateIn(of(placeKeyOrName), date);
    }

    public Optional<ControlState> on(Place place, LocalDate date) {
        return stateIn(of(place), date);
    }

    private static Optional<ControlState> stateIn(List<ControlInterval> list, LocalDate date) {
        return list.stream().filter(i -> i.covers(date)).findFirst().map(i -> ControlState.of(i, date));
    }

    /** Every contradiction, by place key then date. */
    public List<Contradiction> contradictions() {
        return contradictions.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream()).toList();
    }

    /**
     * The contradictions standing on a day: those among the claims of the interval that covers it
     * (the picture the timeline shows that day rests on them).
     */
    public List<Contradiction> contradictionsOn(LocalDate day) {
        return contradictions().stream().filter(c -> standsOn(c, day)).toList();
    }

    /** The contradictions about one place (by key or name), on a day or (day null) ever. */
    public List<Contradiction> contradictionsOf(String placeKeyOrName, LocalDate day) {
        return places.resolve(placeKeyOrName).map(k -> contradictions.getOrDefault(k, List.of()).stream()
                .filter(c -> day == null || standsOn(c, day)).toList()).orElse(List.of());
    }

    private boolean standsOn(Contradiction c, LocalDate day) {
        return !c.date().isAfter(day) && intervals.getOrDefault(c.placeKey(), List.of()).stream()
                .anyMatch(i -> i.covers(day) && i.claims().contains(c.followed()));
    }

    /**
     * Places a capture or siege was reported at on or before {@code day} whose holder no claim
     * names that day: "unknown", which an analyst prefers to a confident wrong answer.
     */
    public List<Place> unknownOn(LocalDate day) {
        return foughtOver.keySet().stream().map(k -> unknownOn(k, day).orElse(null)).filter(p -> p != null).toList();
    }

    /** The place of this key when it is "unknown" on {@code day} (see {@link #unknownOn(LocalDate)}). */
    public Optional<Place> unknownOn(String key, LocalDate day) {
        LocalDate fought = foughtOver.get(key);
        if (fought == null || fought.isAfter(day) || stateIn(intervals.getOrDefault(key, List.of()), day).isPresent()) {
            return Optional.empty();
        }
        return places.place(key);
    }

    /**
     * The days on which what this timeline says of the place may change: its intervals' first
     * days and the days after their last, its contradictions' days, the first day it is fought
     * over. Between two of them (and from the last on) its state, its standing contradictions and
     * whether it is unknown stay the same, so answers on a day can be kept as runs of days.
     */
    public java.util.SortedSet<LocalDate> changeDays(String key) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (ControlInterval i : intervals.getOrDefault(key, List.of())) {
            out.add(i.from());
            if (i.to() != null) {
                out.add(i.to().plusDays(1));
            }
        }
        contradictions.getOrDefault(key, List.of()).forEach(c -> out.add(c.date()));
        if (foughtOver.containsKey(key)) {
            out.add(foughtOver.get(key));
        }
        return out;
    }

    /** Places fought over (a capture or siege reported there), by key, sorted. */
    public java.util.Set<String> foughtOverKeys() {
        return java.util.Collections.unmodifiableSet(foughtOver.keySet());
    }

    /** Every place seen in the input, claims or not. */
    public PlaceIndex places() {
        return places;
    }

    /** Places with at least one claim, sorted by key. */
    public List<String> placeKeys() {
        return placeKeys;
    }
}
