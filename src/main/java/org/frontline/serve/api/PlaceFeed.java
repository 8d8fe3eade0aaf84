package org.frontline.serve.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.Place;
import org.frontline.reason.PlaceKey;
import org.frontline.reason.PlaceStates;
import org.frontline.reason.Reasoned;
import org.frontline.reason.RouteGraph;
import org.frontline.reason.Sides;
import org.frontline.store.DocumentTouches;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.PlaceRecords;
import org.frontline.store.StoredPlace;

/**
 * Keeps {@link PlaceStates} in step with the store: the first call reads everything once, each
 * later one reads the store's write log from where the last stopped and recomputes only the places
 * the documents written since named, before the write (remembered here: their rows are gone) and
 * after it. A place key may stand for several stored place rows (spellings of one GeoNames place),
 * so the rows of each key are remembered too. Used by one thread at a time ({@link PerGeneration}).
 */
final class PlaceFeed {
    private final EventStore store;
    private final PlaceStates states;
    /** Where the write log was read to; below zero before the first reading. */
    private long logPosition = -1;
    private long lastPlaceId;
    private final Map<String, Set<Long>> placeIds = new HashMap<>();
    private final Map<String, Set<String>> keysOfDocument = new HashMap<>();

    PlaceFeed(EventStore store, Sides sides) {
        this.store = store;
        this.states = new PlaceStates(sides);
    }

    Reasoned advance() {
        if (logPosition < 0) {
            readAll();
        } else {
            readChanges();
        }
        return states.snapshot();
    }

    private void readAll() {
        states.clear();
        placeIds.clear();
        keysOfDocument.clear();
        lastPlaceId = 0;
        // the log's position first: whatever is written while we read is read again next time
        long position = store.touchPosition();
        learnPlaces();
        PlaceRecords all = new PlaceRecords(store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0)), store.controls(null));
        Map<String, List<DocEvent>> byDoc = new HashMap<>();
        all.mentions().forEach(m -> byDoc.computeIfAbsent(m.doc(), d -> new ArrayList<>()).add(m));
        byDoc.forEach(states::document);
        remember(all);
        recompute(new TreeSet<>(byKey(all).keySet()), all);
        logPosition = position;
    }

    private void readChanges() {
        DocumentTouches touched = store.documentsTouchedAfter(logPosition);
        if (touched.docs().isEmpty()) {
            logPosition = touched.upTo();
            return;
        }
        learnPlaces();
        PlaceRecords now = store.recordsOfDocuments(touched.docs());
        Set<String> keys = new TreeSet<>();
        touched.docs().forEach(d -> keys.addAll(keysOfDocument.getOrDefault(d, Set.of())));
        keys.addAll(byKey(now).keySet());
        Set<Long> rows = new HashSet<>();
        keys.forEach(k -> rows.addAll(placeIds.getOrDefault(k, Set.of())));
        PlaceRecords atKeys = store.recordsAtPlaces(rows);
        // everything is read: now the state changes, so a failed read leaves it as it was
        Map<String, List<DocEvent>> byDoc = new HashMap<>();
        touched.docs().forEach(d -> byDoc.put(d, new ArrayList<>()));
        now.mentions().forEach(m -> byDoc.get(m.doc()).add(m));
        byDoc.forEach(states::document);
        touched.docs().forEach(keysOfDocument::remove);
        remember(now);
        recompute(keys, atKeys);
        logPosition = touched.upTo();
    }

    private void learnPlaces() {
        for (StoredPlace p : store.placesAfter(lastPlaceId)) {
            placeIds.computeIfAbsent(PlaceKey.of(p.place()), k -> new HashSet<>()).add(p.id());
            lastPlaceId = Math.max(lastPlaceId, p.id());
        }
    }

    /** Which places each document names, for when it is replaced or removed. */
    private void remember(PlaceRecords records) {
        records.mentions().forEach(m -> keysOfDocument.computeIfAbsent(m.doc(), d -> new HashSet<>()).addAll(keysOf(m)));
        records.controls().stream().filter(c -> c.control().place() != null).forEach(c ->
                keysOfDocument.computeIfAbsent(c.doc(), d -> new HashSet<>()).add(PlaceKey.of(c.control().place())));
    }

    private void recompute(Collection<String> keys, PlaceRecords records) {
        Map<String, Records> byKey = byKey(records);
        for (String key : keys) {
            Records r = byKey.getOrDefault(key, new Records());
            states.place(key, r.mentions, r.controls);
        }
    }

    private static final class Records {
        final List<DocEvent> mentions = new ArrayList<>();
        final List<DocControl> controls = new ArrayList<>();
    }

    /** The records by each place key they name: a mention's place and its road's ends, an assertion's place. */
    private static Map<String, Records> byKey(PlaceRecords records) {
        Map<String, Records> out = new HashMap<>();
        records.mentions().forEach(m -> keysOf(m).forEach(k -> out.computeIfAbsent(k, x -> new Records()).mentions.add(m)));
        records.controls().stream().filter(c -> c.control().place() != null).forEach(c ->
                out.computeIfAbsent(PlaceKey.of(c.control().place()), x -> new Records()).controls.add(c));
        return out;
    }

    private static Set<String> keysOf(DocEvent m) {
        Set<String> out = new HashSet<>();
        for (Place p : RouteGraph.placesOf(m)) {
            out.add(PlaceKey.of(p));
        }
        return out;
    }
}
