package org.frontline.recognise.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The date words of English news copy, read from {@code src/main/resources/time/}: the words
 * are knowledge and change without touching the matching code.
 */
final class Vocabulary {

    /** A season as a run of months; winter starts in December and runs into the next year. */
    record Season(int firstMonth, int months) { }

    /** A deictic phrase's rule name and argument, as in relative.tsv. */
    record Relative(String rule, int argument) { }

    private static final Vocabulary INSTANCE = new Vocabulary();

    final Map<String, Integer> months = new LinkedHashMap<>();
    final Map<String, Integer> weekdays = new LinkedHashMap<>();
    final Map<String, Season> seasons = new LinkedHashMap<>();
    final Map<String, Relative> relatives = new LinkedHashMap<>();
    final List<String> prepositions = new ArrayList<>();
    final Map<String, String> modifiers = new LinkedHashMap<>();

    private Vocabulary() {
        for (String[] row : rows("months.tsv")) {
            months.put(row[0], Integer.parseInt(row[1]));
        }
        for (String[] row : rows("weekdays.tsv")) {
            weekdays.put(row[0], Integer.parseInt(row[1]));
        }
        for (String[] row : rows("seasons.tsv")) {
            seasons.put(row[0], new Season(Integer.parseInt(row[1]), Integer.parseInt(row[2])));
        }
        for (String[] row : rows("relative.tsv")) {
            relatives.put(normalise(row[0]), new Relative(row[1], Integer.parseInt(row[2])));
        }
        for (String[] row : rows("prepositions.txt")) {
            prepositions.add(row[0]);
        }
        for (String[] row : rows("modifiers.tsv")) {
            modifiers.put(normalise(row[0]), row[1]);
        }
    }

    static Vocabulary get() {
        return INSTANCE;
    }

    /** The part (EARLY, MID, LATE) a modifier such as "mid-" or "the end of" names. */
    String part(String modifier) {
        return modifiers.getOrDefault(normalise(modifier).replaceAll("[\\s-]+$", ""), "LATE");
    }

    /** Lower case with single spaces: the key under which a phrase is looked up. */
    static String normalise(String phrase) {
        return phrase.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Regex alternation of the forms, longest first so "September" wins over "Sep". */
    static String alternation(Iterable<String> forms) {
        List<String> sorted = new ArrayList<>();
        forms.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted.stream()
                .map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    private static List<String[]> rows(String name) {
        String path = "/time/" + name;
        try (InputStream in = Vocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
