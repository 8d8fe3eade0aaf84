package org.frontline.recognise.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontline.model.Place;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recall of gold event places over the shared corpus (seeds + dev), judged like score.py judges a
 * place: within 25 km, or the same normalised name, or (admin1 gold) the same admin1. Also counts
 * found mentions that match no gold event place of their document (printed, not asserted: the
 * gold only lists places where events happen, so many of those are right but irrelevant).
 */
@Tag("evaluation")
class PlaceCorpusTest {

    @Test
    void findsGoldPlaces() throws Exception {
        String shared = System.getProperty("frontline.shared");
        Path root = shared == null ? null : Path.of(shared);
        Assumptions.assumeTrue(root != null && Files.isDirectory(root.resolve("spec/gold")),
                "shared corpus not available (system property frontline.shared)");
        PlaceRecogniser r = new PlaceRecogniser();
        ObjectMapper json = new ObjectMapper();
        int gold = 0, hit = 0, mentions = 0, falseAlarms = 0;
        long findNanos = 0;
        List<String> misses = new ArrayList<>();
        Map<String, Integer> alarms = new LinkedHashMap<>();
        for (String set : List.of("seeds", "dev")) {
            for (String line : Files.readAllLines(root.resolve("spec/gold/" + set + ".jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                Path file = root.resolve("corpus/" + set + "/" + doc.path("doc").asText());
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String text = Files.readString(file);
                long t0 = System.nanoTime();
                List<PlaceMention> found = r.find(text);
                findNanos += System.nanoTime() - t0;
                Map<String, JsonNode> places = new LinkedHashMap<>();
                for (JsonNode ev : doc.path("events")) {
                    for (JsonNode p : List.of(ev.path("place"), ev.path("route").path("from"), ev.path("route").path("to"))) {
                        if (p.isObject()) {
                            places.putIfAbsent(p.path("names").toString() + p.path("precision"), p);
                        }
                    }
                }
                for (JsonNode g : places.values()) {
                    gold++;
                    if (found.stream().anyMatch(m -> accepts(g, m.place()))) {
                        hit++;
                    } else {
                        misses.add(doc.path("doc").asText() + ": " + g.path("names"));
                    }
                }
                for (PlaceMention m : found) {
                    mentions++;
                    if (places.values().stream().noneMatch(g -> accepts(g, m.place()))) {
                        falseAlarms++;
                        alarms.merge(m.surface() + " -> " + m.place().country() + "/" + m.place().precision(), 1, Integer::sum);
                    }
                }
            }
        }
        double recall = gold == 0 ? 0 : (double) hit / gold;
        System.out.printf(Locale.ROOT, "PLACES gold=%d found=%d recall=%.3f mentions=%d not-gold=%d find=%d ms%n",
                gold, hit, recall, mentions, falseAlarms, findNanos / 1_000_000);
        misses.forEach(m -> System.out.println("  MISS " + m));
        alarms.forEach((k, v) -> System.out.println("  NOT-GOLD " + k + " x" + v));
        assertTrue(recall >= 0.80, "gold place recall " + recall);
    }

    /** score.py's place_match. */
    static boolean accepts(JsonNode g, Place p) {
        if (g.hasNonNull("lat") && p.lat() != null) {
            Place gp = new Place("gold", g.get("lat").asDouble(), g.get("lon").asDouble(), null, null, null, null);
            if (gp.kmTo(p) <= 25.0) {
                return true;
            }
        }
        String pn = norm(p.name());
        for (JsonNode n : g.path("names")) {
            if (!pn.isEmpty() && pn.equals(norm(n.asText()))) {
                return true;
            }
        }
        if ("admin1".equals(g.path("precision").asText()) && g.hasNonNull("admin1")) {
            String ga = admin1(g.get("admin1").asText());
            return ga.equals(admin1(p.admin1())) || ga.equals(admin1(p.name()));
        }
        return false;
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return d.replaceAll("\\b(governorate|province|muhafazat)\\b", "").replaceAll("[^a-z0-9]", "");
    }

    private static final Map<String, String> ADMIN1_ALIASES = Map.ofEntries(
            Map.entry("halab", "aleppo"), Map.entry("arraqqah", "raqqa"), Map.entry("raqqah", "raqqa"),
            Map.entry("alraqqah", "raqqa"), Map.entry("dayrazzawr", "deirezzor"), Map.entry("deirezzour", "deirezzor"),
            Map.entry("deirezor", "deirezzor"), Map.entry("deiralzor", "deirezzor"),
            Map.entry("damascuscountryside", "rifdimashq"), Map.entry("rifdimashk", "rifdimashq"),
            Map.entry("hims", "homs"), Map.entry("alhasakah", "hasakah"), Map.entry("hasaka", "hasakah"));

    static String admin1(String s) {
        String n = norm(s);
        return ADMIN1_ALIASES.getOrDefault(n, n);
    }
}
