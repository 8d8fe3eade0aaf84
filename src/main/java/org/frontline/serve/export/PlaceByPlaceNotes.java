package org.frontline.serve.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.reason.Contradiction;
import org.frontline.reason.ControlInterval;
import org.frontline.reason.ControlTimeline;
import org.frontline.reason.PlaceKey;
import org.frontline.reason.PlaceTimeline;
import org.frontline.reason.Sides;
import org.frontline.store.EventStore;

/**
 * ACLED's notes without the whole control timeline (issue 12): a place's part of the timeline
 * depends only on the captures, sieges and assertions at that place ({@link ControlTimeline#place}),
 * so the first time the export meets a place its captures and sieges are read (by the place's
 * rows, on an index), its part is made, and only what the notes can name is kept: each
 * contradiction with the days it stands. The mentions are dropped at once, so the heap holds one
 * place's mentions at a time instead of every capture and siege in the store, and the first row is
 * written without waiting for a timeline of the whole store.
 */
public final class PlaceByPlaceNotes implements ContradictionsAt {

    /** A contradiction and the intervals whose claims include the one the timeline follows. */
    private record Standing(Contradiction c, List<Span> spans) {
        boolean on(LocalDate day) {
            return !c.date().isAfter(day) && spans.stream().anyMatch(s -> s.covers(day));
        }
    }

    /** An interval's days ({@code to} null: still going). */
    private record Span(LocalDate from, LocalDate to) {
        boolean covers(LocalDate d) {
            return !d.isBefore(from) && (to == null || !d.isAfter(to));
        }
    }

    /** What one place's part is made of: its captures and sieges, and the assertions about it. */
    record Part(String key, List<DocEvent> claims, List<DocControl> controls) {
    }

    private final EventStore store;
    /** Applied to each part as read: the identity, unless a test cuts the parts wrong on purpose. */
    private final UnaryOperator<Part> cut;
    private final Sides sides;
    /** Place row ids by key: several rows can share a key ("Al-Bab" and "al Bab" in Syria). */
    private final Map<String, List<Long>> rowsByKey = new HashMap<>();
    private final Map<String, List<DocControl>> controlsByKey = new HashMap<>();
    /** What each place met so far can note; a place with none keeps an empty list. */
    private final Map<String, List<Standing>> byKey = new HashMap<>();

    PlaceByPlaceNotes(EventStore store, Sides sides, UnaryOperator<Part> cut) {
        this.store = store;
        this.cut = cut;
        this.sides = sides;
        for (Map.Entry<Long, Place> p : store.places().entrySet()) {
            rowsByKey.computeIfAbsent(PlaceKey.of(p.getValue()), k -> new ArrayList<>()).add(p.getKey());
        }
        rowsByKey.values().forEach(l -> l.sort(null));
        // assertions are few beside mentions (none in a generated store) and are read whole, as before
        for (DocControl c : store.controls(null)) {
            if (c.control().place() != null) {
                controlsByKey.computeIfAbsent(PlaceKey.of(c.control().place()), k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** The notes of this store's timeline, each place's part read from it when first asked for. */
    public static PlaceByPlaceNotes of(EventStore store) {
        return new PlaceByPlaceNotes(store, Sides.load(), UnaryOperator.identity());
    }

    /**
     * A place's captures then sieges, each by date, document and ordinal: the order the whole
     * timeline read them in, so the part is made from the same list as before.
     */
    private static List<DocEvent> claimsAt(EventStore store, List<Long> rows) {
        List<DocEvent> out = new ArrayList<>();
        for (EventType t : List.of(EventType.TERRITORY_CAPTURED, EventType.SIEGE)) {
            out.addAll(store.mentionsAt(t, rows));
        }
        return out;
    }

    @Override
    public synchronized List<Contradiction> at(String placeKey, LocalDate day) {
        List<Standing> here = byKey.computeIfAbsent(placeKey, this::read);
        if (here.isEmpty()) {
            return List.of();
        }
        return here.stream().filter(s -> s.on(day)).map(Standing::c).toList();
    }

    /** The part of one place, as the whole timeline makes it; only what the notes can name is kept. */
    private List<Standing> read(String key) {
        Part read = cut.apply(new Part(key, claimsAt(store, rowsByKey.getOrDefault(key, List.of())),
                controlsByKey.getOrDefault(key, List.of())));
        PlaceTimeline part = ControlTimeline.place(key, read.claims(), read.controls(), sides).orElse(null);
        if (part == null || part.contradictions().isEmpty()) {
            return List.of();
        }
        List<Standing> out = new ArrayList<>();
        for (Contradiction c : part.contradictions()) {
            List<Span> spans = new ArrayList<>();
            for (ControlInterval i : part.intervals()) {
                if (i.claims().contains(c.followed())) {
                    spans.add(new Span(i.from(), i.to()));
                }
            }
            out.add(new Standing(c, List.copyOf(spans)));
        }
        return List.copyOf(out);
    }
}
