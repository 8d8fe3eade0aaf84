package org.frontline.reason;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who fights alongside whom, per theatre (the country a place lies in), from
 * {@code reason/sides.tsv}. The same actor may sit on different sides in different theatres:
 * the United States backs the SDF in Syria and the government in Iraq.
 */
public final class Sides {

    private static final String WORLD = "*";
    private final Map<String, Map<String, String>> sideByActorPerCountry;

    private Sides(Map<String, Map<String, String>> sideByActorPerCountry) {
        this.sideByActorPerCountry = sideByActorPerCountry;
    }

    public static Sides load() {
        try (InputStream in = Sides.class.getResourceAsStream("/reason/sides.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource /reason/sides.tsv is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows as in sides.tsv; '#' lines and blank lines are skipped. */
    public static Sides parse(List<String> lines) {
        Map<String, Map<String, String>> m = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException("sides.tsv wants 3 tab-separated columns: " + line);
            }
            for (String country : f[0].split(",")) {
                Map<String, String> sides = m.computeIfAbsent(country.trim().toUpperCase(Locale.ROOT), c -> new HashMap<>());
                for (String actor : f[2].split(",")) {
                    sides.put(actor.trim(), f[1].trim());
                }
            }
        }
        return new Sides(m);
    }

    /** The actor's side in the theatre of {@code country}; empty when the file does not place it. */
    public Optional<String> sideOf(String country, String actor) {
        Map<String, String> sides = sideByActorPerCountry.get(country == null ? WORLD : country.toUpperCase(Locale.ROOT));
        return Optional.ofNullable(sides == null ? null : sides.get(actor));
    }

    /** Same actor, or both on one side. */
    public boolean allied(String country, String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Optional<String> sa = sideOf(country, a);
        return sa.isPresent() && sa.equals(sideOf(country, b));
    }

    /** Both placed, on different sides: an actor the file does not know is nobody's enemy. */
    public boolean opposed(String country, String a, String b) {
        Optional<String> sa = sideOf(country, a), sb = sideOf(country, b);
        return sa.isPresent() && sb.isPresent() && !sa.equals(sb);
    }

    /** A party to the fighting (or its media) anywhere: its word is a claim, not a report. */
    public boolean isParty(String actor) {
        return sideByActorPerCountry.values().stream().anyMatch(s -> s.containsKey(actor));
    }

    /** Every actor with its side, one theatre after another (ISO2 order), the first theatre's side winning. */
    public Map<String, String> everyActor() {
        Map<String, String> out = new java.util.TreeMap<>();
        new java.util.TreeMap<>(sideByActorPerCountry).forEach((country, sides) -> sides.forEach(out::putIfAbsent));
        return out;
    }
}
