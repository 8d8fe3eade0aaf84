package org.frontline.recognise.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;

/**
 * Finds actors in a text by dictionary: the longest alias wins; generic words ("the army",
 * "rebels") resolve through the theatre of the story's country; state forces of countries
 * without an entry fall back to "&lt;adjective&gt; government".
 */
public final class ActorRecogniser {
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "near", "to", "from", "around",
            "outside", "towards", "toward", "at", "into", "across", "via", "between", "inside", "within", "for", "on");
    /** "captured Kabul", "shelled Kyiv": a capital after a verb that takes places is the place, not its government. */
    private static final Set<String> PLACE_VERBS = placeVerbs();
    private static final Pattern ALLIES = Pattern.compile("^\\s+and (?:its|their) allies\\b");
    private static final String FORCE_WORDS =
            "government forces|government troops|armed forces|security forces|air force|forces|troops|army|military|soldiers|"
                    + "government|tanks|warplanes|jets|aircraft|drones|artillery|navy|police|air strikes|airstrikes|"
                    // the means and deeds of a state's forces name the state too: "Russian shelling", "an Israeli strike"
                    + "fighter jets|warplane|jet|drone|helicopters|gunships|air strike|airstrike|air raids|air raid|"
                    + "strikes|strike|missile strikes|missiles|missile|rockets|shelling|shells|bombardment|"
                    + "offensive|counteroffensive|counter-offensive|attacks|attack|raids|raid|gunfire|fire|"
                    + "commandos|special forces|paratroopers|infantry|gendarmes|gendarmerie|servicemen|units|unit";

    private final ActorDictionary dictionary;
    private final Pattern nationalForces;
    /** "Azerbaijani and Armenian forces": the first adjective shares the second's noun. */
    private final Pattern sharedForces;
    private final Prefilter nationalForceWords;
    private final Prefilter sharedForceWords;

    public ActorRecogniser(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        String adjectives = String.join("|", dictionary.nationalities().keySet());
        this.nationalForces = Pattern.compile("\\b(" + adjectives + ") (" + FORCE_WORDS + ")\\b");
        this.sharedForces = Pattern.compile("\\b(" + adjectives + ")(?:,? (?:and|or) | and (?:the )?)(?:" + adjectives + ") (?:"
                + FORCE_WORDS + ")\\b");
        this.nationalForceWords = Prefilter.of(nationalForces);
        this.sharedForceWords = Prefilter.of(sharedForces);
    }

    static int wordCount(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Every actor mention in {@code text}, in order; {@code country} (ISO2, may be null) picks the theatre. */
    public List<ActorMention> find(String text, String country) {
        String theatre = country == null ? null : dictionary.theatreOf(country);
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<ActorMention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!dictionary.mayStart(text.substring(words.get(i)[0], words.get(i)[1]))) {
                i++;
                continue;
            }
            ActorMention best = null;
            int bestLen = 0;
            // the longest run of words some alias begins with: no longer run can be an alias
            int longest = 1;
            while (longest < Math.min(dictionary.longestAlias(), words.size() - i)
                    && dictionary.mayBegin(keyOf(words, i, longest + 1, text))) {
                longest++;
            }
            for (int n = longest; n >= 1 && best == null; n--) {
                int start = words.get(i)[0], end = words.get(i + n - 1)[1];
                String surface = text.substring(start, end);
                for (ActorDictionary.Alias a : dictionary.lookup(theatre, country, keyOf(words, i, n, text))) {
                    if (caseFits(a.text(), surface) && !placeUse(a, text, start, n)) {
                        best = mention(a, text, start, end);
                        bestLen = n;
                        break;
                    }
                }
            }
            if (best != null) {
                out.add(best);
                i += bestLen;
            } else {
                i++;
            }
        }
        addNationalFallback(text, out);
        out.sort(java.util.Comparator.comparingInt(ActorMention::start));
        return out;
    }

    private ActorMention mention(ActorDictionary.Alias a, String text, int start, int end) {
        Set<String> assoc = new LinkedHashSet<>(a.associates());
        if (ALLIES.matcher(text.substring(end, Math.min(text.length(), end + 30))).find()) {
            assoc.addAll(dictionary.alliesOf(a.entry().canonical()));
        }
        assoc.remove(a.entry().canonical());
        return new ActorMention(start, end, text.substring(start, end), a.entry().canonical(), a.entry().kind(),
                List.copyOf(assoc));
    }

    private void addNationalFallback(String text, List<ActorMention> out) {
        Folded folded = Folded.of(text);
        if (!nationalForceWords.mayMatch(folded)) {
            return;
        }
        Prefilter.Matches shareds = sharedForceWords.matches(text, folded);
        for (Matcher shared; (shared = shareds.next()) != null; ) {
            int s = shared.start(1), e = shared.end(1);
            if (out.stream().noneMatch(a -> a.start() < e && s < a.end())) {
                out.add(new ActorMention(s, e, shared.group(1), dictionary.nationalities().get(shared.group(1)),
                        ActorKind.PARTY, List.of()));
            }
        }
        Prefilter.Matches ms = nationalForceWords.matches(text, folded);
        for (Matcher m; (m = ms.next()) != null; ) {
            int s = m.start(), e = m.end();
            String state = dictionary.nationalities().get(m.group(1));
            // "Syrian government forces" in a story the gazetteer puts in Turkey: the theatre's "government forces"
            // (Turkey) matched without the adjective, which says whose they are
            out.removeIf(a -> a.start() > s && a.end() <= e && !a.canonical().equals(state) && a.kind() == ActorKind.PARTY);
            boolean covered = out.stream().anyMatch(a -> a.start() < e && s < a.end());
            if (!covered) {
                out.add(new ActorMention(s, e, m.group(), state, ActorKind.PARTY, List.of()));
            }
        }
    }

    private static String keyOf(List<int[]> words, int i, int n, String text) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            if (k > i) {
                sb.append(' ');
            }
            sb.append(text, words.get(k)[0], words.get(k)[1]);
        }
        return ActorDictionary.key(sb.toString());
    }

    /** Acronyms match exactly ("IS" is not "is"); capitalised names need a capital in the text. */
    static boolean caseFits(String alias, String surface) {
        String[] aw = alias.split("[\\s]+");
        String[] sw = surface.split("[\\s]+");
        if (aw.length != sw.length) {
            return Character.isUpperCase(alias.charAt(0)) == Character.isUpperCase(surface.charAt(0))
                    || !Character.isUpperCase(alias.charAt(0));
        }
        for (int k = 0; k < aw.length; k++) {
            String a = aw[k], s = sw[k];
            boolean acronym = a.length() >= 2 && a.equals(a.toUpperCase(Locale.ROOT)) && a.chars().anyMatch(Character::isLetter);
            if (acronym && !a.equals(s.replace('’', '\''))) {
                return false;
            }
            if (Character.isUpperCase(a.charAt(0)) && !Character.isUpperCase(s.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "in Damascus", "to Turkey": a one-word capitalised name after a preposition is the place. */
    private static boolean placeUse(ActorDictionary.Alias a, String text, int start, int words) {
        if (words != 1 || !Character.isUpperCase(a.text().charAt(0)) || a.text().equals(a.text().toUpperCase(Locale.ROOT))) {
            return false;
        }
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String prep = text.substring(s, e).toLowerCase(Locale.ROOT);
        // "fighting broke out between Armenia and Azerbaijan": the sides, not the road between two towns
        return (PLACE_PREPOSITIONS.contains(prep) || PLACE_VERBS.contains(prep))
                && !(prep.equals("between") && SIDES_BEFORE.matcher(text.substring(Math.max(0, s - 40), s)).find());
    }

    private static final Pattern SIDES_BEFORE = Pattern.compile(
            "\\b(?:clash(?:es|ed)?|fighting|fought|hostilities|battles?|war|conflict|skirmish(?:es)?|gunfights?|firefights?|"
                    + "fire|ceasefire|truce)\\b(?:\\s+[\\w-]+){0,3}\\s*$", Pattern.CASE_INSENSITIVE);

    private static Set<String> placeVerbs() {
        return org.frontline.recognise.DataFile.rows("/gazetteer/place-verbs.txt").stream().map(r -> r[0])
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
