package org.frontline.reason;

import java.util.List;

/**
 * What the store does after one document: delete the clusters {@code retired}, write
 * {@code clusters}. A cluster whose membership did not change comes back with the same id, so a
 * store may skip rewriting it.
 */
public record ClusterUpdate(List<String> retired, List<MergedEvent> clusters) {

    public ClusterUpdate {
        retired = List.copyOf(retired);
        clusters = List.copyOf(clusters);
    }
}
