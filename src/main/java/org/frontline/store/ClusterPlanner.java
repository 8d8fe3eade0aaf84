package org.frontline.store;

import java.util.Collection;
import java.util.List;
import org.frontline.model.DocEvent;

/**
 * Decides, inside the transaction that stores a document, which clusters its new mentions
 * retire and which take their place. It may read the store (its read methods see the
 * transaction's own writes); the store writes the plan before committing, so a document and its
 * clusters land together or not at all.
 */
@FunctionalInterface
public interface ClusterPlanner {

    /** {@code replaced}: the document was stored before, and its earlier mentions are gone. */
    Plan plan(String doc, List<DocEvent> added, boolean replaced);

    /** Clusters to delete, clusters to write whole, and clusters that only gained members. */
    record Plan(Collection<String> retired, List<StoredCluster> clusters, List<Growth> grown) {

        public Plan(Collection<String> retired, List<StoredCluster> clusters) {
            this(retired, clusters, List.of());
        }
    }

    /**
     * The stored cluster {@code from} gains {@code to.members()} (new mentions only) and takes
     * {@code to}'s id, fields and votes.
     */
    record Growth(String from, StoredCluster to) {
    }
}
