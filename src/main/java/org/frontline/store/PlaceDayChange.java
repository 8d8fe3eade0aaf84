package org.frontline.store;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a write does to the stored runs: the runs of {@code heldKeys} (kinds held and unknown) and
 * of {@code siegeKeys} (besieged) are replaced by those of {@code runs} (every run when
 * {@code whole}), and the runs then stand at {@code upTo} of the write log.
 */
public record PlaceDayChange(boolean whole, Set<String> heldKeys, Set<String> siegeKeys, List<PlaceDay> runs, long upTo) {

    public PlaceDayChange {
        heldKeys = Set.copyOf(heldKeys);
        siegeKeys = Set.copyOf(siegeKeys);
        runs = List.copyOf(runs);
    }

    /** Every run anew. */
    public static PlaceDayChange whole(Collection<PlaceDay> runs, long upTo) {
        return new PlaceDayChange(true, Set.of(), Set.of(), List.copyOf(runs), upTo);
    }
}
