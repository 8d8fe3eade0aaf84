package org.frontline.recognise.place;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of a text with offsets, cut for place-name matching: "al-Bab", "Ma'arrat", "ez-Zor" stay
 * one word (hyphens and transliteration marks inside a word), a trailing possessive 's is left out,
 * and each word records whether it is joined to the previous one by plain spacing (a name may
 * span it) or by punctuation or a line break (it may not).
 */
final class WordTokens {

    /** One word: {@code text.substring(start, end)}; {@code joined}: only spaces/hyphen before it. */
    record Word(int start, int end, String text, boolean joined) {

        boolean capitalised() {
            char c = text.charAt(0);
            if (Character.isUpperCase(c)) {
                return true;
            }
            // "al-Bab", "ad-Dana", "el-Arish": lower-case article glued to a capitalised name
            int dash = text.indexOf('-');
            return dash > 0 && dash + 1 < text.length() && Character.isUpperCase(text.charAt(dash + 1))
                    && ARTICLES.contains(text.substring(0, dash));
        }

        boolean allCaps() {
            boolean letter = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letter |= Character.isLetter(c);
            }
            return letter;
        }

        String lower() {
            return text.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el", "ad", "ar", "as",
            "ash", "az", "an", "at", "ath", "ez", "ed", "es", "en", "et", "ul", "ud", "ur", "us", "uz", "un");

    private WordTokens() {
    }

    static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int prevEnd = -1;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    i++;
                } else if ((d == '-' || NameNormaliser.isMark(d)) && i + 1 < n
                        && Character.isLetter(text.charAt(i + 1))) {
                    if (d == '-' && compoundBreak(text, s, i)) {
                        break; // "Damascus-Aleppo", "Khanasser-Athrayya": two names
                    }
                    i++;
                } else {
                    break;
                }
            }
            int e = i;
            // possessive: "Aleppo's" -> "Aleppo"
            if (e - s > 3 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                    && NameNormaliser.isMark(text.charAt(e - 2))) {
                e -= 2;
            }
            boolean joined = prevEnd >= 0 && onlySpacing(text, prevEnd, s);
            out.add(new Word(s, e, text.substring(s, e), joined));
            prevEnd = e;
        }
        return out;
    }

    /** A hyphen between two capitalised names (not after an article like "Al-" or "ez-"). */
    private static boolean compoundBreak(String text, int s, int dash) {
        String left = text.substring(s, dash);
        int lastDash = left.lastIndexOf('-');
        String part = lastDash < 0 ? left : left.substring(lastDash + 1);
        return part.length() >= 3 && Character.isUpperCase(part.charAt(0))
                && Character.isUpperCase(text.charAt(dash + 1))
                && !ARTICLES.contains(part.toLowerCase(java.util.Locale.ROOT));
    }

    /** True when the gap holds only spaces or one hyphen: a name may continue across it. */
    private static boolean onlySpacing(String text, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
