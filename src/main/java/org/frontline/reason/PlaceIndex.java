package org.frontline.reason;

import java.util.ArrayList;
import java.util.Collection;
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
        this(byKey(places));
    }

    /** From each key's entries ({@link PlaceNames}), however they were gathered. */
    PlaceIndex(Map<String, PlaceNames> entries) {
        entries.forEach((k, e) -> {
            byKey.put(k, e.best());
            e.names().forEach(n -> keysByName.computeIfAbsent(n, x -> new TreeSet<>()).add(k));
        });
    }

    /** The entries grouped by key. */
    static Map<String, PlaceNames> byKey(Collection<Place> places) {
        Map<String, List<Place>> grouped = new HashMap<>();
        places.forEach(p -> grouped.computeIfAbsent(PlaceKey.of(p), k -> new ArrayList<>()).add(p));
        Map<String, PlaceNames> out = new HashMap<>();
        grouped.forEach((k, l) -> out.put(k, PlaceNames.of(l).orElseThrow()));
        return out;
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
