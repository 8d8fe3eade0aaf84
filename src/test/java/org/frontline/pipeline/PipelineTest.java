package org.frontline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
    static final Layer<String> TEXT = Layer.of("text", String.class);
    static final Layer<Integer> LENGTH = Layer.of("length", Integer.class);
    static final Layer<Integer> DOUBLED = Layer.of("doubled", Integer.class);

    record Fn(String name, Set<Layer<?>> requires, Set<Layer<?>> produces, java.util.function.Consumer<Analysis> body)
            implements Stage {
        @Override
        public void apply(Analysis doc) {
            body.accept(doc);
        }
    }

    final Stage length = new Fn("length", Set.of(TEXT), Set.of(LENGTH), d -> d.put(LENGTH, d.get(TEXT).length()));
    final Stage doubled = new Fn("doubled", Set.of(LENGTH), Set.of(DOUBLED), d -> d.put(DOUBLED, d.get(LENGTH) * 2));

    @Test
    void runsStagesInOrder() {
        Pipeline p = Pipeline.given(TEXT).then(length).then(doubled).build();
        Analysis a = new Analysis("doc");
        a.put(TEXT, "abc");
        p.run(a, new StageTimer());
        assertEquals(6, a.get(DOUBLED));
    }

    @Test
    void assemblyNamesTheStageAndTheMissingLayer() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.given(TEXT).then(doubled));
        assertTrue(e.getMessage().contains("'doubled'") && e.getMessage().contains("'length'"), e.getMessage());
    }

    @Test
    void aStageCannotWriteWhatItDidNotDeclare() {
        Stage sneaky = new Fn("sneaky", Set.of(TEXT), Set.of(LENGTH), d -> {
            d.put(LENGTH, 1);
            d.put(DOUBLED, 2);
        });
        Analysis a = new Analysis("doc");
        a.put(TEXT, "x");
        Pipeline p = Pipeline.given(TEXT).then(sneaky).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.run(a, new StageTimer()));
        assertTrue(e.getMessage().contains("doubled"), e.getMessage());
    }

    @Test
    void aStageCannotReadWhatItDidNotRequire() {
        Stage peeking = new Fn("peeking", Set.of(), Set.of(LENGTH), d -> d.put(LENGTH, d.get(TEXT).length()));
        Analysis a = new Analysis("doc");
        a.put(TEXT, "x");
        Pipeline p = Pipeline.given(TEXT).then(peeking).build();
        assertThrows(IllegalStateException.class, () -> p.run(a, new StageTimer()));
    }

    @Test
    void aStageThatForgetsItsOutputIsAnError() {
        Stage lazy = new Fn("lazy", Set.of(TEXT), Set.of(LENGTH), d -> { });
        Analysis a = new Analysis("doc");
        a.put(TEXT, "x");
        Pipeline p = Pipeline.given(TEXT).then(lazy).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.run(a, new StageTimer()));
        assertTrue(e.getMessage().contains("'lazy' did not produce"), e.getMessage());
    }

    @Test
    void orderedParallelKeepsInputOrder() {
        java.util.List<Integer> in = java.util.stream.IntStream.range(0, 500).boxed().toList();
        try (OrderedParallel<Integer, Integer> par = new OrderedParallel<>(in.iterator(), i -> {
            if (i % 7 == 0) {
                Thread.onSpinWait();
            }
            return i * 3;
        }, 3)) {
            int expected = 0;
            while (par.hasNext()) {
                assertEquals(expected * 3, par.next());
                expected++;
            }
            assertEquals(500, expected);
        }
    }
}
