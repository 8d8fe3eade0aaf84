package org.frontline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic regression over binary features of a proposed event: its probability of being a
 * real event of the report is {@code 1 / (1 + exp(-(bias + sum of weights)))}, and an event whose
 * probability is under {@code threshold} is dropped. {@code notes} say how it was trained; the file
 * ({@code extract/decision-model.tsv}) is written by {@code frontline train}.
 */
public record DecisionModel(double bias, Map<String, Double> weights, double threshold, List<String> notes) {
    public static final String RESOURCE = "/extract/decision-model.tsv";

    public DecisionModel {
        weights = java.util.Collections.unmodifiableMap(new TreeMap<>(weights));
        notes = List.copyOf(notes);
    }

    /** A model that keeps every proposed event. */
    public static DecisionModel keepAll() {
        return new DecisionModel(0, Map.of(), 0, List.of());
    }

    public double probability(Collection<String> features) {
        double z = bias;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean keeps(Collection<String> features) {
        return probability(features) >= threshold;
    }

    /** The model in the jar, or one that keeps everything when there is none (a build without training). */
    public static DecisionModel standard() {
        try (InputStream in = DecisionModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? keepAll() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DecisionModel read(InputStream in) throws IOException {
        double bias = 0, threshold = 0;
        Map<String, Double> weights = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.startsWith("#")) {
                notes.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            switch (f[0]) {
                case "bias" -> bias = Double.parseDouble(f[1]);
                case "threshold" -> threshold = Double.parseDouble(f[1]);
                case "feature" -> weights.put(f[1], Double.parseDouble(f[2]));
                default -> throw new IOException("decision model: unknown row " + line);
            }
        }
        return new DecisionModel(bias, weights, threshold, notes);
    }

    /** The file: notes as comments, then threshold, bias and one row per feature, sorted, so reruns diff cleanly. */
    public String write() {
        StringBuilder sb = new StringBuilder();
        notes.forEach(n -> sb.append("# ").append(n).append('\n'));
        sb.append(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        sb.append(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
        weights.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "feature\t%s\t%.6f%n", k, v)));
        return sb.toString().replace("\r\n", "\n");
    }
}
