package org.frontline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.frontline.model.Event;
import org.frontline.model.Place;

/** The matching rules of the spec: type, place (id, 25 km, or name) and widened date overlap. */
final class GoldMatch {
    static final double KM = 25.0;
    private static final Map<String, Integer> TOLERANCE = Map.of("day", 1, "week", 7, "month", 31, "year", 366);

    private GoldMatch() {
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        n = n.replaceAll("\\b(governorate|province|muhafazat)\\b", "");
        return n.replaceAll("[^a-z0-9]", "");
    }

    static boolean matches(JsonNode gold, Event e) {
        return gold.path("type").asText().equals(e.type().label()) && placesAgree(gold, e) && datesOverlap(gold, e);
    }

    static boolean placesAgree(JsonNode gold, Event e) {
        JsonNode gp = gold.get("place");
        if (gp == null || gp.isNull()) {
            return true;
        }
        if (e.type().label().equals("route_cut")) {
            for (JsonNode g : new JsonNode[] {gp, gold.path("route").path("from"), gold.path("route").path("to")}) {
                for (Place p : new Place[] {e.place(), e.route() == null ? null : e.route().from(),
                        e.route() == null ? null : e.route().to()}) {
                    if (g != null && g.isObject() && placeMatch(g, p)) {
                        return true;
                    }
                }
            }
            return false;
        }
        return placeMatch(gp, e.place());
    }

    static boolean placeMatch(JsonNode g, Place p) {
        if (p == null) {
            return false;
        }
        if (g.hasNonNull("lat") && g.hasNonNull("lon") && p.lat() != null) {
            Place gold = new Place("gold", g.get("lat").asDouble(), g.get("lon").asDouble(), null, null, null, null);
            if (gold.kmTo(p) <= KM) {
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
            String ga = norm(g.get("admin1").asText());
            return ga.equals(norm(p.admin1())) || ga.equals(norm(p.name()));
        }
        return false;
    }

    static boolean datesOverlap(JsonNode gold, Event e) {
        JsonNode d = gold.path("date");
        LocalDate gs = LocalDate.parse(d.path("start").asText());
        LocalDate ge = d.hasNonNull("end") ? LocalDate.parse(d.get("end").asText()) : gs;
        int tol = TOLERANCE.getOrDefault(d.path("precision").asText(), 1);
        return !e.date().start().isAfter(ge.plusDays(tol)) && !e.date().end().isBefore(gs.minusDays(tol));
    }
}
