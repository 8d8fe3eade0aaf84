package org.frontline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.frontline.recognise.actor.ActorKind;
import org.frontline.recognise.actor.ActorMention;
import org.frontline.recognise.actor.ActorRecogniser;
import org.frontline.recognise.place.PlaceMention;

/**
 * A sentence with its armed actors and places replaced by tokens ({@code ⟦A0⟧}, {@code ⟦P1⟧}), so
 * that a control form can say "an actor, then '-held', then a place" in one regex. Actor
 * adjectives ("rebel-held") and anaphors ("the group's") become actor tokens too.
 */
final class MaskedSentence {
    static final String OPEN = "⟦", CLOSE = "⟧";

    final String text;
    final List<ActorMention> actors = new ArrayList<>();
    final List<PlaceMention> places = new ArrayList<>();

    private record Span(int start, int end, Object mention) {
    }

    private MaskedSentence(String text) {
        this.text = text;
    }

    /**
     * @param allActors the document's actor mentions, for what "the group" points back to
     * @param allPlaces the document's place mentions, for what "the town" points back to
     * @param allText   the document's text
     */
    static MaskedSentence of(SentenceView v, ActorRecogniser recogniser, String country, ControlForms forms,
                             List<ActorMention> allActors, List<PlaceMention> allPlaces, String allText) {
        String s = v.text();
        int base = v.sentence().start();
        List<Span> spans = new ArrayList<>();
        for (ActorMention a : v.actors()) {
            if (Arguments.isActing(a)) {
                spans.add(new Span(a.start() - base, a.end() - base, a));
            }
        }
        Matcher adj = forms.adjectiveWord.matcher(s);
        boolean adjectives = forms.adjectiveGate.mayMatch(org.frontline.match.Folded.of(s));
        while (adjectives && adj.find()) {
            List<ActorMention> found = recogniser.find(adj.group(1), country.isEmpty() ? null : country).stream()
                    .filter(Arguments::isActing).toList();
            if (found.isEmpty()) { // "separatist cities": the dictionaries name the group in the plural
                found = recogniser.find(adj.group(1) + "s", country.isEmpty() ? null : country).stream()
                        .filter(Arguments::isActing).toList();
            }
            if (!found.isEmpty()) {
                ActorMention f = found.get(found.size() - 1);
                spans.add(new Span(adj.start(1), adj.end(1), new ActorMention(base + adj.start(1), base + adj.end(1),
                        adj.group(1), f.canonical(), f.kind(), f.associates())));
            }
        }
        Matcher an = forms.anaphor.matcher(s);
        while (an.find()) {
            int from = base + an.start(), to = base + an.end();
            ActorMention group = latestGroup(allActors, from);
            if (group != null && v.actors().stream().noneMatch(a -> a.start() < to && from < a.end())) {
                spans.add(new Span(an.start(), an.end(), new ActorMention(from, to, an.group(), group.canonical(),
                        ActorKind.PARTY, List.of())));
            }
        }
        for (PlaceMention p : v.places()) {
            if (!Arguments.isCountry(p.place())) {
                spans.add(new Span(p.start() - base, p.end() - base, p));
            }
        }
        if (v.places().stream().allMatch(p -> Arguments.isCountry(p.place()))) {
            Matcher town = forms.placeAnaphor.matcher(s);
            while (town.find()) {
                PlaceMention last = latestTown(allPlaces, allText, base + town.start(), forms);
                if (last != null) {
                    spans.add(new Span(town.start(), town.end(), new PlaceMention(base + town.start(), base + town.end(),
                            town.group(), last.place())));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        StringBuilder out = new StringBuilder();
        MaskedSentence m = new MaskedSentence(null);
        int at = 0;
        for (Span sp : spans) {
            if (sp.start() < at) {
                continue; // overlaps one already taken
            }
            out.append(s, at, sp.start());
            if (sp.mention() instanceof ActorMention a) {
                out.append(OPEN).append('A').append(m.actors.size()).append(CLOSE);
                m.actors.add(a);
            } else {
                out.append(OPEN).append('P').append(m.places.size()).append(CLOSE);
                m.places.add((PlaceMention) sp.mention());
            }
            at = sp.end();
        }
        out.append(s.substring(at));
        MaskedSentence done = new MaskedSentence(out.toString());
        done.actors.addAll(m.actors);
        done.places.addAll(m.places);
        return done;
    }

    /** The armed group most recently named before {@code at}, for "the group's", "the militants". */
    static ActorMention latestGroup(List<ActorMention> mentions, int at) {
        ActorMention best = null;
        for (ActorMention a : mentions) {
            if (a.start() >= at) {
                break;
            }
            if (a.kind() == ActorKind.PARTY && !a.canonical().toLowerCase(java.util.Locale.ROOT).contains("government")
                    && a.associates().isEmpty() && !a.surface().matches("(?i).*\\b(?:army|troops|forces|regime|state)\\b.*")) {
                best = a;
            }
        }
        return best;
    }

    /** The town most recently named before {@code at}, landmarks ("east of Y") aside. */
    static PlaceMention latestTown(List<PlaceMention> places, String text, int at, ControlForms forms) {
        PlaceMention best = null;
        for (PlaceMention p : places) {
            if (p.end() > at) {
                break;
            }
            if (Arguments.coarseness(p.place()) == 0 && at - p.end() < 400
                    && !forms.landmark.matcher(text.substring(Math.max(0, p.start() - 30), p.start())).find()) {
                best = p;
            }
        }
        return best;
    }

    ActorMention besieger(Matcher m) {
        return group(m, "b") == null ? null : actors.get(Integer.parseInt(group(m, "b")));
    }

    ActorMention actor(Matcher m) {
        return group(m, "a") == null ? null : actors.get(Integer.parseInt(group(m, "a")));
    }

    PlaceMention place(Matcher m) {
        return group(m, "p") == null ? null : places.get(Integer.parseInt(group(m, "p")));
    }

    static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // the form has no such group
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
