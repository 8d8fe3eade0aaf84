package org.frontline.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frontline.extract.DecisionModel;

/**
 * Binary logistic regression over binary features with an L2 penalty, fitted by full-batch
 * AdaGrad from zero. No randomness and a fixed order of sums: the same examples give the same
 * weights to the last digit. Small on purpose: a few thousand examples, a few hundred features.
 *
 * @param l2         the penalty on the weights (not the bias), in units of one example's loss
 * @param iterations full passes over the examples
 * @param minCount   a feature seen in fewer training examples gets no weight (it would only memorise)
 */
public record LogisticRegression(double l2, int iterations, int minCount) {
    private static final double RATE = 0.5;

    public static final LogisticRegression STANDARD = new LogisticRegression(32.0, 600, 3);

    /** One training example: its features and whether it is a real event. */
    public record Example(List<String> features, boolean label) {
    }

    /** The fitted model, its threshold 0.5 until one is chosen. */
    public DecisionModel train(List<Example> examples) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : examples) {
            for (String f : new java.util.TreeSet<>(e.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>();
        counts.forEach((f, c) -> {
            if (c >= minCount) {
                names.add(f);
            }
        });
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int n = examples.size();
        int[][] rows = new int[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            rows[i] = examples.get(i).features().stream().distinct().filter(index::containsKey)
                    .mapToInt(index::get).sorted().toArray();
            y[i] = examples.get(i).label() ? 1 : 0;
        }
        int d = names.size();
        double[] w = new double[d + 1]; // the last one is the bias
        double[] g2 = new double[d + 1];
        double[] grad = new double[d + 1];
        for (int it = 0; it < iterations && n > 0; it++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double z = w[d];
                for (int j : rows[i]) {
                    z += w[j];
                }
                double err = 1 / (1 + Math.exp(-z)) - y[i];
                for (int j : rows[i]) {
                    grad[j] += err;
                }
                grad[d] += err;
            }
            for (int j = 0; j <= d; j++) {
                double g = (grad[j] + (j < d ? l2 * w[j] : 0)) / n;
                g2[j] += g * g;
                w[j] -= RATE * g / (Math.sqrt(g2[j]) + 1e-12);
            }
        }
        Map<String, Double> weights = new TreeMap<>();
        for (int j = 0; j < d; j++) {
            weights.put(names.get(j), w[j]);
        }
        return new DecisionModel(w[d], weights, 0.5, List.of());
    }
}
