package org.frontline.recognise.number;

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
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
        List<String> sorted = new ArrayList<>();
        forms.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted.stream()
                .map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    static List<String[]> rows(String name) {
        String path = "/number/" + name;
        try (InputStream in = NumberWords.class.getResourceAsStream(path)) {
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
