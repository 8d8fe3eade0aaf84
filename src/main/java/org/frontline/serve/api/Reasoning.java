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

/**
 * The control timeline and siege reasoner over everything stored, rebuilt only when a write has
 * committed since the last request (see {@link PerGeneration}), so reads stay cheap between ingests.
 */
final class Reasoning {
    private record Built(ControlTimeline timeline, SiegeReasoner sieges) {
    }

    private final Sides sides = Sides.load();
    private final PerGeneration<Built> built;

    Reasoning(EventStore store) {
        this.built = new PerGeneration<>(store, this::build);
    }

    ControlTimeline timeline() {
        return built.get().timeline();
    }

    SiegeReasoner sieges() {
        return built.get().sieges();
    }

    Sides sides() {
        return sides;
    }

    private Built build(EventStore store) {
        Collection<DocEvent> mentions = store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0));
        Collection<DocControl> controls = store.controls(null);
        ControlTimeline timeline = ControlTimeline.build(mentions, controls, sides);
        java.util.List<org.frontline.model.Place> known = controls.stream().map(c -> c.control().place()).toList();
        return new Built(timeline, new SiegeReasoner(timeline, RouteGraph.build(mentions, known), sides));
    }
}
