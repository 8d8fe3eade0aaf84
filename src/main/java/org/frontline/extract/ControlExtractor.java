package org.frontline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.model.Article;
import org.frontline.model.Control;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Status;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layer;
import org.frontline.pipeline.Layers;
import org.frontline.pipeline.Stage;
import org.frontline.recognise.actor.ActorDictionary;
import org.frontline.recognise.actor.ActorKind;
import org.frontline.recognise.actor.ActorMention;
import org.frontline.recognise.actor.ActorRecogniser;
import org.frontline.recognise.place.PlaceMention;
import org.frontline.recognise.text.Sentence;

/**
 * Who holds which place as of when, as the text asserts it. Two sources: the sentence forms of
 * {@code extract/control.tsv} ("X-held Y", "Y, held by X", "X's stronghold Y", "X retook 40% of
 * Y", "fighting inside Y") and what the document's captures and sieges imply. A side the text
 * puts outside a place (it cuts the road to it, attacks it, flees it) is never named its holder.
 * Each assertion keeps its sources and status; when a party's claim and a report disagree about
 * the same place, both are kept, the report first.
 */
public final class ControlExtractor implements Stage {
    private static final String TAKE = "(?:captur\\w*|conquer\\w*|seiz\\w*|took|taken|take|retook|retak\\w*|recaptur\\w*|overr\\w*|"
            + "re-?occup\\w*|invaded|control\\s+(?:of|over)|liberat\\w*|freed|raised\\s+\\w+\\s+(?:\\w+\\s+)?flag\\s+over)";
    /** "liberated villages of Gulane, Darusalam and Mabah": each place of the list after a plural kind was taken. */
    private static final Pattern KINDS_OF_LIST = Pattern.compile("(?:the\\s+|a\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:towns|villages|districts"
            + "|islands|cities|settlements|localities)\\s+of\\s+(?:[^,.;]{1,40}?(?:,\\s+(?:and\\s+)?|\\s+and\\s+)){0,6}",
            Pattern.CASE_INSENSITIVE);
    /**
     * "seized a district", "retaken the largest town": a place the next sentences name, taken whole. Its verbs
     * are TAKE's without "take", "freed", "invaded" and "control of": built from TAKE, it gave one false holder
     * on the fresh split (Aleppo in a report on Maan) and nothing right.
     */
    private static final Pattern DESCRIBED = Pattern.compile("\\b" + "(?:captur\\w*|conquer\\w*|seiz\\w*|took|taken|retook|retak\\w*"
            + "|recaptur\\w*|overr\\w*|re-?occup\\w*|liberat\\w*)\\s+(?:control\\s+of\\s+)?(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,3}?"
            + "(?:town|city|village|district|capital|island|base)\\b(?!\\s+of\\b)", Pattern.CASE_INSENSITIVE);
    /** Words that put the place beside the thing taken: "villages near X", "gains southeast of X". */
    private static final Pattern BESIDE = Pattern.compile(
            "\\b(?:near|outside|around|towards?|close|edges|outskirts|north|south|east|west|northeast|northwest|"
                    + "southeast|southwest|northern|southern|eastern|western|countryside|villages|parts|areas|positions|"
                    + "checkpoints?|gains|territory|suburbs?|districts?|neighbou?rhoods?|road|highway|stretch|\\d+%|percent)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "the northern town of X", "the strategic provincial capital of X": the words introduce the place itself. */
    private static final Pattern KIND_OF = Pattern.compile("(?:the\\s+|a\\s+)?(?:(?!near\\b|outside\\b|around\\b|towards?\\b|close\\b"
            + "|edges\\b|outskirts\\b|parts\\b|areas\\b|positions\\b|villages\\b|suburbs?\\b|road\\b|highway\\b|\\d)[\\w'’-]+\\s+){0,4}?"
            + "(?:town|city|village|port|capital|stronghold|hub)\\s+of\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT_OF = Pattern.compile("\\d{1,3}\\s?(?:%|percent|per\\s+cent)\\s+of\\b",
            Pattern.CASE_INSENSITIVE);

    private final ActorRecogniser actors;
    private final ControlForms forms;

    public ControlExtractor(ActorRecogniser actors) {
        this(actors, ControlForms.standard());
    }

    ControlExtractor(ActorRecogniser actors, ControlForms forms) {
        this.actors = actors;
        this.forms = forms;
    }

    @Override
    public String name() {
        return "control";
    }

    @Override
    public Set<Layer<?>> requires() {
        // captures as the rules proposed them: the decision layer was trained to score events, not holders
        return Set.of(Layers.ARTICLE, Layers.SENTENCES, Layers.PLACES, Layers.ACTORS, Layers.PROPOSED, Layers.COUNTRY);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.CONTROL);
    }

    /** One document's word on a place, while the document is read. */
    private static final class Claim {
        final Place place;
        final String holder;
        Double share;
        final Set<String> besiegedBy = new LinkedHashSet<>();
        /** Who besieges it when the report says it is besieged but by nobody named. */
        final Set<String> presumedBesiegers = new LinkedHashSet<>();
        final Set<String> contestedBy = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();
        final Status status;
        LocalDate asOf;
        String evidence;
        final boolean stated;

        Claim(Place place, String holder, Double share, List<String> sources, Status status, LocalDate asOf,
              String evidence, boolean stated) {
            this.place = place;
            this.holder = holder;
            this.share = share;
            this.sources.addAll(sources);
            this.status = status;
            this.asOf = asOf;
            this.evidence = evidence;
            this.stated = stated;
        }

        boolean party() {
            return status != Status.REPORTED;
        }

        /** Says more than that the holder holds all of it. */
        boolean qualified() {
            return share != null || !contestedBy.isEmpty();
        }

        Control control() {
            return new Control(place, holder, asOf, share, List.copyOf(besiegedBy), List.copyOf(contestedBy),
                    List.copyOf(sources), status, evidence);
        }
    }

    /** "X took (40% of / several districts of) Y": the taker and, when given, its share. */
    private record Partial(Place place, String taker, Double share, List<String> sources, Status status, String evidence) {
    }

    /** What one document says, gathered sentence by sentence. */
    private static final class Reading {
        final List<Claim> claims = new ArrayList<>();
        final List<Partial> partials = new ArrayList<>();
        final Map<String, Set<String>> contests = new LinkedHashMap<>();
        final Set<String> outside = new HashSet<>();
        final Set<String> besiegers = new HashSet<>();
        final Set<String> partialSentences = new HashSet<>();
        final List<Event> sieges = new ArrayList<>();
        final Set<String> contestSentences = new HashSet<>();
    }

    @Override
    public void apply(Analysis doc) {
        Article article = doc.get(Layers.ARTICLE);
        LocalDate asOf = article.published();
        List<Control> out = List.of();
        if (asOf != null) {
            String country = doc.get(Layers.COUNTRY);
            List<PlaceMention> places = doc.get(Layers.PLACES);
            List<ActorMention> mentions = doc.get(Layers.ACTORS);
            Reading r = new Reading();
            for (Sentence s : doc.get(Layers.SENTENCES)) {
                if (s.text().length() > Sentence.MAX_ANALYSED) {
                    continue;
                }
                if (!forms.anyMayMatch(org.frontline.match.Folded.of(s.text()))) {
                    continue; // no form can match: masking and attribution would be wasted
                }
                SentenceView v = SentenceView.of(s, places, mentions, List.of(), List.of());
                Attribution att = withMonitor(Attribution.of(s.text(), s.start(), v.actors()), v.actors());
                MaskedSentence m = MaskedSentence.of(v, actors, country, forms, mentions, places, article.text());
                read(m, v.text(), att, asOf, r);
            }
            for (Event e : doc.get(Layers.PROPOSED)) {
                implied(e, asOf, r);
            }
            resolvePartials(r, asOf, doc.get(Layers.PROPOSED));
            besiege(r);
            presumeBesiegers(r);
            out = consolidate(r);
        }
        doc.put(Layers.CONTROL, out);
    }

    private void read(MaskedSentence m, String sentence, Attribution att, LocalDate asOf, Reading r) {
        if (m.actors.isEmpty()) {
            return; // every form needs its actor
        }
        org.frontline.match.Folded folded = org.frontline.match.Folded.of(m.text);
        for (ControlForms.Form f : forms.forms) {
            if (!f.gate().mayMatch(folded) || m.places.isEmpty() && f.kind() != ControlForms.Kind.BESIEGER) {
                continue; // the form's literals are missing, or it needs a place the sentence lacks
            }
            org.frontline.match.Prefilter.Matches found = f.gate().matches(m.text, folded); // only where a match can start
            for (Matcher x; (x = found.next()) != null; ) {
                ActorMention a = m.actor(x);
                PlaceMention p = m.place(x);
                if (a == null || (p == null && f.kind() != ControlForms.Kind.BESIEGER)
                        || f.townOnly() && Arguments.coarseness(p.place()) > 0
                        || f.regionOnly() && Arguments.coarseness(p.place()) == 0
                        || f.kind() == ControlForms.Kind.HOLDS && (history(x.group()) || startsWithHolder(x) && lost(m.text, x.start()))) {
                    continue;
                }
                String share = MaskedSentence.group(x, "share");
                Double part = share == null ? halfOrNull(x.group()) : Double.valueOf(Math.min(100, Integer.parseInt(share)) / 100.0);
                switch (f.kind()) {
                    case HOLDS -> {
                        for (PlaceMention q : withCoordinated(m, p, x.end())) {
                            Claim c = new Claim(q.place(), a.canonical(), part, att.sources(), att.status(), asOf,
                                    sentence, true);
                            ActorMention b = m.besieger(x);
                            if (b != null && !b.canonical().equals(a.canonical())) {
                                c.besiegedBy.add(b.canonical());
                            } else if (b == null && besiegedBefore(m.text, x.start())) {
                                c.presumedBesiegers.addAll(unnamedBesieger(a.canonical(), q.place()));
                            }
                            r.claims.add(c);
                        }
                    }
                    case TAKES -> {
                        r.partials.add(new Partial(p.place(), a.canonical(), part, att.sources(), att.status(), sentence));
                        r.partialSentences.add(key(p.place()) + "|" + sentence);
                    }
                    case CONTEST -> {
                        r.contests.computeIfAbsent(key(p.place()), k -> new LinkedHashSet<>()).add(a.canonical());
                        r.contestSentences.add(key(p.place()) + "|" + a.canonical() + "|" + sentence);
                    }
                    case OUTSIDE -> r.outside.add(a.canonical() + "|" + key(p.place()));
                    case BESIEGER -> r.besiegers.add(a.canonical() + "|" + sentence);
                }
            }
        }
    }

    /** "the besieged rebel-held town": the words right before the match say the place is besieged. */
    private boolean besiegedBefore(String masked, int start) {
        return forms.besieged.matcher(masked.substring(Math.max(0, start - 40), start)).find();
    }

    /**
     * Who besieges a place when the report does not say: a place held by an armed group is besieged
     * by the state of its country, the side such sieges are laid by; a state's own place is left
     * unnamed (its besieger could be any of several groups).
     */
    private static List<String> unnamedBesieger(String holder, Place place) {
        ActorDictionary d = ActorDictionary.standard();
        if (d.isState(holder) || d.kindOf(holder) != ActorKind.PARTY) {
            return List.of();
        }
        String state = d.stateOf(place.country());
        return state == null || state.equals(holder) ? List.of() : List.of(state);
    }

    /** A monitor named in the sentence is its source, however the quote is framed ("..., its head told AFP"). */
    private static Attribution withMonitor(Attribution att, List<ActorMention> mentions) {
        if (!att.sources().isEmpty()) {
            return att;
        }
        List<String> monitors = mentions.stream().filter(a -> a.kind() == ActorKind.MONITOR)
                .map(ActorMention::canonical).distinct().toList();
        return monitors.isEmpty() ? att : new Attribution(monitors, att.status());
    }

    /** Words that make a match history ("used to be X's"), outside any relative clause inside it. */
    private boolean history(String match) {
        return forms.past.matcher(RELATIVE.matcher(match).replaceAll(",")).find();
    }

    private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:which|who|that|where)\\b[^,]*,");

    /**
     * The match opens with its holder ("IS capital of Y"), so words before it can make the holder
     * the loser; "captured the town before IS pushed them out" opens with the place instead.
     */
    private static boolean startsWithHolder(Matcher x) {
        return x.start("a") - MaskedSentence.OPEN.length() - 1 == x.start();
    }

    /** "retook the IS capital of Y": the words before the match make its holder the loser. */
    private boolean lost(String masked, int start) {
        return forms.lost.matcher(masked.substring(Math.max(0, start - 40), start)).find();
    }

    /** The place of a match and those listed right after it: "the separatist cities of X and Y". */
    private static List<PlaceMention> withCoordinated(MaskedSentence m, PlaceMention p, int end) {
        List<PlaceMention> out = new ArrayList<>(List.of(p));
        Matcher more = COORDINATED.matcher(m.text).region(end, m.text.length());
        while (more.lookingAt()) {
            out.add(m.places.get(Integer.parseInt(more.group(1))));
            more.region(more.end(), m.text.length());
        }
        return out;
    }

    private static final Pattern COORDINATED = Pattern.compile(
            "(?:\\s*,\\s*|,?\\s+and\\s+)" + MaskedSentence.OPEN + "P(\\d+)" + MaskedSentence.CLOSE);

    private static Double halfOrNull(String match) {
        return match.toLowerCase(Locale.ROOT).contains("half") ? 0.5 : null;
    }

    private void implied(Event e, LocalDate asOf, Reading r) {
        if (e.place() == null || Arguments.isCountry(e.place()) || "admin1".equals(e.place().precision())) {
            return;
        }
        String k = key(e.place());
        if (e.type() == EventType.TERRITORY_CAPTURED && !e.actor1().isEmpty() && takesThePlaceItself(e)
                && !r.outside.contains(e.actor1().get(0) + "|" + k)
                && r.partialSentences.stream().noneMatch(s -> s.startsWith(k + "|") && e.evidence().contains(s.substring(k.length() + 1)))) {
            // the story asserts the taker holds it now, whenever the capture was
            r.claims.add(new Claim(e.place(), e.actor1().get(0), null, e.sources(), status(e), asOf, e.evidence(), false));
        } else if (e.type() == EventType.SIEGE && !e.actor1().isEmpty()) {
            r.sieges.add(e); // besiegers only: who holds the besieged place, the siege does not say
        }
    }

    /**
     * A siege adds its besiegers to what the document says of the place's holder on the siege's
     * day or later; it never names the holder itself ("IS cut the road to rebel-held Azaz" is no
     * IS-held Azaz). A siege whose besiegers include the holder, that besieges another side than the
     * holder, or that ended before the claim's day, adds nothing.
     */
    private static void besiege(Reading r) {
        for (Event e : r.sieges) {
            String k = key(e.place());
            for (Claim c : r.claims) {
                if (!key(c.place).equals(k) || e.actor1().contains(c.holder)
                        || !e.actor2().isEmpty() && !e.actor2().contains(c.holder) // it besieges someone else
                        || e.date() != null && e.date().end() != null && e.date().end().isBefore(c.asOf.minusDays(1))) {
                    continue;
                }
                c.besiegedBy.addAll(e.actor1());
            }
        }
    }

    /** A besieged place whose siege names no besieger anywhere in the report gets the presumed one. */
    private static void presumeBesiegers(Reading r) {
        for (Claim c : r.claims) {
            if (!c.presumedBesiegers.isEmpty()
                    && r.claims.stream().noneMatch(o -> key(o.place).equals(key(c.place)) && !o.besiegedBy.isEmpty())) {
                c.besiegedBy.addAll(c.presumedBesiegers);
            }
        }
    }

    /** An event told only on the word of a party or its media ("according to state TV") is that party's claim. */
    private static Status status(Event e) {
        if (e.status() == Status.REPORTED && !e.sources().isEmpty() && e.sources().stream().allMatch(src -> {
            ActorKind k = ActorDictionary.standard().kindOf(src);
            return k == ActorKind.MEDIA || k == ActorKind.PARTY;
        })) {
            return Status.CLAIMED;
        }
        return e.status();
    }

    /**
     * A partial capture names the taker; the other side comes from the document's other word on
     * the place (or the capture's loser). The side with the larger part holds it, the other contests it.
     */
    private static void resolvePartials(Reading r, LocalDate asOf, List<Event> events) {
        for (Partial p : r.partials) {
            String k = key(p.place());
            String other = r.claims.stream().filter(c -> key(c.place).equals(k) && !c.holder.equals(p.taker()))
                    .map(c -> c.holder).reduce((a, b) -> b).orElse(null);
            if (other == null) {
                other = events.stream().filter(e -> e.place() != null && key(e.place()).equals(k)
                                && e.actor1().contains(p.taker()) && !e.actor2().isEmpty())
                        .map(e -> e.actor2().get(0)).findFirst().orElse(null);
            }
            Claim c;
            if (p.share() != null && p.share() > 0.5 || other == null) {
                c = new Claim(p.place(), p.taker(), p.share(), p.sources(), p.status(), asOf, p.evidence(), true);
                if (other != null) {
                    c.contestedBy.add(other);
                }
            } else {
                Double rest = p.share() == null ? null : Math.round((1 - p.share()) * 100) / 100.0;
                c = new Claim(p.place(), other, rest, p.sources(), p.status(), asOf, p.evidence(), true);
                c.contestedBy.add(p.taker());
            }
            if (other == null && p.share() == null) {
                continue; // "IS entered X": who else is there, the text does not say
            }
            r.claims.add(c);
        }
    }

    /**
     * One assertion per place and side of the word: the outlet's or a monitor's report, and a
     * party's claim when it says otherwise. Among reports of different holders the latest wins,
     * then a stated form over an implied one.
     */
    private List<Control> consolidate(Reading r) {
        Map<String, List<Claim>> byPlace = new LinkedHashMap<>();
        Map<String, List<Claim>> byName = new LinkedHashMap<>();
        for (Claim c : r.claims) {
            if (r.outside.contains(c.holder + "|" + key(c.place)) && !c.stated) {
                continue;
            }
            Set<String> contest = r.contests.getOrDefault(key(c.place), Set.of());
            if (!c.party()) { // a party's claim of the place is its own word, not the report's
                contest.stream().filter(a -> !a.equals(c.holder)).forEach(c.contestedBy::add);
            } else { // ... unless the report says so in the claim's own sentence ("X said it took Y, but Z insisted on fighting")
                contest.stream().filter(a -> !a.equals(c.holder) && r.contestSentences.stream().anyMatch(x -> x.startsWith(key(c.place) + "|" + a + "|")
                                && c.evidence.contains(x.substring(key(c.place).length() + a.length() + 2))))
                        .forEach(c.contestedBy::add);
            }
            // one place to a single report: the same entry, or a city and its province of the same name
            String name = c.place.name().toLowerCase(Locale.ROOT);
            List<Claim> group = byPlace.get(key(c.place));
            if (group == null) {
                group = byName.computeIfAbsent(name, k -> new ArrayList<>());
                byPlace.put(key(c.place), group);
            }
            byName.putIfAbsent(name, group);
            group.add(c);
        }
        List<Control> out = new ArrayList<>();
        for (List<Claim> claims : new java.util.LinkedHashSet<>(byPlace.values())) {
            Claim report = pick(claims.stream().filter(c -> !c.party()).toList());
            Claim party = pick(claims.stream().filter(Claim::party).toList());
            if (report != null) {
                for (Claim c : claims) {
                    if (!c.party() && c.holder.equals(report.holder) && c != report) {
                        absorb(report, c);
                    }
                }
            }
            if (party != null) {
                for (Claim c : claims) {
                    if (c.party() && c.holder.equals(party.holder) && c != party) {
                        absorb(party, c);
                    }
                }
            }
            if (report != null && party != null && report.holder.equals(party.holder)
                    && party.qualified() == report.qualified() && java.util.Objects.equals(party.share, report.share)) {
                absorb(report, party); // they agree: one assertion, every source
                party = null;
            }
            if (report != null) {
                out.add(report.control());
            }
            if (party != null) {
                out.add(party.control());
            }
        }
        return List.copyOf(out);
    }

    private static Claim pick(List<Claim> claims) {
        Claim best = null;
        for (Claim c : claims) {
            if (best == null || c.asOf.isAfter(best.asOf) || c.asOf.equals(best.asOf)
                    && (c.qualified() && !best.qualified() || c.stated && !best.stated && c.qualified() == best.qualified())) {
                best = c;
            }
        }
        return best;
    }

    private static void absorb(Claim into, Claim c) {
        into.sources.addAll(c.sources);
        into.besiegedBy.addAll(c.besiegedBy);
        into.contestedBy.addAll(c.contestedBy);
        into.contestedBy.remove(into.holder);
        if (into.share == null) {
            into.share = c.share;
        }
        if (c.asOf.isAfter(into.asOf)) {
            into.asOf = c.asOf;
        }
    }

    /** "captured the town of X", "X fell to": the place itself was taken, not something near it. */
    static boolean takesThePlaceItself(Event e) {
        String name = Pattern.quote(e.place().name());
        Matcher direct = Pattern.compile("\\b" + TAKE + "\\s+((?:\\S+\\s+){0,8}?)" + name, Pattern.CASE_INSENSITIVE)
                .matcher(e.evidence());
        while (direct.find()) {
            if (KIND_OF.matcher(direct.group(1)).matches() || KINDS_OF_LIST.matcher(direct.group(1)).matches()
                    || !BESIDE.matcher(direct.group(1)).find() && !PERCENT_OF.matcher(direct.group(1)).find()) {
                return true;
            }
        }
        if (!e.evidence().toLowerCase(Locale.ROOT).contains(e.place().name().toLowerCase(Locale.ROOT))
                && DESCRIBED.matcher(e.evidence()).find()) {
            return true; // the town the sentence describes and the story names elsewhere
        }
        // "took a string of nearby villages they had fought over, including X, Y and Z"
        if (Pattern.compile("\\b" + TAKE + "\\s+(?:\\S+\\s+){0,6}?(?:villages|towns|cities|areas|districts|settlements|positions)\\b"
                + "[^.;]{0,80}?\\b(?:including|among\\s+them|such\\s+as)\\s+[^.;]{0,80}?" + name, Pattern.CASE_INSENSITIVE)
                .matcher(e.evidence()).find()) {
            return true;
        }
        return Pattern.compile(name + "\\s+(?:\\w+\\s+){0,3}?(?:fell|falls|(?:was|were|(?:has|have|had)\\s+been)\\s+(?:\\w+ly\\s+)?"
                + "(?:captured|seized|taken|retaken|recaptured|overrun|occupied)|(?:has|had)\\s+fallen)", Pattern.CASE_INSENSITIVE)
                .matcher(e.evidence()).find();
    }

    static String key(Place p) {
        return p.geonamesId() != null ? "g" + p.geonamesId()
                : p.lat() != null ? String.format(Locale.ROOT, "%.2f,%.2f", p.lat(), p.lon())
                : p.name().toLowerCase(Locale.ROOT);
    }
}
