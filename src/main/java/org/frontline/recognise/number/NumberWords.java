package org.frontline.recognise.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The number vocabulary of {@code src/main/resources/number/}: words, vague quantities, units. */
final class NumberWords {

    /** How a number word combines with its neighbours. */
    enum Role { UNIT, TEN, HUNDRED, SCALE }

    record Word(long value, Role role) { }

    private static final NumberWords INSTANCE = new NumberWords();

    final Map<String, Word> words = new LinkedHashMap<>();
    final Map<String, Long> vague = new LinkedHashMap<>();
    final List<String> units = new ArrayList<>();

    private NumberWords() {
        for (String[] row : rows("words.tsv")) {
            words.put(row[0], new Word(Long.parseLong(row[1]), Role.valueOf(row[2])));
        }
        for (String[] row : rows("vague.tsv")) {
            vague.put(row[0], Long.parseLong(row[1]));
        }
        for (String[] row : rows("units.txt")) {
            units.add(row[0]);
        }
    }

    static NumberWords get() {
        return INSTANCE;
    }

    /** Regex alternation, longest first so "tens of thousands" wins over "tens". */
    static String alternation(Iterable<String> forms) {
        return org.frontline.recognise.DataFile.alternation(forms);
    }

    static List<String[]> rows(String name) {
        return org.frontline.recognise.DataFile.rows("/number/" + name);
    }
}
