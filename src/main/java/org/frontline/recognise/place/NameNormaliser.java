package org.frontline.recognise.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lookup keys for place names. Reports spell the same Arabic, Pashto or Slavic name many ways
 * ("Al-Bab", "al Bab", "Al Bāb"; "Deir ez-Zor", "Deir al-Zor", "Deir Ezzor"; "Ma'arrat", "Ma‘arrat"),
 * so the key folds case, diacritics, transliteration marks, hyphens and spaces, and maps every
 * variant of the Arabic article (ad-, ar-, as-, ash-, az-, el-, ez- ...) to "al".
 * The same function builds the gazetteer index and the keys of text spans, so it only has to be
 * consistent, not linguistically perfect.
 */
public final class NameNormaliser {

    /** Article spellings: the Arabic "al" assimilated to sun letters, plus French/Latin-script "el". */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "az", "an",
            "at", "ath", "adh", "ed", "er", "es", "ez", "en", "et", "ul", "ud", "ur", "us", "uz", "un");
    /** Sun letters whose doubling after a/e marks a fused article ("Ezzor", "Arraqqah", "Assafirah"). */
    private static final String SUN = "tdrzsn";

    private NameNormaliser() {
    }

    /** The lookup key of a name: lower-case ASCII letters and digits only; "" when nothing is left. */
    public static String key(String name) {
        List<String> words = words(name);
        StringBuilder sb = new StringBuilder(name.length());
        boolean prevArticle = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean last = i == words.size() - 1;
            if (!last && ARTICLES.contains(w)) {
                sb.append("al");
                prevArticle = true;
                continue;
            }
            if (!prevArticle && w.length() >= 5 && (w.charAt(0) == 'a' || w.charAt(0) == 'e')
                    && SUN.indexOf(w.charAt(1)) >= 0 && w.charAt(1) == w.charAt(2)) {
                sb.append("al").append(w, 2, w.length());
            } else {
                sb.append(w);
            }
            prevArticle = false;
        }
        return sb.toString();
    }

    /** Words of a name, folded to lower-case ASCII; marks like ‘ ’ ' ` ʿ ʾ join, anything else splits. */
    static List<String> words(String name) {
        String s = isAscii(name) ? name : fold(name);
        List<String> out = new ArrayList<>(4);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                w.append((char) (c + 32));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                w.append(c);
            } else if (isMark(c)) {
                continue; // "Ma'arrat" = "Maarrat", "Mari`" = "Mari"
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /** Transliteration marks for ayn/hamza: dropped, not treated as word breaks. */
    static boolean isMark(char c) {
        return c == '\'' || c == '`' || c == '\u2018' || c == '\u2019' || c == '\u02BF' || c == '\u02BE'
                || c == '\u02BC' || c == '\u00B4' || c == '\u02BB';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Strips diacritics and maps the letters NFD cannot decompose (ı ø ł ə ß ...). */
    private static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < 128) {
                sb.append(c);
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (isMark(c)) {
                sb.append('\'');
                continue;
            }
            switch (c) {
                case 'ı', 'İ' -> sb.append('i');
                case 'ø', 'Ø' -> sb.append('o');
                case 'ł', 'Ł' -> sb.append('l');
                case 'đ', 'Đ', 'ð', 'Ð' -> sb.append('d');
                case 'ə', 'Ə', 'ǝ', 'Ǝ' -> sb.append('e');
                case 'ħ', 'Ħ' -> sb.append('h');
                case 'ß' -> sb.append("ss");
                case 'æ', 'Æ' -> sb.append("ae");
                case 'œ', 'Œ' -> sb.append("oe");
                case 'þ', 'Þ' -> sb.append("th");
                default -> sb.append(Character.isLetterOrDigit(c) ? c : ' ');
            }
        }
        return sb.toString();
    }

    /**
     * A looser key for a second-chance lookup: vowels and h dropped, doubled letters collapsed,
     * so "Saraqeb"/"Saraqib", "Latamneh"/"Lataminah", "Khanasser"/"Khanasir" meet. Only used
     * inside the story's country, because it is far too loose world-wide.
     */
    public static String skeleton(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        char prev = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ("aeiouyhw".indexOf(c) >= 0) {
                continue;
            }
            if (c == 'q') {
                c = 'k';
            }
            if (c != prev) {
                sb.append(c);
            }
            prev = c;
        }
        return sb.toString();
    }
}
