package org.frontline.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered chain of stages, checked when assembled: every layer a stage requires must be
 * given as input or produced by an earlier stage, or assembly fails naming both.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder given(Layer<?>... inputs) {
        return new Builder(Set.of(inputs));
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage in order; a stage that does not produce what it promised is an error. */
    public void run(Analysis doc, StageTimer timer) {
        for (Stage stage : stages) {
            long t0 = System.nanoTime();
            stage.apply(doc.viewFor(stage));
            timer.record(stage.name(), System.nanoTime() - t0);
            for (Layer<?> out : stage.produces()) {
                if (!doc.has(out)) {
                    throw new IllegalStateException("stage '" + stage.name() + "' did not produce layer '" + out + "'");
                }
            }
        }
    }

    public static final class Builder {
        private final Set<Layer<?>> available = new LinkedHashSet<>();
        private final List<Stage> stages = new ArrayList<>();

        private Builder(Set<Layer<?>> inputs) {
            available.addAll(inputs);
        }

        public Builder then(Stage stage) {
            for (Layer<?> need : stage.requires()) {
                if (!available.contains(need)) {
                    throw new IllegalStateException("stage '" + stage.name() + "' requires layer '" + need
                            + "', which no earlier stage produces (available: "
                            + available.stream().map(Layer::name).collect(Collectors.joining(", ")) + ")");
                }
            }
            available.addAll(stage.produces());
            stages.add(stage);
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages);
        }
    }
}
