package org.frontline.reason;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.frontline.model.Place;

/**
 * What the entries seen for one place key give an index: the entry that represents the key and
 * every normalised name it was seen under. Kept per key so an index can be put together again
 * from the keys a write changed, the others' entries as they were.
 */
public record PlaceNames(Place best, Set<String> names) {

    /** The best-resolved entry represents its key: coordinates first, then content order. */
    private static final Comparator<Place> BETTER =
            Comparator.<Place, Boolean>comparing(p -> p.lat() == null).thenComparing(Place::toString);

    public PlaceNames {
        names = Set.copyOf(names);
    }

    /** The entries of one key; empty when there are none. */
    public static Optional<PlaceNames> of(Collection<Place> entries) {
        Place best = null;
        Set<String> names = new TreeSet<>();
        for (Place p : entries) {
            if (best == null || BETTER.compare(p, best) < 0) {
                best = p;
            }
            names.add(PlaceKey.normalise(p.name()));
        }
        return best == null ? Optional.empty() : Optional.of(new PlaceNames(best, names));
    }
}
