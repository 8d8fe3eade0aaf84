package org.frontline.recognise.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actor dictionaries of {@code resources/actors}: per theatre, canonical actors with their
 * kind, allies and aliases; plus multi-actor phrases and the nationality fallback.
 */
public final class ActorDictionary {
    static final String[] THEATRES = {"global", "syria", "iraq", "afghanistan", "ukraine", "caucasus", "ethiopia", "yemen",
        "israel-palestine", "sudan",
        "south-sudan", "myanmar", "drc", "nigeria", "sahel", "somalia", "mozambique", "car", "libya", "cameroon", "pakistan", "philippines", "kashmir", "colombia", "haiti"};

    /** One dictionary row as it applies in one theatre. */
    public record Entry(String canonical, ActorKind kind, List<String> allies, String theatre) {
    }

    /** A theatre: the countries it covers and its aliases (lower-cased key). */
    record Theatre(String name, List<String> countries, Map<String, List<Alias>> aliases) {
    }

    /** An alias as written in the dictionary, with the entry it names. */
    record Alias(String text, Entry entry, List<String> associates) {
    }

    private final Map<String, Theatre> theatres = new LinkedHashMap<>();
    private final Map<String, ActorKind> kinds = new HashMap<>();
    private final Map<String, List<String>> allies = new HashMap<>();
    private final Map<String, String> nationalities = new LinkedHashMap<>();
    private final Map<String, String> stateByCountry = new HashMap<>();
    private final java.util.Set<String> generic = new java.util.HashSet<>();
    private final int longestAlias;
    /** The first word (up to the first space of its key) of every alias, so most words are ruled out at once. */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    /** Every alias key and each of its leading word runs ("islamic state" gives "islamic"). */
    private final java.util.Set<String> keyPrefixes = new java.util.HashSet<>();

    private static final ActorDictionary DEFAULT = new ActorDictionary();

    public static ActorDictionary standard() {
        return DEFAULT;
    }

    private ActorDictionary() {
        int longest = 1;
        for (String name : THEATRES) {
            List<String> countries = List.of();
            Map<String, List<Alias>> aliases = new HashMap<>();
            for (String line : lines("/actors/" + name + ".tsv")) {
                if (line.startsWith("#countries")) {
                    countries = Arrays.asList(line.split("\t")[1].trim().split(","));
                    continue;
                }
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalStateException("actors/" + name + ".tsv: expected 4 columns: " + line);
                }
                List<String> al = f[2].equals("-") ? List.of() : Arrays.asList(f[2].split(","));
                Entry e = new Entry(f[0], ActorKind.parse(f[1]), al, name);
                kinds.putIfAbsent(f[0], e.kind());
                if (!al.isEmpty()) {
                    allies.put(f[0], al);
                }
                for (String a : f[3].split("\\|")) {
                    aliases.computeIfAbsent(key(a), k -> new ArrayList<>()).add(new Alias(a.trim(), e, List.of()));
                    longest = Math.max(longest, ActorRecogniser.wordCount(a));
                }
            }
            theatres.put(name, new Theatre(name, countries, aliases));
        }
        Map<String, List<Alias>> global = theatres.get("global").aliases();
        for (String line : lines("/actors/alliances.tsv")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            List<String> names = Arrays.asList(f[1].split(","));
            Entry e = new Entry(names.get(0), kinds.getOrDefault(names.get(0), ActorKind.PARTY), List.of(), "global");
            global.computeIfAbsent(key(f[0]), k -> new ArrayList<>())
                    .add(0, new Alias(f[0].trim(), e, names.subList(1, names.size())));
            longest = Math.max(longest, ActorRecogniser.wordCount(f[0]));
        }
        for (String line : lines("/actors/nationalities.tsv")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                String canonical = f.length > 2 ? f[2].trim() : f[0].trim() + " government";
                nationalities.put(f[0].trim(), canonical);
                stateByCountry.putIfAbsent(f[1].trim(), canonical);
            }
        }
        for (String line : lines("/actors/generic.tsv")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                generic.add(key(line));
            }
        }
        this.longestAlias = longest;
        for (Theatre t : theatres.values()) {
            t.aliases().keySet().forEach(k -> firstWords.add(firstWord(k)));
            t.aliases().keySet().forEach(this::addPrefixes);
        }
        generic.forEach(k -> firstWords.add(firstWord(k)));
        generic.forEach(this::addPrefixes);
    }

    private void addPrefixes(String key) {
        keyPrefixes.add(key);
        for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
            keyPrefixes.add(key.substring(0, space));
        }
    }

    /**
     * False when no alias key begins with these words (a key as {@code key} makes it): a longer
     * run of words starting the same way cannot name an actor either.
     */
    boolean mayBegin(String key) {
        return keyPrefixes.contains(key);
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /**
     * False when no alias can begin with this word: an n-gram's key starts with its first word's
     * key, so its first word is that key's first word.
     */
    boolean mayStart(String word) {
        return firstWords.contains(firstWord(key(word)));
    }

    static String key(String alias) {
        // "Islamic-State held" and "Islamic State" are one name: hyphens count as spaces
        return alias.trim().replace('’', '\'').replace('-', ' ').toLowerCase(Locale.ROOT);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ActorDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing actor dictionary " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The theatre covering a country, or null. */
    public String theatreOf(String country) {
        for (Theatre t : theatres.values()) {
            if (!t.name().equals("global") && t.countries().contains(country)) {
                return t.name();
            }
        }
        return null;
    }

    /**
     * Aliases for a key in a theatre; outside any theatre, a generic word ("the army") names the
     * state forces of {@code country} when the nationality table knows them.
     */
    List<Alias> lookup(String theatre, String country, String key) {
        List<Alias> out = new ArrayList<>();
        Theatre t = theatre == null ? null : theatres.get(theatre);
        if (t != null) {
            out.addAll(t.aliases().getOrDefault(key, List.of()));
        }
        // a theatre of several states (the Sahel) leaves "the army" to the story's own country
        if ((t == null || !namesGenericWords(t)) && country != null && generic.contains(key) && stateByCountry.containsKey(country)) {
            String state = stateByCountry.get(country);
            out.add(new Alias(key, new Entry(state, ActorKind.PARTY, List.of(), "generic"), List.of()));
        }
        out.addAll(theatres.get("global").aliases().getOrDefault(key, List.of()));
        return out;
    }

    private boolean namesGenericWords(Theatre t) {
        return t.aliases().containsKey("the army") || t.aliases().containsKey("army");
    }

    int longestAlias() {
        return longestAlias;
    }

    /** The canonical name of {@code country}'s state forces, or null when the nationality table lacks it. */
    public String stateOf(String country) {
        return country == null ? null : stateByCountry.get(country);
    }

    /** Whether {@code canonical} names some state's forces (a nationality's state, not an armed group). */
    public boolean isState(String canonical) {
        return nationalities.containsValue(canonical);
    }

    public ActorKind kindOf(String canonical) {
        return kinds.getOrDefault(canonical, ActorKind.PARTY);
    }

    public List<String> alliesOf(String canonical) {
        return allies.getOrDefault(canonical, List.of());
    }

    /** Whether {@code word} is a nationality adjective ("Russian", "Israeli"): a state's forces may go by it. */
    public boolean isNationality(String word) {
        return nationalities.containsKey(word);
    }

    /** Nationality adjective → the canonical name its state forces go by (by default "<adjective> government"). */
    Map<String, String> nationalities() {
        return nationalities;
    }
}
