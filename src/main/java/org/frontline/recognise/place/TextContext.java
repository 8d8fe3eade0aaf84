package org.frontline.recognise.place;

import org.frontline.recognise.place.WordTokens.Word;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the false-alarm guards need to know about one text: its lower-case vocabulary, its
 * headline lines, the people it has named so far.
 */
final class TextContext {
    final String text;
    final List<Word> words;
    private final NotPlaces not;
    /** Per word: it sits on a title-case line (headline, byline, menu). */
    private final boolean[] headline;
    final Set<String> lowercase = new HashSet<>();
    /** Last words of names already read as people ("Simona Halep" -> later "Halep" is her). */
    final Set<String> persons = new HashSet<>();

    TextContext(String text, List<Word> words, NotPlaces not) {
        this.text = text;
        this.words = words;
        this.not = not;
        this.headline = headlineWords(text, words);
        for (Word w : words) {
            if (Character.isLowerCase(w.text().charAt(0))) {
                lowercase.add(w.lower());
            }
        }
    }

    /** A word the text also uses in lower case is an ordinary word ("Most", "Deal"). */
    boolean usedLowercase(String key) {
        return lowercase.contains(key);
    }

    /** "President Assad", "Gen. Haftar": a title makes the next capitalised words a person. */
    boolean afterTitle(int i) {
        if (i == 0) {
            return false;
        }
        Word prev = words.get(i - 1);
        int gap = words.get(i).start() - prev.end();
        return gap <= 2 && prev.capitalised() && not.titles.contains(NameNormaliser.key(prev.text()))
                && text.substring(prev.end(), words.get(i).start()).indexOf('\n') < 0;
    }

    /**
     * Refuses a match inside a longer capitalised chain that is an organisation ("Bank of
     * England", "Islamic State") or a person ("Abiy Ahmed"): the chain's other words are not
     * places, not common words, and the line is not a title-case headline.
     */
    boolean plausibleChain(int from, int to, PlaceRecogniser r) {
        int a = from, b = to;
        while (a > 0 && words.get(a).joined() && !compoundAdjective(words.get(a - 1)) && !initialGerund(words.get(a - 1))
                && (words.get(a - 1).capitalised()
                || PlaceRecogniser.PARTICLES.contains(words.get(a - 1).lower()) && a - 1 > 0 && words.get(a - 1).joined())) {
            a--;
        }
        while (b < words.size() && words.get(b).joined() && (words.get(b).capitalised()
                || "of".equals(words.get(b).lower()) && b + 1 < words.size() && words.get(b + 1).capitalised())) {
            b++;
        }
        if (a == from && b == to) {
            return true;
        }
        String chain = NameNormaliser.key(text.substring(words.get(a).start(), words.get(b - 1).end()));
        if (not.phrases.contains(chain)) {
            return false;
        }
        boolean headline = this.headline[from];
        for (int k = a; k < b; k++) {
            if (k >= from && k < to) {
                continue;
            }
            String w = NameNormaliser.key(words.get(k).text());
            if (not.orgHeads.contains(w)) {
                return false;
            }
            if (!headline && !not.stop.contains(w) && !PlaceRecogniser.PARTICLES.contains(w) && !PlaceRecogniser.ADMIN_SUFFIX.contains(w)
                    && !PlaceRecogniser.SITE_SUFFIX.contains(w) && !r.isPlaceWord(w)) {
                persons.add(NameNormaliser.key(words.get(b - 1).text()));
                return false;
            }
        }
        return true;
    }

    /** "Seizing Ghazni cuts off ...": a verb form capitalised only because it opens the sentence is no part of a name. */
    static boolean initialGerund(Word w) {
        return !w.joined() && w.text().length() > 4 && w.lower().endsWith("ing") && Character.isLowerCase(w.text().charAt(1));
    }

    private static final java.util.regex.Pattern COMPOUND_ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{L}+[-‑]\\p{Ll}{3,}");

    /**
     * "Rebel-controlled", "Russian-occupied", "Kurdish-led": a sentence-initial compound that
     * describes the name after it, no part of it (nor a hint that the name is a person's).
     */
    static boolean compoundAdjective(Word w) {
        return COMPOUND_ADJECTIVE.matcher(w.text()).matches();
    }

    /** Words after which a name is where something is or goes: "in Bor", "fled Bor", "the state capital Bor". */
    private static final Set<String> PLACE_FRAME = Set.of("in", "at", "near", "outside", "into", "toward", "towards",
            "fled", "entered", "reached", "around", "capital", "town", "city", "village");

    /**
     * Whether word {@code i} stands where only a place can: a name seen once inside a person-like
     * chain ("the Dinka Bor people") is still a place after "in" or "fled".
     */
    boolean placeFrame(int i) {
        if (i == 0) {
            return false;
        }
        Word prev = words.get(i - 1);
        return !prev.capitalised() && words.get(i).start() - prev.end() <= 2 && PLACE_FRAME.contains(prev.lower());
    }

    boolean isHeadline(int word) {
        return headline[word];
    }

    /** Title-case lines: most of their words capitalised (headlines, bylines, menus). */
    private static boolean[] headlineWords(String text, List<Word> words) {
        boolean[] out = new boolean[words.size()];
        int i = 0;
        while (i < words.size()) {
            int le = text.indexOf('\n', words.get(i).start());
            le = le < 0 ? text.length() : le;
            int j = i, caps = 0;
            while (j < words.size() && words.get(j).end() <= le) {
                caps += Character.isUpperCase(words.get(j).text().charAt(0)) ? 1 : 0;
                j++;
            }
            boolean h = j - i >= 4 && caps >= 0.7 * (j - i);
            for (int k = i; k < j; k++) {
                out[k] = h;
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }
}
