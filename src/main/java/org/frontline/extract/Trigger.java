package org.frontline.extract;

import org.frontline.model.EventType;

/** A trigger found in a sentence: offsets are into the sentence text. */
record Trigger(EventType type, Role role, boolean needsPlace, int start, int end, boolean needsMeans) {

    Trigger(EventType type, Role role, boolean needsPlace, int start, int end) {
        this(type, role, needsPlace, start, end, false);
    }

    /**
     * Who is where around the trigger; see {@code extract/triggers.tsv}. W: the subject gave the
     * place up ("the militants withdrew from X"): it is the side that lost it, not the taker.
     */
    enum Role { A, P, N, W }
}
