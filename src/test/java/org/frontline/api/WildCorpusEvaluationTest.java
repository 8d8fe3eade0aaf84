package org.frontline.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.frontline.Frontline;
import org.frontline.cli.EvalCommand;
import org.frontline.eval.Scorecard;
import org.frontline.extract.DecisionModel;
import org.frontline.extract.DecisionStage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The wild corpus (eval/wild): real reports from many outlets and wars that the rules were not
 * written against. Only the tune split is scored here; the blind split is measured by someone
 * who has not tuned on it. Floors sit a little under what was measured when they were set.
 */
@Tag("evaluation")
class WildCorpusEvaluationTest {
    private static final Path WILD = Path.of("eval", "wild");

    /**
     * Measured 2026-12-07 on tune: F1 0.472 (P 0.457, R 0.489) after issue 11 round 2, from 0.436
     * (P 0.418, R 0.457) after round 1 and F1 0.271 before issue 11. With the decision layer (round 3):
     * F1 0.529 (P 0.610, R 0.467); that model was trained on tune among others, so this figure is in
     * sample: cross-validated by document it is 0.483 (P 0.519, R 0.451), which is what
     * {@code frontline train} reports and what a new report can expect.
     */
    static final double TUNE_F1_FLOOR = 0.51;
    static final double TUNE_PRECISION_FLOOR = 0.58;
    /** The decision layer trades recall for precision: this floor is new, the rules' own is below. */
    static final double TUNE_RECALL_FLOOR = 0.44;
    /** What the rules propose, before the decision layer: recall can only fall from there. */
    static final double TUNE_PROPOSED_RECALL_FLOOR = 0.47;

    @Test
    void tuneSplitHoldsItsFloors() throws IOException {
        Scorecard card = EvalCommand.score(WILD.resolve("gold-tune.jsonl"), Frontline.standard(),
                List.of(WILD.resolve("tune")));
        card.print(new java.io.PrintWriter(System.out, true), false);
        assertTrue(card.f1() >= TUNE_F1_FLOOR, "wild tune event F1 " + card.f1());
        assertTrue(card.precision() >= TUNE_PRECISION_FLOOR, "wild tune precision " + card.precision());
        assertTrue(card.recall() >= TUNE_RECALL_FLOOR, "wild tune recall " + card.recall());
    }

    @Test
    void theRulesProposalsHoldTheRecallFloor() throws IOException {
        Frontline proposing = Frontline.standard(Runtime.getRuntime().availableProcessors(),
                new DecisionStage(DecisionModel.keepAll()));
        Scorecard card = EvalCommand.score(WILD.resolve("gold-tune.jsonl"), proposing, List.of(WILD.resolve("tune")));
        assertTrue(card.recall() >= TUNE_PROPOSED_RECALL_FLOOR, "wild tune recall of the proposals " + card.recall());
    }
}
