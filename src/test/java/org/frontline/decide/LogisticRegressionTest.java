package org.frontline.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontline.extract.DecisionModel;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /** A toy set of our own: "named" marks real events, "rumour" false ones; the rest is noise shared by both. */
    private static List<LogisticRegression.Example> separable() {
        List<LogisticRegression.Example> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String noise = "noise=" + (i % 3);
            out.add(new LogisticRegression.Example(List.of("named", noise, "type=clash"), true));
            out.add(new LogisticRegression.Example(List.of("rumour", noise, "type=clash"), false));
        }
        return out;
    }

    @Test
    void learnsASeparableSet() {
        DecisionModel m = new LogisticRegression(1.0, 400, 3).train(separable());
        for (LogisticRegression.Example e : separable()) {
            assertEquals(e.label(), m.probability(e.features()) >= 0.5, e.features().toString());
        }
        assertTrue(m.weights().get("named") > 1, "the telling feature weighs: " + m.weights());
        assertTrue(m.weights().get("rumour") < -1, "the telling feature weighs: " + m.weights());
        assertTrue(Math.abs(m.weights().get("noise=0")) < 0.2, "noise weighs little: " + m.weights());
    }

    @Test
    void theSameExamplesGiveTheSameWeightsToTheLastDigit() {
        DecisionModel a = LogisticRegression.STANDARD.train(separable());
        DecisionModel b = LogisticRegression.STANDARD.train(separable());
        assertEquals(a.write(), b.write());
    }

    @Test
    void aRareFeatureGetsNoWeightAndThePenaltyShrinks() {
        List<LogisticRegression.Example> ex = new ArrayList<>(separable());
        ex.add(new LogisticRegression.Example(List.of("seen-once"), true));
        assertFalse(new LogisticRegression(1.0, 400, 3).train(ex).weights().containsKey("seen-once"));
        double loose = new LogisticRegression(0.1, 400, 3).train(separable()).weights().get("named");
        double tight = new LogisticRegression(50, 400, 3).train(separable()).weights().get("named");
        assertTrue(tight < loose, tight + " < " + loose);
    }

    @Test
    void theModelFileReadsBackAsWritten() throws Exception {
        DecisionModel m = new DecisionModel(-0.25, Map.of("type=siege", 0.5, "cue=future", -1.125), 0.45,
                List.of("trained on a toy set"));
        DecisionModel back = DecisionModel.read(new java.io.ByteArrayInputStream(
                m.write().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(m, back);
    }
}
