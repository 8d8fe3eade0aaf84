package org.frontline.store;

import java.util.List;
import org.frontline.model.DocEvent;

/**
 * What {@link EventStore#ingest} did with one document.
 *
 * @param mentions the document's events as now stored (empty when UNCHANGED or FAILED), so the
 *                 caller can recompute the clusters they touch without reading them back
 * @param reason   why, for FAILED: the document's own error (it is recorded, without mentions) or
 *                 {@code "not stored: ..."} when the store could not write it (nothing changed)
 */
public record IngestOutcome(String doc, Kind kind, List<DocEvent> mentions, String reason) {

    public enum Kind { NEW, UNCHANGED, REPLACED, FAILED }

    public IngestOutcome {
        mentions = List.copyOf(mentions);
    }

    /** How a FAILED outcome's reason begins when the store could not write the document at all. */
    public static final String NOT_STORED = "not stored: ";

    /** False when the store could not write the document (its own error, recorded, counts as stored). */
    public boolean stored() {
        return kind != Kind.FAILED || reason == null || !reason.startsWith(NOT_STORED);
    }

    public int mentionCount() {
        return mentions.size();
    }
}
