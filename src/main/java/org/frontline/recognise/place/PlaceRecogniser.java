package org.frontline.recognise.place;

import org.frontline.model.Place;
import org.frontline.recognise.place.WordTokens.Word;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds and resolves the places a whole article names. Longest gazetteer match over runs of
 * capitalised words (with lower-case name particles such as "al", "ez", "de"), then guards
 * against the usual false alarms (common words, people, organisations, nationality adjectives),
 * then a disambiguation in the document's context ({@link Disambiguator}). Thread-safe.
 */
public final class PlaceRecogniser {

    private static final int MAX_WORDS = 6;
    /** Lower-case particles that may sit inside a name: "Maarat al Numan", "Sar-e Pul", "Bank of". */
    static final Set<String> PARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "az", "an",
            "at", "ez", "ed", "es", "en", "de", "du", "di", "la", "le", "of", "e", "i", "bin", "ibn",
            "del", "della", "da", "do", "dos", "das", "der", "van", "von", "abu", "um", "umm", "bani", "beni", "wadi", "tal", "tell", "ras", "jabal", "jebel");
    static final Set<String> ADMIN_SUFFIX = Set.of("province", "governorate", "region", "oblast",
            "provinces", "state");
    static final Set<String> SITE_SUFFIX = Set.of("airport", "airbase", "airfield", "crossing",
            "oilfield", "dam", "refinery", "camp", "base", "bridge", "checkpoint", "junction", "roundabout");
    private static final Set<String> TWO_WORD_SITES = Set.of("border crossing", "military airport",
            "military airbase", "air base", "oil field", "gas field", "oil refinery", "refugee camp",
            "military base", "international airport", "border post");

    /** Stop words that also begin real names ("New York", "North Waziristan", "Upper Nile"). */
    private static final Set<String> NAME_STARTS = Set.of("new", "old", "north", "south", "east", "west",
            "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "saint", "st",
            "al", "el", "bab", "mount", "lake", "cape");

    private final Gazetteer gazetteer;
    private final NotPlaces not = NotPlaces.get();
    private final IntroducedPlaces introducedPlaces;

    public PlaceRecogniser() {
        this(Gazetteer.shared());
    }

    public PlaceRecogniser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.introducedPlaces = new IntroducedPlaces(not, gazetteer);
    }

    /** Places named in {@code text}, in text order; offsets are into {@code text}. */
    public List<PlaceMention> find(String text) {
        List<Word> words = WordTokens.of(text);
        TextContext ctx = new TextContext(text, words, not);
        exactPass(ctx); // first pass only teaches ctx the people named anywhere ("Simona Halep")
        List<Candidate> found = exactPass(ctx);
        boolean[] covered = new boolean[words.size()];
        for (Candidate c : found) {
            for (int k = c.firstWord(); k < c.lastWord(); k++) {
                covered[k] = true;
            }
        }
        // second chance: loose spellings ("Latamneh") of places in the story's own country
        String home = new Disambiguator(found).mainCountry(0.4);
        if (home != null) {
            for (int i = 0; i < words.size(); i++) {
                if (!covered[i]) {
                    Candidate c = matchAt(ctx, i, home);
                    if (c != null) {
                        found.add(c);
                        i = c.lastWord() - 1;
                    }
                }
            }
            found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        Disambiguator d = new Disambiguator(found);
        List<PlaceMention> out = new ArrayList<>();
        // only names the gazetteer placed are taken: one it knows only abroad ("the Nigerian town of
        // Baga", a Baga in Goa) is refused by the context and left for the text to introduce
        boolean[] taken = new boolean[text.length()];
        for (Candidate c : found) {
            GazetteerEntry e = d.choose(c);
            if (e != null) {
                out.add(new PlaceMention(c.start(), c.end(), c.surface(), place(e, c)));
                java.util.Arrays.fill(taken, c.start(), c.end(), true);
            }
        }
        List<PlaceMention> introduced = introducedPlaces.find(text, taken, home, out);
        if (!introduced.isEmpty()) {
            out.addAll(introduced);
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return IntroducedPlaces.sites(text, out);
    }

    private List<Candidate> exactPass(TextContext ctx) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < ctx.words.size(); ) {
            Candidate c = matchAt(ctx, i, null);
            if (c == null) {
                i++;
            } else {
                found.add(c);
                i = c.lastWord();
            }
        }
        // a one-word name on a title-case line ("Halep Shocks Serena", a byline) counts only when
        // the body names it too, or it is a country
        Set<String> body = new HashSet<>();
        for (Candidate c : found) {
            if (!ctx.isHeadline(c.firstWord())) {
                body.add(NameNormaliser.key(c.surface()));
            }
        }
        found.removeIf(c -> ctx.isHeadline(c.firstWord()) && c.lastWord() - c.firstWord() == 1
                && c.entries().stream().noneMatch(GazetteerEntry::isCountry)
                && !body.contains(NameNormaliser.key(c.surface())));
        return found;
    }

    private static Place place(GazetteerEntry e, Candidate c) {
        Place p = e.toPlace(displayName(c.surface()));
        if (c.kind() == Candidate.Kind.SITE && !"site".equals(p.precision())) {
            return new Place(p.name(), p.lat(), p.lon(), p.country(), p.admin1(), p.geonamesId(), "site");
        }
        return p;
    }

    /** "al-Bab" -> "Al-Bab"; line breaks and double spaces inside a name collapse. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static String displayName(String surface) {
        String s = SPACES.matcher(surface).replaceAll(" ").strip();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The longest acceptable place name starting at word {@code i}, or null. With {@code fuzzyIn}
     * set, matches by skeleton key and keeps only entries of that country.
     */
    private Candidate matchAt(TextContext ctx, int i, String fuzzyIn) {
        List<Word> words = ctx.words;
        Word first = words.get(i);
        if (!first.capitalised() || ctx.afterTitle(i)) {
            return null;
        }
        String firstKey = NameNormaliser.key(first.text());
        if (not.stop.contains(firstKey) && !NAME_STARTS.contains(firstKey) && !first.allCaps()) {
            return null; // "The", "On", "In" at a sentence start: the name, if any, starts later
        }
        int chainEnd = i + 1;
        while (chainEnd < words.size() && chainEnd - i < MAX_WORDS && words.get(chainEnd).joined()
                && (words.get(chainEnd).capitalised() || PARTICLES.contains(words.get(chainEnd).lower()))) {
            chainEnd++;
        }
        for (int end = chainEnd; end > i; end--) {
            Word last = words.get(end - 1);
            if (!last.capitalised()) {
                continue;
            }
            String surface = ctx.text.substring(first.start(), last.end());
            String key = NameNormaliser.key(surface);
            if (key.length() < 2 || key.length() < 3 && !allCaps(words, i, end) || not.phrases.contains(key)
                    || allStop(words, i, end) && !allCaps(words, i, end)
                    // "the 59th Division", "the Front": a unit or a body, whatever village shares its name
                    || end - i == 1 && not.orgHeads.contains(key) && !allCaps(words, i, end)) {
                continue;
            }
            int sfx = suffixWords(words, end);
            if (sfx > 0 && fuzzyIn == null) {
                // "Hayyan oilfield", "Mosul dam": the site itself may be in the gazetteer
                String whole = ctx.text.substring(first.start(), words.get(end + sfx - 1).end());
                List<GazetteerEntry> site = gazetteer.lookup(NameNormaliser.key(whole));
                if (!site.isEmpty() && ctx.plausibleChain(i, end + sfx, this)) {
                    return new Candidate(i, end + sfx, first.start(), words.get(end + sfx - 1).end(), whole,
                            site, Candidate.Kind.PLAIN, false);
                }
            }
            List<GazetteerEntry> entries = lookup(key, fuzzyIn);
            if (entries.isEmpty()) {
                continue;
            }
            if (allCaps(words, i, end) || end - i == 1 && (ctx.usedLowercase(key)
                    || ctx.persons.contains(key) && !ctx.placeFrame(i))) {
                entries = entries.stream().filter(e -> e.curated() || e.isCountry()).toList();
                if (entries.isEmpty()) {
                    continue;
                }
            }
            if (!ctx.plausibleChain(i, end, this)) {
                return null;
            }
            if (end - i == 1 && speaker(ctx.text, last.end()) && (i == 0 || !LOCATIVE_BEFORE.contains(words.get(i - 1).lower()))) {
                return null; // "Noman also said", "Kabul says": a person or a government speaking, not a place
            }
            return withSuffix(ctx, i, end, entries, fuzzyIn != null);
        }
        return null;
    }

    private static final java.util.regex.Pattern SPEECH_AFTER = java.util.regex.Pattern.compile(
            "^\\s+(?:(?:also|further|later|then|previously|earlier)\\s+)?(?:said|says|told|added|stated|explained|noted|insisted|claimed)\\b");

    /** "a rebel army in Myanmar says": the place of the one who speaks. */
    private static final Set<String> LOCATIVE_BEFORE = Set.of("in", "at", "from", "of", "near", "inside", "outside");

    private static boolean speaker(String text, int end) {
        return SPEECH_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).find();
    }

    private boolean allStop(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = NameNormaliser.key(words.get(k).text());
            if (!not.stop.contains(w) && !PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "AM ET", "ISIS", "SDF": short all-capitals words are acronyms unless curated ("US", "UK"). */
    private static boolean allCaps(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            if (!w.allCaps() || w.text().length() > 5) {
                return false;
            }
        }
        return true;
    }

    private List<GazetteerEntry> lookup(String key, String fuzzyIn) {
        if (fuzzyIn == null) {
            return gazetteer.lookup(key);
        }
        String sk = NameNormaliser.skeleton(key);
        if (key.length() < 5 || sk.length() < 4) {
            return List.of();
        }
        char initial = stripArticle(key).charAt(0);
        return gazetteer.lookupSkeleton(sk).stream()
                .filter(e -> fuzzyIn.equals(e.country()) && !e.isCountry())
                .filter(e -> {
                    String k = stripArticle(NameNormaliser.key(e.name()));
                    return !k.isEmpty() && k.charAt(0) == initial && Math.abs(k.length() - key.length()) <= 3;
                }).toList();
    }

    /** Number of suffix words after word {@code end}: "province" 1, "border crossing" 2, else 0. */
    private static int suffixWords(List<Word> words, int end) {
        if (end >= words.size() || !words.get(end).joined()) {
            return 0;
        }
        String next = words.get(end).lower();
        if (end + 1 < words.size() && words.get(end + 1).joined()
                && TWO_WORD_SITES.contains(next + " " + words.get(end + 1).lower())) {
            return 2;
        }
        return ADMIN_SUFFIX.contains(next) || SITE_SUFFIX.contains(next) ? 1 : 0;
    }

    private static String stripArticle(String key) {
        return key.startsWith("al") && key.length() > 4 ? key.substring(2) : key;
    }

    /** Extends over "province", "border crossing", "airport"... and reads "the province of X". */
    private Candidate withSuffix(TextContext ctx, int i, int end, List<GazetteerEntry> entries, boolean fuzzy) {
        List<Word> words = ctx.words;
        Candidate.Kind kind = Candidate.Kind.PLAIN;
        int sfx = suffixWords(words, end);
        boolean hasAdmin1 = entries.stream().anyMatch(GazetteerEntry::isAdmin1);
        if (sfx > 0 && ADMIN_SUFFIX.contains(words.get(end).lower())) {
            kind = hasAdmin1 ? Candidate.Kind.ADMIN : Candidate.Kind.PLAIN;
            sfx = hasAdmin1 ? sfx : 0;
        } else if (sfx > 0) {
            kind = Candidate.Kind.SITE;
        } else if (hasAdmin1 && i >= 2 && "of".equals(words.get(i - 1).lower())
                && ADMIN_SUFFIX.contains(words.get(i - 2).lower())) {
            kind = Candidate.Kind.ADMIN;
        }
        int last = end + sfx;
        int start = words.get(i).start(), stop = words.get(last - 1).end();
        return new Candidate(i, last, start, stop, ctx.text.substring(start, stop), entries, kind, fuzzy);
    }

    /** A word that is a well-known place by itself ("Aleppo" in "Aleppo Homs"), not just any village. */
    boolean isPlaceWord(String key) {
        return gazetteer.lookup(key).stream().anyMatch(Disambiguator::prominent);
    }
}
