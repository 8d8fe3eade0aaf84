package org.frontline.recognise.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;
import org.frontline.model.Place;

/**
 * Places the gazetteer does not know but the text introduces as places: "the village of X",
 * "the border town of X", "the X camp", "the X area". The name is kept as written, in the
 * story's country, without coordinates and with precision {@code approximate}: a place missing
 * from the gazetteer is still a place, and never another town's name.
 */
final class IntroducedPlaces {
    static final String PRECISION = "approximate";

    private static final String WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*";
    /** A name: capitalised words, with lower-case particles inside ("Nhica do Rovuma", "Ras al-Jadda"). */
    private static final String PARTICLE = "(?:al|el|ad|ar|as|ash|az|an|ad|ed|ez|de|da|do|du|dos|das|wa|bin|ibn|la|le)";
    /** "al-Bayd", "el-Fasher": a name may open with its article. */
    private static final String FIRST = "(?:" + PARTICLE + "-)?" + WORD;
    private static final String NAME = FIRST + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + WORD + "|\\s+" + PARTICLE + "-" + WORD
            + "){0,3}";
    private static final String KINDS = "towns?|villages?|city|hamlets?|settlements?|islands?|localit(?:y|ies)|districts?"
            + "|townships?"
            + "|neighbou?rhoods?|suburbs?|commune|camps?|outposts?|garrison|base|district\\s+cent(?:er|re)";
    /** "the (border) town of X", "the villages of X and Y". */
    private static final Pattern OF = Pattern.compile("\\b(" + KINDS + ")\\s+of\\s+(" + NAME + ")");
    /** A name followed by its kind: "Hodeida's X village", "X military base", "X province" (the name is group 1). */
    private static final String NAME_THEN_KIND = "(?:\\p{L}+['’]s\\s+)?(" + NAME + ")\\s+(?:(?:military|army|air"
            + "|refugee|displacement|IDP|police)\\s+)?(?:village|hamlet|settlement|locality|area|camp|base|district|island|town|township"
            + "|checkpoint|outpost|province|county|prefecture)\\b";
    /** "the X camp", "in X village", "the X military base". */
    private static final Pattern BEFORE_KIND = Pattern.compile(
            "\\b(?:[Tt]he|in|at|near|nearby|of|on|from|into|to|across|around|outside|inside|toward|towards)\\s+" + NAME_THEN_KIND);
    /**
     * "X village ... witnessed", opening a line or a quotation. Kept apart from {@link #BEFORE_KIND},
     * whose matches all start with one of its words and so are tried only there.
     */
    private static final Pattern OPENING_KIND = Pattern.compile("(?:(?m:^)[\"“‘]?|[\"“‘])" + NAME_THEN_KIND);
    /** "at Bassira, a border village, in ...": a name the next words call a village or town. */
    private static final Pattern APPOSED_KIND = Pattern.compile("\\b(?:in|at|near|of|on|from|into|to|attacked|raided|stormed)\\s+("
            + NAME + "),\\s+an?\\s+(?:(?:small|remote|border|farming|fishing|mountain|mountainous|rural|frontline|front-line|nearby"
            + "|neighbou?ring|strategic|key|coastal|desert|riverside|mining|garrison|market|district|regional)\\s+){0,2}"
            + "(?:village|town|hamlet|settlement|locality|commune|trading\\s+centre|trading\\s+center)\\b"
            // the kind ends the phrase ("a border village, in"), it does not qualify a person ("a village chief")
            + "(?=\\s*(?:[,.;:)\u2014]|$)|\\s+(?:in|on|near|of|about|some|located|situated|close|north|south|east|west|where|which|that)\\b)");
    /** "a string of nearby villages ..., including X, Y and Z": the places a plural kind lists. */
    private static final Pattern INCLUDING = Pattern.compile("\\b(?:villages|towns|cities|districts|townships|settlements"
            + "|localities|hamlets|islands|areas)\\b[^.;:!?]{0,80}?\\b(?:including|included|include|includes|among\\s+them|such\\s+as)\\s+(" + NAME + ")");
    /** "took Gambale, about 45 km east of Jowhar": a name placed by its distance from another is a place. */
    private static final Pattern DISTANCE = Pattern.compile("\\s*,\\s*(?:(?:about|some|around|roughly|nearly"
            + "|approximately|just|only)\\s+)?\\d+(?:[.,]\\d+)?\\s*-?\\s*(?:km|kms|kilometres|kilometers|miles)\\b"
            + "(?:\\s*\\([^)]{0,20}\\))?\\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+)?(?:of|from)\\b");
    /** The name a distance phrase follows, read back from where the phrase starts. */
    private static final Pattern NAME_BEFORE = Pattern.compile("(" + NAME + ")$");
    /** "... of X, Y and Z": the further names of a list after an introduced one. */
    private static final Pattern MORE = Pattern.compile("\\G(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(" + NAME + ")");

    /** "took Gambale", "overran Mubarak and Awdhegle": the object of a verb that takes places ({@code place-verbs.txt}). */
    private static final Pattern AFTER_VERB = Pattern.compile("\\b(?:" + String.join("|", words("/gazetteer/place-verbs.txt"))
            + ")\\s+(" + NAME + ")(?=\\s*(?:[,.;:)\u2014]|\\(|$)|\\s+(?:and|on|in|near|from|after|before|without|early|late"
            + "|last|this|overnight|outside|north|south|east|west)\\b)");

    /** "near the Sulare Island", "on Mecungo Island": a capitalised island is named with its kind. */
    private static final Pattern NAMED_ISLAND = Pattern.compile("\\b(?:[Tt]he|on|near|at|off|of|to)\\s+(" + WORD
            + "(?:\\s+" + WORD + "){0,2}?\\s+(?:Island|Islands|Isle|Atoll))\\b");

    /** "Mt. Qandil", "Mount Sinjar": a mountain is a place. */
    private static final Pattern MOUNTAIN = Pattern.compile("\\b(?:Mt\\.?|Mount|Jebel|Jabal)\\s+(" + NAME + ")");

    /** "Kuntuwarey had been seized", "X fell to the rebels": the subject of a passive capture is a place. */
    private static final Pattern BEFORE_PASSIVE = Pattern.compile("(?:^|[.!?]\\s+|,\\s+|\\band\\s+|\\bthat\\s+)(" + NAME
            + ")\\s+(?:(?:had|has|have)\\s+)?(?:(?:been|was|were)\\s+(?:(?:\\w+ly|also|then|now)\\s+)?(?:seized|captured|taken"
            + "|overrun|recaptured|retaken|liberated)|fell\\s+(?:to|into))\\b", Pattern.MULTILINE);

    private static List<String> words(String resource) {
        return org.frontline.recognise.DataFile.rows(resource).stream().map(r -> r[0]).toList();
    }

    private final NotPlaces not;
    private final Gazetteer gazetteer;

    IntroducedPlaces(NotPlaces not, Gazetteer gazetteer) {
        this.not = not;
        this.gazetteer = gazetteer;
    }

    /** A name the context refused that the gazetteer still knows in the story's country: that entry. */
    private Place known(String surface, String key, String country) {
        if (country == null) {
            return null;
        }
        return gazetteer.lookup(key).stream()
                .filter(e -> country.equals(e.country()) && !e.isCountry() && !e.isAdmin1())
                .max(java.util.Comparator.comparingLong(GazetteerEntry::population))
                .map(e -> e.toPlace(PlaceRecogniser.displayName(surface))).orElse(null);
    }

    /**
     * Introduced names in {@code text} that no known place covers; {@code covered} marks the
     * characters that known places already take.
     */
    List<PlaceMention> find(String text, boolean[] covered, String country) {
        return find(text, covered, country, List.of());
    }

    /** "the X camp south of Y", "the X district of the city": the named anchor a place lies in or by. */
    private static final Pattern ANCHOR_GAP = Pattern.compile("^\\s*(?:,\\s*(?:(?:about|some|around|roughly|nearly"
            + "|approximately|just|only)\\s+)?\\d+(?:[.,]\\d+)?\\s*-?\\s*(?:km|kms|kilometres|kilometers|miles)"
            + "(?:\\s*\\([^)]{0,20}\\))?\\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+)?(?:of|from)"
            + "|(?:\\w+\\s+){0,2}?(?:of|in|near|outside|(?:north|south|east|west)(?:-?(?:east|west))?\\s+of)"
            // "Safireh, a town that borders Aleppo", "Bassira, a border village, in the Maradi region"
            + "|,\\s+an?\\s+(?:[\\w'’-]+\\s+){0,3}?(?:village|town|hamlet|settlement|locality|commune)\\s*,?\\s+(?:that\\s+borders"
            + "|bordering|close\\s+to|(?:\\w+\\s+)?(?:of|in|near|outside)))"
            + "\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_THE_CITY = Pattern.compile("^\\s*(?:\\w+\\s+){0,2}?(?:of|in)\\s+the\\s+(?:city|town|capital)\\b");

    /**
     * As {@link #find(String, boolean[], String)}, placing each introduced name at the known
     * place it is said to lie in or by ({@code known}, in text order), when the text says so.
     */
    List<PlaceMention> find(String text, boolean[] covered, String country, List<PlaceMention> known) {
        List<PlaceMention> found = find0(text, covered, country);
        found = locatedIn(text, covered, country, known, found);
        List<PlaceMention> out = new ArrayList<>(found.size());
        for (PlaceMention p : found) {
            String after = text.substring(p.end(), Math.min(text.length(), p.end() + 60));
            if (p.place().lat() == null && OF_THE_CITY.matcher(after).find()) {
                // "the X district of the city": a part of the city just named; the city is the place
                Place city = lastTownBefore(p, known);
                if (city != null) {
                    out.add(new PlaceMention(p.start(), p.end(), p.surface(), city));
                }
                continue;
            }
            Place anchor = p.place().lat() == null ? anchor(text, p, known) : null;
            out.add(anchor == null ? p : new PlaceMention(p.start(), p.end(), p.surface(), new Place(p.place().name(),
                    anchor.lat(), anchor.lon(), anchor.country(), anchor.admin1(), null, PRECISION)));
        }
        return out;
    }

    /** "in Kalash in Chitral district", "in Tillia in the northern part of Niger's Tahoua region", "in X, one of the cities of Y". */
    private static final Pattern IN_NAME = Pattern.compile("\\b(?:in|at|near)\\s+(" + NAME + ")(?=\\s+(?:in|near)\\s"
            + "|\\s*,\\s+(?:one\\s+of\\s+the\\s+(?:cities|towns|villages|districts)\\s+of|in)\\s)");
    private static final Prefilter IN_NAME_FILTER = Prefilter.of(IN_NAME);
    /** The words between such a name and the known place it is said to lie in. */
    private static final Pattern LOCATED_GAP = Pattern.compile("^\\s*(?:,\\s*(?:one\\s+of\\s+the\\s+\\w+\\s+of|in)|in|near)\\s+"
            + "(?:the\\s+)?(?:(?:north|south|east|west)\\w*\\s+(?:part|parts|side|edge)\\s+of\\s+(?:the\\s+)?)?(?:\\p{L}+['’]s\\s+)?$");

    /**
     * A name the gazetteer lacks, said to lie in a place it knows ("attacked posts in Kalash in
     * Chitral district"): the second place locates the first, so the first is a place too. Each
     * is added to {@code found}, still without coordinates (the anchor may be a whole province).
     */
    private List<PlaceMention> locatedIn(String text, boolean[] covered, String country, List<PlaceMention> known,
                                         List<PlaceMention> found) {
        if (known.isEmpty() || text.indexOf(" in ") < 0) {
            return found;
        }
        List<PlaceMention> out = null;
        Prefilter.Matches ms = IN_NAME_FILTER.matches(text, Folded.of(text));
        for (Matcher m; (m = ms.next()) != null; ) {
            int end = m.end(1);
            boolean located = false;
            for (PlaceMention k : known) {
                if (k.start() >= end && k.start() - end <= 60) {
                    located = LOCATED_GAP.matcher(text.substring(end, k.start())).matches();
                    break;
                }
            }
            if (!located || person(m.group(1))) {
                continue;
            }
            List<PlaceMention> added = new ArrayList<>();
            add(added, text, covered, country, m.start(1), end);
            for (PlaceMention a : added) {
                boolean overlaps = found.stream().anyMatch(f -> f.start() < a.end() && a.start() < f.end());
                if (!overlaps) {
                    if (out == null) {
                        out = new ArrayList<>(found);
                    }
                    out.add(a);
                }
            }
        }
        if (out == null) {
            return found;
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static final String SITE_KINDS = "airport|airbase|air\\s+base|airfield|seaport|port";
    /** "Hodeida's airport", "Hodeida's main airport". */
    private static final Pattern SITE_AFTER = Pattern.compile("^['’]s\\s+(?:(?:main|international|military|civilian|old"
            + "|new)\\s+)?(" + SITE_KINDS + ")\\b");
    /** "the main airport in Tripoli", "the airport of X". */
    private static final Pattern SITE_BEFORE = Pattern.compile("\\b(?:the|its)\\s+(?:(?:main|international|military|civilian"
            + "|old|new)\\s+)?(" + SITE_KINDS + ")\\s+(?:in|of|outside)\\s+(?:the\\s+(?:city\\s+of\\s+)?|\\p{L}+['’]s\\s+"
            + "(?:capital|city)\\s+)?$");

    /**
     * A town's airport or port the text names by the town ("Hodeida's airport", "the main airport in
     * Tripoli") is a site of its own, at the town: {@code places} with each such town replaced by the site.
     */
    static List<PlaceMention> sites(String text, List<PlaceMention> places) {
        List<PlaceMention> out = null;
        for (int i = 0; i < places.size(); i++) {
            PlaceMention k = places.get(i);
            if (k.place().lat() == null || !town(k.place()) || "site".equals(k.place().precision())) {
                continue;
            }
            Matcher after = SITE_AFTER.matcher(text.substring(k.end(), Math.min(text.length(), k.end() + 40)));
            Matcher before = SITE_BEFORE.matcher(text.substring(Math.max(0, k.start() - 45), k.start()));
            PlaceMention site = null;
            if (after.find()) {
                site = site(text, k, k.start(), k.end() + after.end(), after.group(1));
            } else if (before.find()) {
                site = site(text, k, k.start() - (Math.min(45, k.start()) - before.start(1)), k.end(), before.group(1));
            }
            if (site != null) {
                if (out == null) {
                    out = new ArrayList<>(places);
                }
                out.set(i, site);
            }
        }
        if (out == null) {
            return places;
        }
        // "the airport in Libya's capital Tripoli": what the site's words name inside it is part of it
        List<PlaceMention> sites = out.stream().filter(p -> !places.contains(p)).toList();
        out.removeIf(p -> places.contains(p) && sites.stream().anyMatch(q -> q.start() < p.end() && p.start() < q.end()));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static PlaceMention site(String text, PlaceMention town, int start, int end, String kind) {
        Place p = town.place();
        String name = PlaceRecogniser.displayName(town.surface()) + " " + kind.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return new PlaceMention(start, end, text.substring(start, end),
                new Place(name, p.lat(), p.lon(), p.country(), p.admin1(), null, "site"));
    }

    private static Place anchor(String text, PlaceMention p, List<PlaceMention> known) {
        for (PlaceMention k : known) {
            if (k.start() >= p.end() && k.start() - p.end() <= 50 && k.place().lat() != null && town(k.place())
                    && ANCHOR_GAP.matcher(text.substring(p.end(), k.start())).find()) {
                return k.place();
            }
        }
        return null;
    }

    private static Place lastTownBefore(PlaceMention p, List<PlaceMention> known) {
        PlaceMention last = null;
        for (PlaceMention k : known) {
            if (k.end() <= p.start() && k.place().lat() != null && town(k.place())) {
                last = k;
            }
        }
        return last == null ? null : last.place();
    }

    private static boolean town(Place p) {
        return !"country".equals(p.precision()) && !"admin1".equals(p.precision()) && !"region".equals(p.precision());
    }

    /** The whole-text rules, each tried only where its literals stand. */
    private static final java.util.Map<Pattern, Prefilter> FILTERS = java.util.stream.Stream.of(OF, BEFORE_KIND, INCLUDING,
            AFTER_VERB, MOUNTAIN, NAMED_ISLAND, BEFORE_PASSIVE, DISTANCE, APPOSED_KIND, OPENING_KIND).collect(java.util.stream.Collectors.toMap(p -> p, Prefilter::of));

    private List<PlaceMention> find0(String text, boolean[] covered, String country) {
        List<PlaceMention> out = new ArrayList<>();
        Folded folded = Folded.of(text);
        Prefilter.Matches ms = FILTERS.get(OF).matches(text, folded);
        for (Matcher m; (m = ms.next()) != null; ) {
            boolean plural = m.group(1).endsWith("s");
            add(out, text, covered, country, m.start(2), m.end(2));
            Matcher more = MORE.matcher(text);
            int from = m.end(2);
            while (from < text.length() && more.find(from)) {
                if (!plural && !more.group(0).contains("and")) {
                    break;
                }
                add(out, text, covered, country, more.start(1), more.end(1));
                from = more.end();
            }
        }
        Prefilter.Matches bs = FILTERS.get(BEFORE_KIND).matches(text, folded);
        for (Matcher b; (b = bs.next()) != null; ) {
            add(out, text, covered, country, b.start(1), b.end(1));
        }
        Prefilter.Matches opening = FILTERS.get(OPENING_KIND).matches(text, folded);
        for (Matcher o; (o = opening.next()) != null; ) {
            add(out, text, covered, country, o.start(1), o.end(1));
        }
        String lower = lower(text);
        boolean lists = lower.contains("includ") || lower.contains("among") || lower.contains("such");
        Prefilter.Matches incs = FILTERS.get(INCLUDING).matches(text, folded);
        for (Matcher inc; lists && (inc = incs.next()) != null; ) {
            add(out, text, covered, country, inc.start(1), inc.end(1));
            Matcher more = MORE.matcher(text);
            int from = inc.end(1);
            while (from < text.length() && more.find(from)) {
                add(out, text, covered, country, more.start(1), more.end(1));
                from = more.end();
            }
        }
        Prefilter.Matches verbs = FILTERS.get(AFTER_VERB).matches(text, folded);
        for (Matcher verb; (verb = verbs.next()) != null; ) {
            if (person(verb.group(1))) {
                continue;
            }
            add(out, text, covered, country, verb.start(1), verb.end(1));
            Matcher more = MORE.matcher(text);
            int from = verb.end(1);
            while (from < text.length() && more.find(from) && !person(more.group(1))) {
                add(out, text, covered, country, more.start(1), more.end(1));
                from = more.end();
            }
        }
        Prefilter.Matches apposed = FILTERS.get(APPOSED_KIND).matches(text, folded);
        for (Matcher a; (a = apposed.next()) != null; ) {
            if (!person(a.group(1))) {
                add(out, text, covered, country, a.start(1), a.end(1));
            }
        }
        Prefilter.Matches mountains = FILTERS.get(MOUNTAIN).matches(text, folded);
        for (Matcher mountain; (mountain = mountains.next()) != null; ) {
            add(out, text, covered, country, mountain.start(1), mountain.end(1));
        }
        Prefilter.Matches islands = FILTERS.get(NAMED_ISLAND).matches(text, folded);
        for (Matcher island; (island = islands.next()) != null; ) {
            add(out, text, covered, country, island.start(1), island.end(1));
        }
        Prefilter.Matches passives = FILTERS.get(BEFORE_PASSIVE).matches(text, folded);
        for (Matcher passive; (passive = passives.next()) != null; ) {
            if (!person(passive.group(1))) {
                add(out, text, covered, country, passive.start(1), passive.end(1));
            }
        }
        boolean distances = lower.contains("km") || lower.contains("kilomet") || lower.contains("mile");
        Prefilter.Matches dists = FILTERS.get(DISTANCE).matches(text, folded);
        for (Matcher dist; distances && (dist = dists.next()) != null; ) {
            int from = Math.max(0, dist.start() - 60);
            Matcher name = NAME_BEFORE.matcher(text.substring(from, dist.start()));
            if (name.find()) {
                add(out, text, covered, country, from + name.start(1), from + name.end(1));
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** "the LTTE-held area", "the Houthi-controlled district": who holds it, not the place's name. */
    private static final Pattern HELD_BY = Pattern.compile("-(?:held|controlled|backed|led|occupied|run|allied|aligned|linked)$",
            Pattern.CASE_INSENSITIVE);

    /** Compiled once (String.split and replaceAll compile per call): add runs for every candidate name. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PARTICLE_WORD = Pattern.compile("(?i)" + PARTICLE);

    private void add(List<PlaceMention> out, String text, boolean[] covered, String country, int start, int end) {
        // drop leading stop words ("The", "Saturday") and trailing ones
        String[] words = SPACES.split(text.substring(start, end));
        int first = 0, last = words.length;
        // "El Saliindi", "Al Bayda": an article opening a longer name is part of it
        while (first < last && refused(words[first]) && !(first + 1 < last && PARTICLE_WORD.matcher(words[first]).matches())) {
            start += words[first].length() + whitespaceAfter(text, start + words[first].length());
            first++;
        }
        while (last > first && refused(words[last - 1])) {
            last--;
        }
        if (first >= last) {
            return;
        }
        end = start + String.join(" ", java.util.Arrays.copyOfRange(words, first, last)).length();
        if (end > text.length() || !SPACES.matcher(text.substring(start, end)).replaceAll(" ")
                .equals(String.join(" ", java.util.Arrays.copyOfRange(words, first, last)))) {
            return;
        }
        for (int k = start; k < end; k++) {
            if (covered[k]) {
                return;
            }
        }
        String surface = text.substring(start, end);
        int possessive = Math.max(surface.lastIndexOf("'s "), surface.lastIndexOf("’s "));
        if (possessive > 0) {
            // "Hodeida's Jabal Ras": the place is what the possessive names
            start += possessive + 3;
            surface = text.substring(start, end);
        }
        String key = NameNormaliser.key(surface);
        if (key.length() < 3 || not.phrases.contains(key) || not.orgHeads.contains(key) || HELD_BY.matcher(surface).find()) {
            return;
        }
        for (PlaceMention p : out) {
            if (p.start() == start) {
                return;
            }
        }
        Place known = known(surface, key, country);
        out.add(new PlaceMention(start, end, surface, known != null ? known
                : new Place(PlaceRecogniser.displayName(surface), null, null, country, null, null, PRECISION)));
    }

    /** "captured General X", "stormed the Supreme Council": a name with a title or an organisation's head word. */
    private boolean person(String name) {
        for (String w : name.split("[\\s-]+")) {
            String k = NameNormaliser.key(w);
            if (not.titles.contains(k) || not.orgHeads.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean refused(String word) {
        String k = NameNormaliser.key(word);
        return not.stop.contains(k) || not.titles.contains(k) || MONTHS_DAYS.matcher(word).matches();
    }

    private static int whitespaceAfter(String text, int at) {
        int n = 0;
        while (at + n < text.length() && Character.isWhitespace(text.charAt(at + n))) {
            n++;
        }
        return n;
    }

    private static final Pattern MONTHS_DAYS = Pattern.compile("(?i)(?:january|february|march|april|may|june|july|"
            + "august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?"
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day|north|south|east|west|northern|southern|eastern"
            + "|western|central|upper|lower");

    static boolean introduced(Place p) {
        return PRECISION.equals(p.precision());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
