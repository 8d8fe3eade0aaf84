package org.frontline.recognise.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        return org.frontline.recognise.DataFile.alternation(forms);
    }

    private static List<String[]> rows(String name) {
        return org.frontline.recognise.DataFile.rows("/time/" + name);
    }
}
