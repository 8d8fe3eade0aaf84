package org.frontline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.model.Article;
import org.frontline.model.Control;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layer;
import org.frontline.pipeline.Layers;
import org.frontline.pipeline.Stage;
import org.frontline.recognise.actor.ActorMention;
import org.frontline.recognise.actor.ActorRecogniser;
import org.frontline.recognise.place.PlaceMention;
import org.frontline.recognise.text.Sentence;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;

/**
 * Who holds which place as of when, as the text asserts it: "X-held", "held by X", "under X's
 * control", "X's stronghold/capital"; and what the document's captures and sieges imply
 * (the taker holds the place; a siege names who is besieged and by whom).
 */
public final class ControlExtractor implements Stage {
    private static final Pattern HELD = Pattern.compile(
            "\\b([\\p{L}'’]+(?:[- ][\\p{L}'’]+)?)[- ](?:held|controlled|dominated|run)\\b");
    private static final Pattern HELD_BY = Pattern.compile(
            "\\b(?:held\\s+by|under\\s+(?:the\\s+)?control\\s+of|controlled\\s+by|in\\s+the\\s+hands\\s+of)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONGHOLD = Pattern.compile(
            "\\b(?:de\\s+facto\\s+capital|stronghold|bastion|last\\s+(?:major\\s+)?(?:stronghold|bastion|bulwark)|heartland)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONGHOLD_AFTER = Pattern.compile(
            "^(?:'s|’s)?\\s+(?:\\w+\\s+){0,2}?" + STRONGHOLD.pattern() + ".*");
    private static final Prefilter HELD_WORDS = Prefilter.of(HELD);
    private static final Prefilter HELD_BY_WORDS = Prefilter.of(HELD_BY);
    private static final Pattern SHARE = Pattern.compile("\\b(\\d{1,3})\\s?(?:%|percent|per\\s+cent)\\s+of\\b");
    private static final String TAKE = "(?:captur\\w*|seiz\\w*|took|taken|take|retook|retak\\w*|recaptur\\w*|overr\\w*|"
            + "control\\s+(?:of|over)|liberat\\w*|raised\\s+\\w+\\s+(?:\\w+\\s+)?flag\\s+over)";
    /** Words that put the place beside the thing taken: "villages near X", "gains southeast of X". */
    private static final Pattern BESIDE = Pattern.compile(
            "\\b(?:near|outside|around|towards?|close|edges|outskirts|north|south|east|west|northeast|northwest|"
                    + "southeast|southwest|northern|southern|eastern|western|countryside|villages|parts|areas|positions|"
                    + "checkpoints?|gains)\\b", Pattern.CASE_INSENSITIVE);

    private final ActorRecogniser actors;

    public ControlExtractor(ActorRecogniser actors) {
        this.actors = actors;
    }

    @Override
    public String name() {
        return "control";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ARTICLE, Layers.SENTENCES, Layers.PLACES, Layers.ACTORS, Layers.EVENTS, Layers.COUNTRY);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.CONTROL);
    }

    @Override
    public void apply(Analysis doc) {
        Article article = doc.get(Layers.ARTICLE);
        LocalDate asOf = article.published();
        Map<String, Control> byPlace = new LinkedHashMap<>();
        if (asOf != null) {
            String country = doc.get(Layers.COUNTRY);
            List<PlaceMention> places = doc.get(Layers.PLACES);
            List<ActorMention> mentions = doc.get(Layers.ACTORS);
            for (Sentence s : doc.get(Layers.SENTENCES)) {
                if (s.text().length() > Sentence.MAX_ANALYSED) {
                    continue;
                }
                SentenceView v = SentenceView.of(s, places, mentions, List.of(), List.of());
                assertions(v, country, asOf, byPlace);
            }
            for (Event e : doc.get(Layers.EVENTS)) {
                implied(e, asOf, byPlace);
            }
        }
        doc.put(Layers.CONTROL, List.copyOf(byPlace.values()));
    }

    private void assertions(SentenceView v, String country, LocalDate asOf, Map<String, Control> out) {
        String text = v.text();
        Folded folded = Folded.of(text);
        Matcher m = HELD.matcher(text);
        boolean held = HELD_WORDS.mayMatch(folded);
        while (held && m.find()) {
            List<ActorMention> who = actors.find(m.group(1), country.isEmpty() ? null : country).stream()
                    .filter(Arguments::isActing).toList();
            PlaceMention pm = placeRightAfter(v, m.end());
            if (!who.isEmpty() && pm != null) {
                put(out, new Control(pm.place(), who.get(who.size() - 1).canonical(), asOf, null, List.of(), List.of(),
                        List.of(), text));
            }
        }
        for (ActorMention a : v.actors()) {
            if (!Arguments.isActing(a)) {
                continue;
            }
            int rel = a.start() - v.sentence().start();
            boolean heldBy = HELD_BY_WORDS.mayMatch(folded) && HELD_BY.matcher(text.substring(0, rel)).find();
            String after = text.substring(a.end() - v.sentence().start(), Math.min(text.length(), a.end() - v.sentence().start() + 40));
            boolean stronghold = STRONGHOLD_AFTER.matcher(after).matches()
                    && !after.contains(",");
            if (heldBy || stronghold) {
                PlaceMention pm = heldBy ? placeBefore(v, a.start()) : placeNear(v, a.end() - v.sentence().start());
                if (pm != null) {
                    put(out, new Control(pm.place(), a.canonical(), asOf, null, List.of(), List.of(), List.of(), text));
                }
            }
        }
    }

    private static void implied(Event e, LocalDate asOf, Map<String, Control> out) {
        if (e.place() == null || Arguments.isCountry(e.place()) || "admin1".equals(e.place().precision())) {
            return;
        }
        if (e.type() == EventType.TERRITORY_CAPTURED && !e.actor1().isEmpty() && takesThePlaceItself(e)) {
            Matcher share = SHARE.matcher(e.evidence());
            if (share.find() && !e.actor2().isEmpty()) {
                double part = Math.min(100, Integer.parseInt(share.group(1))) / 100.0;
                put(out, new Control(e.place(), e.actor2().get(0), e.date().end(), Math.round((1 - part) * 100) / 100.0,
                        List.of(), List.of(e.actor1().get(0)), e.sources(), e.evidence()));
            } else {
                // the story asserts the taker holds it now, whenever the capture was
                put(out, new Control(e.place(), e.actor1().get(0), asOf, null, List.of(), List.of(),
                        e.sources(), e.evidence()));
            }
        } else if (e.type() == EventType.SIEGE && !e.actor2().isEmpty() && !e.actor1().isEmpty()) {
            put(out, new Control(e.place(), e.actor2().get(0), e.date().end(), null, e.actor1(), List.of(),
                    e.sources(), e.evidence()));
        }
    }

    /** "captured the town of X", "X fell to": the place itself was taken, not something near it. */
    static boolean takesThePlaceItself(Event e) {
        String name = Pattern.quote(e.place().name());
        Matcher direct = Pattern.compile("\\b" + TAKE + "\\s+((?:\\S+\\s+){0,5}?)" + name, Pattern.CASE_INSENSITIVE)
                .matcher(e.evidence());
        while (direct.find()) {
            if (!BESIDE.matcher(direct.group(1)).find()) {
                return true;
            }
        }
        return Pattern.compile(name + "\\s+(?:\\w+\\s+){0,2}?(?:fell|falls|was\\s+(?:captured|seized|taken|retaken|recaptured|overrun)"
                + "|has\\s+(?:fallen|been\\s+(?:captured|taken|seized)))", Pattern.CASE_INSENSITIVE).matcher(e.evidence()).find();
    }

    /** Keeps one assertion per place: the latest, with sieges and contests of the same holder combined. */
    private static void put(Map<String, Control> out, Control c) {
        Place p = c.place();
        String key = p.geonamesId() != null ? "g" + p.geonamesId()
                : p.lat() != null ? String.format(java.util.Locale.ROOT, "%.2f,%.2f", p.lat(), p.lon())
                : p.name().toLowerCase(java.util.Locale.ROOT);
        Control old = out.get(key);
        if (old == null) {
            out.put(key, c);
            return;
        }
        if (!old.controller().equals(c.controller())) {
            if (!c.asOf().isBefore(old.asOf())) {
                out.put(key, c);
            }
            return;
        }
        Set<String> besieged = new LinkedHashSet<>(old.besiegedBy());
        besieged.addAll(c.besiegedBy());
        Set<String> contested = new LinkedHashSet<>(old.contestedBy());
        contested.addAll(c.contestedBy());
        Set<String> sources = new LinkedHashSet<>(old.sources());
        sources.addAll(c.sources());
        LocalDate asOf = old.asOf().isAfter(c.asOf()) ? old.asOf() : c.asOf();
        Double share = old.share() != null ? old.share() : c.share();
        out.put(key, new Control(old.place(), old.controller(), asOf, share, new ArrayList<>(besieged),
                new ArrayList<>(contested), new ArrayList<>(sources), old.evidence()));
    }

    /** The place right after a sentence offset (within a few words), else the nearest in the sentence. */
    private static PlaceMention placeNear(SentenceView v, int rel) {
        int abs = v.abs(rel);
        PlaceMention best = null;
        int bestD = Integer.MAX_VALUE;
        for (PlaceMention p : v.places()) {
            if (Arguments.coarseness(p.place()) > 0) {
                continue; // a stronghold or held town is a town, not a province
            }
            int d = p.start() >= abs ? p.start() - abs : (abs - p.end()) * 3;
            if (d < bestD && d < 120) {
                bestD = d;
                best = p;
            }
        }
        return best;
    }

    /** "IS-held Al-Bab", "the rebel-held town of X": the place within a few words, nothing between but words. */
    private static PlaceMention placeRightAfter(SentenceView v, int rel) {
        for (PlaceMention p : v.places()) {
            int ps = p.start() - v.sentence().start();
            if (ps >= rel && !Arguments.isCountry(p.place())) {
                String gap = v.text().substring(rel, ps);
                return gap.matches("\\s+(?:[\\w'’-]+\\s+){0,4}") && !gap.matches("(?s).*\\b(?:near|in|outside|from|to)\\b.*")
                        ? p : null;
            }
        }
        return null;
    }

    private static PlaceMention placeBefore(SentenceView v, int abs) {
        PlaceMention best = null;
        for (PlaceMention p : v.places()) {
            if (p.end() <= abs && !Arguments.isCountry(p.place())) {
                best = p;
            }
        }
        return best;
    }

}
