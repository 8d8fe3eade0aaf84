package org.frontline.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roads between two known places named in a sentence: "the road between al-Bab and Raqqa",
 * "the highway linking Aleppo to Damascus", "the Aleppo-Damascus highway". Only places already
 * seen in some event resolve, so a capitalised word that is not a place yields nothing.
 */
final class RoadMentions {

    private static final String ROAD = "(?:road|roads|highway|motorway|route|supply\\s+line|supply\\s+route|artery)";
    private static final String NAME = "[\\p{L}'\u2019`-]+(?:\\s+[\\p{L}'\u2019`-]+){0,4}";
    private static final Pattern BETWEEN = Pattern.compile(
            "\\b" + ROAD + "\\s+(?:between|linking|connecting|joining|from)\\s+(" + NAME + "?)\\s+(?:and|to|with)\\s+(" + NAME + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HYPHENATED = Pattern.compile(
            "((?:[\\p{L}'\u2019`]+[-\u2013\u2014\\s]+){1,6}?[\\p{L}'\u2019`]+)\\s+" + ROAD + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final PlaceIndex places;
    /**
     * What each name resolved to in this graph's index: a build reads every road sentence again,
     * and their names repeat (normalising a name is most of resolving it).
     */
    private final java.util.Map<String, Optional<String>> resolved = new java.util.HashMap<>();

    RoadMentions(PlaceIndex places) {
        this.places = places;
    }

    private Optional<String> resolve(String name) {
        return resolved.computeIfAbsent(name, places::resolve);
    }

    /**
     * Whether the sentence has a road's wording at all: without it {@link #find} finds nothing,
     * whatever places are known.
     */
    static boolean mayName(String sentence) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        // both patterns need one of the road words: most sentences are ruled out without them
        // (pieces without i or s, which case-insensitive matching also finds as dotless i, long s)
        return ROAD_WORDS.stream().anyMatch(lower::contains)
                && (BETWEEN.matcher(sentence).find() || HYPHENATED.matcher(sentence).find());
    }

    private static final List<String> ROAD_WORDS = List.of("road", "ghway", "motorway", "route", "upply", "artery");

    /** Pairs of place keys joined by a road in this sentence. */
    List<String[]> find(String sentence) {
        List<String[]> out = new ArrayList<>();
        Matcher m = BETWEEN.matcher(sentence);
        while (m.find()) {
            Optional<String> a = longestSuffix(m.group(1)), b = longestPrefix(m.group(2));
            if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
                out.add(new String[] {a.get(), b.get()});
            }
        }
        Matcher h = HYPHENATED.matcher(sentence);
        while (h.find()) {
            split(h.group(1)).ifPresent(out::add);
        }
        return out;
    }

    /** "the besieged town of al-Bab" ends in a place: try ever shorter tails. */
    private Optional<String> longestSuffix(String words) {
        String[] w = words.trim().split("\\s+");
        for (int i = 0; i < w.length; i++) {
            Optional<String> k = resolve(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)));
            if (k.isPresent()) {
                return k;
            }
        }
        return Optional.empty();
    }

    /** "Raqqa province in the east" starts with a place: try ever shorter heads. */
    private Optional<String> longestPrefix(String words) {
        String[] w = words.trim().split("\\s+");
        for (int i = w.length; i > 0; i--) {
            Optional<String> k = resolve(String.join(" ", java.util.Arrays.copyOfRange(w, 0, i)));
            if (k.isPresent()) {
                return k;
            }
        }
        return Optional.empty();
    }

    /**
     * "Al-Bab-Raqqa road": names carry hyphens themselves, so every dash is tried as the joint
     * and only a split whose two halves are both known places counts.
     */
    private Optional<String[]> split(String compound) {
        Matcher dash = Pattern.compile("[-\u2013\u2014]").matcher(compound);
        while (dash.find()) {
            Optional<String> a = longestSuffix(compound.substring(0, dash.start()));
            Optional<String> b = longestPrefix(compound.substring(dash.end()));
            if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
                return Optional.of(new String[] {a.get(), b.get()});
            }
        }
        return Optional.empty();
    }
}
