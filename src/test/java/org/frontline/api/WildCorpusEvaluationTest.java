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
     * Measured 2026-12-08 on tune, in the jar: F1 0.688 (P 0.742, R 0.641) after issue 11 round 8,
     * from 0.673 after round 7, 0.663 after round 6, 0.659 after round 4, 0.627 after round 3, 0.472
     * after round 2, 0.436 after round 1 and 0.271 before issue 11. The decision model was trained on
     * tune among others, so this is in sample: cross-validated by document ({@code frontline train})
     * tune is 0.667, the rules alone 0.649.
     */
    static final double TUNE_F1_FLOOR = 0.64;
    static final double TUNE_PRECISION_FLOOR = 0.69;
    static final double TUNE_RECALL_FLOOR = 0.60;
    /** What the rules propose, before the decision layer (measured 0.679): recall can only fall from there. */
    static final double TUNE_PROPOSED_RECALL_FLOOR = 0.64;
    /**
     * The fresh split (252 reports collected on 2026-12-07 and 12-08 after tuning began, in batches
     * scored untuned on arrival: 0.307 and 0.344 for the first two, 0.429 to 0.585 for those of round 7,
     * 0.425 for n and o, 0.476 for p and q and 0.356 for r and s with the jar of the round before):
     * F1 0.556 (P 0.603, R 0.515) in the jar after round 8; r and s are not yet in the decision layer's
     * training data.
     */
    static final double FRESH_F1_FLOOR = 0.53;
    static final double FRESH_PRECISION_FLOOR = 0.58;
    /**
     * The blind split, scored at the end of the stop and never tuned on: F1 0.519 (P 0.539, R 0.500)
     * on 2026-12-08 after round 8, up from 0.463 after round 7 (0.493 after round 6, 0.507 after round
     * 5, 0.474 after round 4, 0.373 before issue 11). Only the totals are printed, never a miss.
     */
    static final double BLIND_F1_FLOOR = 0.48;
    static final double BLIND_PRECISION_FLOOR = 0.50;

    @Test
    void blindSplitHoldsItsFloors() throws IOException {
        Scorecard card = EvalCommand.score(WILD.resolve("gold-blind.jsonl"), Frontline.standard(),
                List.of(WILD.resolve("blind")));
        assertTrue(card.f1() >= BLIND_F1_FLOOR, "wild blind event F1 " + card.f1());
        assertTrue(card.precision() >= BLIND_PRECISION_FLOOR, "wild blind precision " + card.precision());
    }

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
    void freshSplitHoldsItsFloors() throws IOException {
        Scorecard card = EvalCommand.score(WILD.resolve("gold-fresh.jsonl"), Frontline.standard(),
                List.of(WILD.resolve("fresh")));
        assertTrue(card.f1() >= FRESH_F1_FLOOR, "wild fresh event F1 " + card.f1());
        assertTrue(card.precision() >= FRESH_PRECISION_FLOOR, "wild fresh precision " + card.precision());
    }

    @Test
    void theRulesProposalsHoldTheRecallFloor() throws IOException {
        Frontline proposing = Frontline.standard(Runtime.getRuntime().availableProcessors(),
                new DecisionStage(DecisionModel.keepAll()));
        Scorecard card = EvalCommand.score(WILD.resolve("gold-tune.jsonl"), proposing, List.of(WILD.resolve("tune")));
        assertTrue(card.recall() >= TUNE_PROPOSED_RECALL_FLOOR, "wild tune recall of the proposals " + card.recall());
    }
}
