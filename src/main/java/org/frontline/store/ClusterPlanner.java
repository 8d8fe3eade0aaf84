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

    Plan plan(String doc, List<DocEvent> added);

    /** Clusters to delete and clusters to write. */
    record Plan(Collection<String> retired, List<StoredCluster> clusters) {
    }
}
