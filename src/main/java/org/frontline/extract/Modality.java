package org.frontline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a trigger reports something that happened: hypotheticals, threats, plans,
 * futures and negations are not events. Cues live in {@code extract/modality.tsv}.
 */
final class Modality {
    private static final int WINDOW_WORDS = 8;
    private final List<Pattern> before = new ArrayList<>();
    private final List<Pattern> after = new ArrayList<>();

    Modality() {
        for (String line : Resources.lines("/extract/modality.tsv")) {
            String[] f = line.split("\t", 2);
            Pattern p = Pattern.compile(f[1], Pattern.CASE_INSENSITIVE);
            (f[0].equals("after") ? after : before).add(p);
        }
    }

    boolean factual(String sentence, int start, int end) {
        String left = clauseBefore(sentence, start);
        for (Pattern p : before) {
            if (p.matcher(left).find()) {
                return false;
            }
        }
        String right = sentence.substring(end, Math.min(sentence.length(), end + 40));
        for (Pattern p : after) {
            if (p.matcher(right).find()) {
                return false;
            }
        }
        return true;
    }

    /** The last few words before the trigger, not reaching back over a clause boundary. */
    static String clauseBefore(String sentence, int start) {
        int from = start;
        int words = 0;
        while (from > 0 && words < WINDOW_WORDS) {
            char c = sentence.charAt(from - 1);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '"' || c == '“' || c == '—') {
                break;
            }
            if (c == ' ') {
                words++;
            }
            from--;
        }
        String left = sentence.substring(from, start);
        return left.endsWith(" ") || left.isEmpty() ? left : left + " ";
    }
}
