package org.frontline.serve.api;

import java.util.Collection;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.reason.ControlTimeline;
import org.frontline.reason.RouteGraph;
import org.frontline.reason.Sides;
import org.frontline.reason.SiegeReasoner;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.Stats;

/**
 * The control timeline and siege reasoner over everything stored, rebuilt only when the store
 * has changed since the last request (its counts differ), so reads stay cheap between ingests.
 */
final class Reasoning {
    private final EventStore store;
    private final Sides sides = Sides.load();
    private Stats seen;
    private ControlTimeline timeline;
    private SiegeReasoner sieges;

    Reasoning(EventStore store) {
        this.store = store;
    }

    synchronized ControlTimeline timeline() {
        refresh();
        return timeline;
    }

    synchronized SiegeReasoner sieges() {
        refresh();
        return sieges;
    }

    Sides sides() {
        return sides;
    }

    private void refresh() {
        Stats now = store.stats();
        if (now.equals(seen)) {
            return;
        }
        Collection<DocEvent> mentions = store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0));
        Collection<DocControl> controls = store.controls(null);
        timeline = ControlTimeline.build(mentions, controls, sides);
        java.util.List<org.frontline.model.Place> known = controls.stream().map(c -> c.control().place()).toList();
        sieges = new SiegeReasoner(timeline, RouteGraph.build(mentions, known), sides);
        seen = now;
    }
}
