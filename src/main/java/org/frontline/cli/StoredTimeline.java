package org.frontline.cli;

import org.frontline.reason.ControlTimeline;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;

/** The control timeline of everything stored, as the control and contradictions commands read it. */
final class StoredTimeline {

    private StoredTimeline() {
    }

    static ControlTimeline of(EventStore store) {
        return ControlTimeline.build(store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0)), store.controls(null));
    }
}
