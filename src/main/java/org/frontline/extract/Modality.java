package org.frontline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;

/**
 * Decides whether a trigger reports something that happened: hypotheticals, threats, plans,
 * futures and negations are not events, nor are participles used as adjectives ("the besieged
 * town") or definite nouns that refer back to an event told elsewhere ("the attack").
 * Cues live in {@code extract/modality.tsv}.
 */
final class Modality {
    private static final int WINDOW_WORDS = 8;
    /** Nouns that, after "the", point back to an event rather than report a new one. */
    private static final Set<String> ANAPHORIC = Set.of("attack", "attacks", "assault", "offensive", "capture",
            "takeover", "advance", "advances", "seizure", "counterattack", "counter-attack", "counteroffensive",
            "fight", "battle", "bombing", "strike", "strikes", "evacuation", "agreement", "deal", "truce", "ceasefire");
    /** "culminating in the capture of X", "resulting in the seizure of X": an outcome told for the first time. */
    private static final Pattern OUTCOME = Pattern.compile("\\b(?:culminat\\w*|result\\w*|ended|ending|led|leading)"
            + "\\s+(?:in|with|to)\\s+the\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private final List<Prefilter> before = new ArrayList<>();
    private final List<Prefilter> after = new ArrayList<>();
    private final List<Prefilter> adjective = new ArrayList<>();
    private final List<Prefilter> anaphor = new ArrayList<>();
    private final List<Prefilter> infinitive = new ArrayList<>();
    private final List<Prefilter> implicative = new ArrayList<>();
    private final List<Prefilter> fightAfter = new ArrayList<>();
    private final List<Prefilter> sentenceWide = new ArrayList<>();
    /** Triggers that start with a preposition: "to within 3 miles of" is not an infinitive. */
    private static final Pattern PREPOSITIONAL = Pattern.compile("^(?:within|into|in|on|near|around|towards?)\\b");

    Modality() {
        for (String line : Resources.lines("/extract/modality.tsv")) {
            String[] f = line.split("\t", 2);
            Prefilter p = Prefilter.of(Pattern.compile(f[1], Pattern.CASE_INSENSITIVE));
            switch (f[0]) {
                case "after" -> after.add(p);
                case "adjective" -> adjective.add(p);
                case "anaphor" -> anaphor.add(p);
                case "infinitive" -> infinitive.add(p);
                case "implicative" -> implicative.add(p);
                case "fight-after" -> fightAfter.add(p);
                case "sentence" -> sentenceWide.add(p);
                default -> before.add(p);
            }
        }
    }

    boolean factual(String sentence, int start, int end) {
        if (matchesAny(sentenceWide, sentence)) {
            return false; // a caption or site furniture
        }
        String left = clauseBefore(sentence, start);
        String word = sentence.substring(start, end).toLowerCase(Locale.ROOT).split("\\s+")[0];
        if (start == 0 && word.endsWith("ing")) {
            return false; // "Capturing the city would be a victory": a gerund subject names, it does not report
        }
        String near = lastWords(left, 2);
        if (matchesAny(before, left)
                || !PREPOSITIONAL.matcher(word).find() && matchesAny(infinitive, left) && !matchesAny(implicative, left)
                || word.endsWith("ed") && end - start == word.length() && matchesAny(adjective, near)
                || ANAPHORIC.contains(word) && matchesAny(anaphor, near) && !OUTCOME.matcher(left).find()) {
            return false;
        }
        String right = sentence.substring(end, Math.min(sentence.length(), end + 40));
        return !matchesAny(after, right) && !(word.startsWith("fight") && matchesAny(fightAfter, right));
    }

    private static boolean matchesAny(List<Prefilter> patterns, String s) {
        Folded folded = Folded.of(s);
        for (Prefilter p : patterns) {
            if (p.find(s, folded)) {
                return true;
            }
        }
        return false;
    }

    private static String lastWords(String left, int n) {
        String[] w = left.trim().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, w.length - n); i < w.length; i++) {
            sb.append(w[i]).append(' ');
        }
        return " " + sb;
    }

    /** The last few words before the trigger, not reaching back over a clause boundary. */
    static String clauseBefore(String sentence, int start) {
        int from = start;
        int words = 0;
        while (from > 0 && words < WINDOW_WORDS) {
            char c = sentence.charAt(from - 1);
            if (c == ',' || c == ';' || c == ':' || c == '"' || c == '“' || c == '—'
                    || c == '(' && sentence.indexOf(')', from) < 0 | sentence.indexOf(')', from) >= start) {
                break; // a closed parenthesis ("an (ISIS) attack") is read through
            }
            if (c == ' ') {
                words++;
            }
            from--;
        }
        String left = sentence.substring(from, start).replaceAll("\\([^()]*\\)\\s*", "");
        return left.endsWith(" ") || left.isEmpty() ? left : left + " ";
    }
}
