package org.frontline.recognise.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses one gazetteer entry per candidate span from the document's context. Most names are
 * shared by villages world-wide ("Donetsk" is also a town in Russia, "Homs" a spelling of
 * Al Khums in Libya), so a choice combines: the story's country (named countries and unambiguous
 * places vote), nearness to places already pinned down, feature rank (capitals and admin seats
 * first) and population. Curated supplement rows get a bonus: they exist because reports use them.
 */
final class Disambiguator {

    /** Country code -> share of the document's votes, 0..1. */
    private final Map<String, Double> countryShare = new HashMap<>();
    private final Map<String, Double> votes = new HashMap<>();
    private double total;
    private final List<GazetteerEntry> anchors = new ArrayList<>();
    /** Country code -> the names (as keys) that vote for it. */
    private final Map<String, java.util.Set<String>> votingNames = new HashMap<>();

    Disambiguator(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            String only = votesFor(c);
            if (only == null) {
                continue;
            }
            votingNames.computeIfAbsent(only, k -> new java.util.HashSet<>()).add(NameNormaliser.key(c.surface()));
            GazetteerEntry e0 = c.entries().get(0);
            double w = weight(c);
            votes.merge(only, w, Double::sum);
            total += w;
            if (c.entries().size() == 1 && e0.hasCoordinates() && !e0.isCountry() && prominent(e0)) {
                anchors.add(c.entries().get(0));
            }
        }
        for (Map.Entry<String, Double> e : votes.entrySet()) {
            countryShare.put(e.getKey(), e.getValue() / total);
        }
    }

    /** The country a candidate votes for: a country name for itself, a name found in one country only for that one. */
    private static String votesFor(Candidate c) {
        // a country name votes for itself even when villages abroad share it ("Lebanon", Pennsylvania)
        GazetteerEntry country = c.entries().stream().filter(GazetteerEntry::isCountry).findFirst().orElse(null);
        return country != null ? country.country() : singleCountry(c.entries());
    }

    private static double weight(Candidate c) {
        return c.entries().stream().anyMatch(GazetteerEntry::isCountry) ? 3.0
                : c.entries().stream().anyMatch(Disambiguator::prominent) ? 1.0 : 0.4;
    }

    /** The share of the votes for a country that other names than {@code c} cast: whether the rest of the story is there. */
    private double shareBesides(String country, Candidate c) {
        double own = country.equals(votesFor(c)) ? weight(c) : 0;
        double rest = total - own;
        return rest <= 0 ? 0 : (votes.getOrDefault(country, 0.0) - own) / rest;
    }

    /** The country with most votes when it has at least {@code minShare} of them, else null. */
    String mainCountry(double minShare) {
        return countryShare.entrySet().stream()
                .filter(e -> e.getValue() >= minShare)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    double share(String country) {
        return countryShare.getOrDefault(country, 0.0);
    }

    /** Capitals, admin regions, countries, big towns, curated places: known without context. */
    static boolean prominent(GazetteerEntry e) {
        return e.rank() >= 4 || e.population() >= 100_000 || e.curated();
    }

    /** The best entry for a candidate, or null when none is plausible in this story. */
    GazetteerEntry choose(Candidate c) {
        GazetteerEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (GazetteerEntry e : c.entries()) {
            double s = score(e, c);
            if (s > bestScore) {
                bestScore = s;
                best = e;
            }
        }
        // an obscure village of a country the story never mentions is a common word or a name, or a
        // village of the story's own country missing from the gazetteer: being within a few hundred
        // km of a place the story names is not enough when its country has no vote at all
        double near = best == null ? 0 : nearness(best);
        if (best != null && !prominent(best) && (near == 0 || near < 2.0 && shareBesides(best.country(), c) < 0.05)
                && !best.country().equals(mainCountry(0.0)) && share(best.country()) < 0.3) {
            return null;
        }
        if (best != null && unsupportedAbroad(best, c)) {
            return null;
        }
        return best;
    }

    /**
     * A place abroad that nothing else in the story points to, in a story set in another country:
     * reached only through one of its alternate spellings ("Otawa" for Ottawa, "Ungwar" for
     * Uzhhorod), or a provincial city ("Palma" of the Balearics, "Taza" of Morocco) where the story's
     * own country has a place of that name the gazetteer lacks. Capitals and cities of a million
     * are named in any story; they stay.
     */
    private boolean unsupportedAbroad(GazetteerEntry e, Candidate c) {
        if (e.curated() || e.isCountry() || c.kind() != Candidate.Kind.PLAIN) {
            return false;
        }
        String home = mainCountry(0.0);
        String key = NameNormaliser.key(c.surface());
        if (home == null || home.equals(e.country())) {
            return false;
        }
        boolean alias = !NameNormaliser.key(e.name()).equals(key);
        boolean provincial = e.rank() < 5 && e.population() < 1_000_000 && share(home) >= 0.5 && nearness(e) == 0;
        if (!alias && !provincial) {
            return false;
        }
        // the same name said twice is no evidence for its country
        java.util.Set<String> voters = votingNames.getOrDefault(e.country(), java.util.Set.of());
        return voters.isEmpty() || voters.size() == 1 && voters.contains(key);
    }

    private double score(GazetteerEntry e, Candidate c) {
        double s = 4.0 * share(e.country());
        s += 0.6 * e.rank();
        s += 0.35 * Math.log10(e.population() + 1);
        if (e.curated()) {
            s += 1.5;
        }
        if (c.kind() == Candidate.Kind.ADMIN) {
            s += e.isAdmin1() ? 8 : 0;
        } else if (e.isAdmin1()) {
            s -= 2.5; // a bare "Aleppo" is the city; the scorer accepts it for the province too
        }
        if (e.isCountry()) {
            s += 3;
        }
        if (!e.isPopulated() && !e.isAdmin1() && !e.isCountry() && !e.curated()) {
            s -= 1; // hills and wells of a full dump only win with context
        }
        s += nearness(e);
        return s;
    }

    /** Bonus for lying near places the text names unambiguously. */
    private double nearness(GazetteerEntry e) {
        if (!e.hasCoordinates() || e.isCountry()) {
            return 0;
        }
        double best = Double.MAX_VALUE;
        for (GazetteerEntry a : anchors) {
            if (a != e) {
                best = Math.min(best, km(a, e));
            }
        }
        if (best < 60) {
            return 2.0;
        }
        return best < 250 ? 1.0 : 0;
    }

    private static String singleCountry(List<GazetteerEntry> entries) {
        String cc = null;
        for (GazetteerEntry e : entries) {
            if (e.country().isEmpty()) {
                continue;
            }
            if (cc == null) {
                cc = e.country();
            } else if (!cc.equals(e.country())) {
                return null;
            }
        }
        return cc;
    }

    static double km(GazetteerEntry a, GazetteerEntry b) {
        double la1 = Math.toRadians(a.lat()), la2 = Math.toRadians(b.lat());
        double dla = la2 - la1, dlo = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dla / 2) * Math.sin(dla / 2)
                + Math.cos(la1) * Math.cos(la2) * Math.sin(dlo / 2) * Math.sin(dlo / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
