package org.frontline.reason;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.frontline.model.Place;

/** The places seen, by key and by normalised name (case- and diacritic-insensitive). */
public final class PlaceIndex {

    private final Map<String, Place> byKey = new HashMap<>();
    private final Map<String, TreeSet<String>> keysByName = new HashMap<>();

    PlaceIndex(Collection<Place> places) {
        // the best-resolved entry represents its key: coordinates first, then content order
        Comparator<Place> better = Comparator.<Place, Boolean>comparing(p -> p.lat() == null).thenComparing(Place::toString);
        for (Place p : places) {
            String k = PlaceKey.of(p);
            byKey.merge(k, p, (a, b) -> better.compare(a, b) <= 0 ? a : b);
            keysByName.computeIfAbsent(PlaceKey.normalise(p.name()), n -> new TreeSet<>()).add(k);
        }
    }

    public Optional<Place> place(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Keys of the places called this (homonyms give several), sorted. */
    public List<String> keysNamed(String name) {
        return List.copyOf(keysByName.getOrDefault(PlaceKey.normalise(name), new TreeSet<>()));
    }

    /** A key as given, else the single place of that name; empty when unknown or ambiguous. */
    public Optional<String> resolve(String keyOrName) {
        if (byKey.containsKey(keyOrName)) {
            return Optional.of(keyOrName);
        }
        List<String> keys = keysNamed(keyOrName);
        return keys.size() == 1 ? Optional.of(keys.get(0)) : Optional.empty();
    }

    public Collection<String> keys() {
        return new TreeSet<>(byKey.keySet());
    }
}
