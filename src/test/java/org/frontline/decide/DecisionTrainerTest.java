package org.frontline.decide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.frontline.eval.Scorecard.Judgement;
import org.junit.jupiter.api.Test;

class DecisionTrainerTest {

    private static List<DecisionTrainer.Doc> docs(String corpus, int n) {
        List<DecisionTrainer.Doc> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new DecisionTrainer.Doc(corpus, new ObjectMapper().createObjectNode().put("doc", corpus + i), null,
                    List.of(List.of("named")), List.of(Judgement.TRUE)));
        }
        return out;
    }

    @Test
    void foldsAreWholeDocumentsEachCorpusSpreadAndTheSeedFixesThem() {
        List<DecisionTrainer.Doc> all = new ArrayList<>(docs("tune", 12));
        all.addAll(docs("dev", 5));
        DecisionTrainer t = new DecisionTrainer(LogisticRegression.STANDARD, 5, 11);
        int[] folds = t.folds(all);
        assertArrayEquals(folds, new DecisionTrainer(LogisticRegression.STANDARD, 5, 11).folds(all));
        int[] perFold = new int[5];
        Arrays.stream(folds).forEach(f -> perFold[f]++);
        assertTrue(Arrays.stream(perFold).allMatch(c -> c == 3 || c == 4), Arrays.toString(perFold));
        // the five dev documents land in five different folds
        assertEquals(5, Arrays.stream(folds, 12, 17).distinct().count());
    }

    @Test
    void proposalsMatchingOnlyOptionalGoldTeachNothing() {
        DecisionTrainer.Doc d = new DecisionTrainer.Doc("tune", new ObjectMapper().createObjectNode(), null,
                List.of(List.of("a"), List.of("b"), List.of("c")), List.of(Judgement.TRUE, Judgement.OPTIONAL, Judgement.FALSE));
        List<LogisticRegression.Example> ex = DecisionTrainer.examples(List.of(d));
        assertEquals(List.of(new LogisticRegression.Example(List.of("a"), true),
                new LogisticRegression.Example(List.of("c"), false)), ex);
    }
}
