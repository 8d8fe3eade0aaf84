package org.frontline.serve.api;

import org.frontline.reason.ControlTimeline;
import org.frontline.reason.Reasoned;
import org.frontline.reason.Sides;
import org.frontline.reason.SiegeDays;
import org.frontline.store.EventStore;

/**
 * The control timeline and siege reasoner over everything stored, brought up to date only when a
 * write has committed since the last request (see {@link PerGeneration}), and then only for the
 * places the writes touched ({@link PlaceFeed}), so reads stay cheap while ingests go on.
 */
final class Reasoning {
    private final Sides sides = Sides.load();
    private final PerGeneration<Reasoned> built;

    Reasoning(EventStore store) {
        PlaceFeed feed = new PlaceFeed(store, sides);
        this.built = new PerGeneration<>(store, s -> feed.advance());
    }

    ControlTimeline timeline() {
        return built.get().timeline();
    }

    SiegeDays sieges() {
        return built.get().sieges();
    }

    Sides sides() {
        return sides;
    }
}
