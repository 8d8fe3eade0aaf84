package org.frontline.cli;

import org.frontline.reason.ControlTimeline;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;

/** The control timeline of everything stored, as the control, contradictions and export commands read it. */
final class StoredTimeline {

    private StoredTimeline() {
    }

    static ControlTimeline of(EventStore store) {
        return ControlTimeline.build(store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0)), store.controls(null));
    }

    /**
     * What an export's notes need of the timeline (contradictions beside captures and sieges):
     * built from the capture and siege mentions alone, the only ones that make claims, so an
     * export of a million events does not hold every mention (issue 12). The notes are the same:
     * a contradiction is about a place some claim names, and those places are all still seen.
     */
    static ControlTimeline forNotes(EventStore store) {
        java.util.List<org.frontline.model.DocEvent> claiming = new java.util.ArrayList<>();
        for (org.frontline.model.EventType t : java.util.List.of(org.frontline.model.EventType.TERRITORY_CAPTURED,
                org.frontline.model.EventType.SIEGE)) {
            claiming.addAll(store.mentions(EventQuery.all().type(t).page(Integer.MAX_VALUE, 0)));
        }
        return ControlTimeline.build(claiming, store.controls(null));
    }
}
