package org.frontline.extract;

import org.frontline.model.EventType;

/** A trigger found in a sentence: offsets are into the sentence text. */
record Trigger(EventType type, Role role, boolean needsPlace, int start, int end, boolean needsMeans) {

    Trigger(EventType type, Role role, boolean needsPlace, int start, int end) {
        this(type, role, needsPlace, start, end, false);
    }

    /** Who is where around the trigger; see {@code extract/triggers.tsv}. */
    enum Role { A, P, N }
}
