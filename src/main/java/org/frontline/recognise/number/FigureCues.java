package org.frontline.recognise.number;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The words of cues.tsv, qualifiers.txt and cumulative.txt, ready for lookup. */
final class FigureCues {

    /** Where a right-hand scan stops: the number's clause is over. */
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", ".", "(", ")", "\"", "“", "”",
            "and", "but", "while", "whereas", "although", "though", "after", "before", "because", "when");

    private static final FigureCues INSTANCE = new FigureCues();

    private final Map<String, Figure.Kind> after = new HashMap<>();
    private final Map<String, Figure.Kind> before = new HashMap<>();
    private final Set<String> qualifiers = new HashSet<>();
    private final List<Pattern> cumulative;

    private FigureCues() {
        for (String[] row : NumberWords.rows("cues.tsv")) {
            Figure.Kind kind = Figure.Kind.valueOf(row[0]);
            (row[1].equals("AFTER") ? after : before).put(row[2], kind);
        }
        for (String[] row : NumberWords.rows("qualifiers.txt")) {
            qualifiers.add(row[0]);
        }
        cumulative = NumberWords.rows("cumulative.txt").stream()
                .map(row -> Pattern.compile(String.join("\t", row), Pattern.CASE_INSENSITIVE))
                .toList();
    }

    static FigureCues get() {
        return INSTANCE;
    }

    Figure.Kind after(String token) {
        return after.get(token);
    }

    Figure.Kind before(String token) {
        return before.get(token);
    }

    boolean isQualifier(String token) {
        return qualifiers.contains(token);
    }

    boolean endsClause(String token) {
        return CLAUSE_ENDS.contains(token);
    }

    List<Pattern> cumulative() {
        return cumulative;
    }
}
