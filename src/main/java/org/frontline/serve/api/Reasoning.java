package org.frontline.serve.api;

import org.frontline.reason.ControlTimeline;
import org.frontline.reason.Sides;
import org.frontline.store.EventStore;

/**
 * The control timeline and siege reasoning over everything stored. Kept by {@link ReasoningKeeper}
 * inside each write, for the places the write touched; the answers on a day for every place are
 * read from the store ({@link StoredAnswers}), the rest (one place, contradictions) from the
 * timeline in memory, brought up to date when a write has committed since the last request
 * ({@link PerGeneration}).
 */
final class Reasoning {
    private final Sides sides = Sides.load();
    private final PerGeneration<org.frontline.reason.Reasoned> built;
    private final StoredAnswers answers;

    Reasoning(EventStore store) {
        ReasoningKeeper keeper = new ReasoningKeeper(store, sides);
        this.built = new PerGeneration<>(store, s -> keeper.current());
        this.answers = new StoredAnswers(store, keeper);
        keeper.start();
    }

    ControlTimeline timeline() {
        return built.get().timeline();
    }

    StoredAnswers stored() {
        return answers;
    }

    Sides sides() {
        return sides;
    }
}
