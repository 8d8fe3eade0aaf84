package org.frontline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;

/**
 * Scores results against gold annotations with the spec's rules: precision, recall and F1 per
 * type, slot accuracy of matched events, and document-level published / duplicate_of accuracy.
 */
public final class Scorecard {
    private final Map<String, int[]> perType = new TreeMap<>();
    private final Map<String, int[]> slots = new TreeMap<>();
    private final List<String> log = new ArrayList<>();
    private int published, duplicates, documents;

    /** Adds one document; {@code result} may be null when the document was not produced. */
    public void add(JsonNode gold, DocumentResult result) {
        String doc = gold.path("doc").asText();
        documents++;
        List<Event> events = result == null ? List.of() : result.events();
        String gp = gold.path("published").asText(null);
        published += result != null && result.published() != null && result.published().toString().equals(gp) ? 1 : 0;
        String gd = gold.path("duplicate_of").isNull() ? null : gold.path("duplicate_of").asText(null);
        String pd = result == null ? null : result.duplicateOf();
        duplicates += java.util.Objects.equals(gd, pd) ? 1 : 0;
        List<JsonNode> golds = golds(gold);
        int[] hits = assign(golds, events);
        Set<Integer> used = new HashSet<>();
        for (int k = 0; k < golds.size(); k++) {
            JsonNode g = golds.get(k);
            int[] t = perType.computeIfAbsent(g.path("type").asText(), key -> new int[3]);
            int hit = hits[k];
            boolean optional = g.path("optional").asBoolean();
            if (hit < 0) {
                if (!optional) {
                    t[2]++;
                    log.add("MISS  " + doc + " " + g.path("type").asText() + " " + g.path("place").path("names").path(0).asText("-")
                            + " " + g.path("date").path("start").asText() + " (" + g.path("why").asText("") + ")");
                }
                continue;
            }
            used.add(hit);
            if (!optional) {
                t[0]++;
                slots(g, events.get(hit));
            }
        }
        for (int i = 0; i < events.size(); i++) {
            if (!used.contains(i)) {
                Event e = events.get(i);
                perType.computeIfAbsent(e.type().label(), k -> new int[3])[1]++;
                log.add("FALSE " + doc + " " + e.type().label() + " " + (e.place() == null ? "-" : e.place().name()) + " "
                        + e.date().start() + " | " + clip(e.evidence()));
            }
        }
    }

    /** The document's gold events, the counted ones first: they take their match before optional ones. */
    private static List<JsonNode> golds(JsonNode gold) {
        List<JsonNode> golds = new ArrayList<>();
        gold.path("events").forEach(golds::add);
        golds.sort((a, b) -> Boolean.compare(a.path("optional").asBoolean(), b.path("optional").asBoolean()));
        return golds;
    }

    /** For each gold event in order, the index of the first unused event it matches, or -1. */
    private static int[] assign(List<JsonNode> golds, List<Event> events) {
        int[] hits = new int[golds.size()];
        boolean[] used = new boolean[events.size()];
        for (int k = 0; k < golds.size(); k++) {
            hits[k] = -1;
            for (int i = 0; i < events.size() && hits[k] < 0; i++) {
                if (!used[i] && GoldMatch.matches(golds.get(k), events.get(i))) {
                    hits[k] = i;
                    used[i] = true;
                }
            }
        }
        return hits;
    }

    /** How the scorer counts a predicted event. */
    public enum Judgement { TRUE, OPTIONAL, FALSE }

    /** How each event of one document counts against its gold, in the events' order (the scorer's own matching). */
    public static List<Judgement> judge(JsonNode gold, List<Event> events) {
        List<JsonNode> golds = golds(gold);
        int[] hits = assign(golds, events);
        List<Judgement> out = new ArrayList<>(java.util.Collections.nCopies(events.size(), Judgement.FALSE));
        for (int k = 0; k < golds.size(); k++) {
            if (hits[k] >= 0) {
                out.set(hits[k], golds.get(k).path("optional").asBoolean() ? Judgement.OPTIONAL : Judgement.TRUE);
            }
        }
        return out;
    }

    private void slots(JsonNode g, Event e) {
        for (String key : new String[] {"actor1", "actor2"}) {
            Set<String> gold = new HashSet<>();
            g.path(key).forEach(a -> gold.add(GoldMatch.norm(a.asText())));
            if (!gold.isEmpty()) {
                List<String> pred = key.equals("actor1") ? e.actor1() : e.actor2();
                count(key, pred.stream().map(GoldMatch::norm).anyMatch(gold::contains));
            }
        }
        count("status", e.status().label().equals(g.path("status").asText()));
        LocalDate gs = LocalDate.parse(g.path("date").path("start").asText());
        count("date_start", Math.abs(gs.toEpochDay() - e.date().start().toEpochDay()) <= 1);
    }

    private void count(String slot, boolean right) {
        int[] s = slots.computeIfAbsent(slot, k -> new int[2]);
        s[0] += right ? 1 : 0;
        s[1]++;
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 100 ? one.substring(0, 100) : one;
    }

    public int truePositives() {
        return perType.values().stream().mapToInt(v -> v[0]).sum();
    }

    public int falsePositives() {
        return perType.values().stream().mapToInt(v -> v[1]).sum();
    }

    public int falseNegatives() {
        return perType.values().stream().mapToInt(v -> v[2]).sum();
    }

    public double precision() {
        int tp = truePositives(), fp = falsePositives();
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        int tp = truePositives(), fn = falseNegatives();
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double publishedAccuracy() {
        return documents == 0 ? 0 : (double) published / documents;
    }

    public double duplicateAccuracy() {
        return documents == 0 ? 0 : (double) duplicates / documents;
    }

    public void print(PrintWriter out, boolean verbose) {
        if (verbose) {
            log.forEach(out::println);
        }
        perType.forEach((t, v) -> out.printf("  %-28s tp %3d  fp %3d  fn %3d%n", t, v[0], v[1], v[2]));
        StringBuilder sb = new StringBuilder("slots:");
        slots.forEach((k, v) -> sb.append(String.format(" %s %.3f", k, v[1] == 0 ? 0.0 : (double) v[0] / v[1])));
        out.println(sb);
        out.printf("documents: %d, published %.3f, duplicate_of %.3f%n", documents, publishedAccuracy(), duplicateAccuracy());
        out.printf("events F1 %.3f (P %.3f R %.3f)%n", f1(), precision(), recall());
    }
}
