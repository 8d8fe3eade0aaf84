package org.frontline.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors the generator may name, per theatre: read from the project's actor dictionaries
 * ({@code actors/*.tsv}) and paired into opposing sides by {@code bench/theatres.tsv}.
 */
final class Cast {
    /** One theatre: where its stories happen and who fights whom there. */
    record Theatre(String name, String country, String countryName, List<Side> sides,
                   List<String> monitors, List<String> media) {
    }

    /** Two opposing sides, each with the aliases a report may call it by. */
    record Side(String a, List<String> aliasesA, String b, List<String> aliasesB) {
    }

    private static final java.util.regex.Pattern NOT_GROUND = java.util.regex.Pattern.compile(
            "(?i)warplane|jets|aircraft|artillery|\\bair\\b|ministry|-backed$|advisers|leaders|Pentagon");

    private Cast() {
    }

    static List<Theatre> load() {
        Map<String, List<String>> global = new HashMap<>();
        Map<String, String> globalKinds = new HashMap<>();
        read("global", global, globalKinds);
        List<Theatre> out = new ArrayList<>();
        for (String line : Templates.Resources.lines("/bench/theatres.tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Map<String, List<String>> local = new HashMap<>();
            Map<String, String> kinds = new HashMap<>(globalKinds);
            read(f[0], local, kinds);
            List<Side> sides = new ArrayList<>();
            for (String pair : f[3].split(",")) {
                String[] ab = pair.split(">");
                sides.add(new Side(ab[0], aliases(ab[0], local, global), ab[1], aliases(ab[1], local, global)));
            }
            List<String> monitors = new ArrayList<>(), media = new ArrayList<>();
            for (String m : f[4].split(",")) {
                if (!"monitor".equals(kinds.get(m))) {
                    throw new IllegalStateException("bench/theatres.tsv: not a monitor in the actor files: " + m);
                }
                monitors.add(sourceName(m));
            }
            kinds.forEach((canonical, kind) -> {
                if (kind.equals("media") && local.containsKey(canonical)) {
                    media.add(canonical);
                }
            });
            media.sort(null);
            if (media.isEmpty()) {
                media.add("state media");
            }
            out.add(new Theatre(f[0], f[1], f[2], List.copyOf(sides), List.copyOf(monitors), List.copyOf(media)));
        }
        return List.copyOf(out);
    }

    /** "United Nations" reads as "the United Nations" in running text. */
    private static String sourceName(String canonical) {
        return Set.of("United Nations", "Syrian Observatory for Human Rights", "Associated Press").contains(canonical)
                ? "the " + canonical : canonical;
    }

    private static void read(String theatre, Map<String, List<String>> aliases, Map<String, String> kinds) {
        for (String line : Templates.Resources.lines("/actors/" + theatre + ".tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            kinds.putIfAbsent(f[0], f[1]);
            List<String> list = aliases.computeIfAbsent(f[0], k -> new ArrayList<>());
            list.add(f[0]);
            for (String a : f[3].split("\\|")) {
                if (usableAsSubject(a.strip())) {
                    list.add(a.strip());
                }
            }
        }
    }

    /**
     * Aliases that read well as the subject of a news sentence: several words ("Syrian troops")
     * or a lowercase plural ("rebels"); not bare city names ("Damascus") or acronyms alone.
     */
    static boolean usableAsSubject(String alias) {
        if (alias.length() < 4 || NOT_GROUND.matcher(alias).find()) {
            return false; // "Syrian warplanes captured the town" would read oddly
        }
        if (alias.contains(" ")) {
            return !alias.startsWith("the ") || alias.split(" ").length > 2 || alias.endsWith("s");
        }
        return Character.isLowerCase(alias.charAt(0)) && alias.endsWith("s");
    }

    private static List<String> aliases(String canonical, Map<String, List<String>> local, Map<String, List<String>> global) {
        List<String> l = new ArrayList<>(local.getOrDefault(canonical, List.of()));
        l.addAll(global.getOrDefault(canonical, List.of()));
        if (l.isEmpty()) {
            throw new IllegalStateException("bench/theatres.tsv names an actor no dictionary has: " + canonical);
        }
        return List.copyOf(l);
    }
}
