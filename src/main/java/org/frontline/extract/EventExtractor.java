package org.frontline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.frontline.model.Article;
import org.frontline.model.DateRange;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Route;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layer;
import org.frontline.pipeline.Layers;
import org.frontline.pipeline.Stage;
import org.frontline.recognise.actor.ActorDictionary;
import org.frontline.recognise.number.Figure;
import org.frontline.recognise.place.PlaceMention;
import org.frontline.recognise.text.Sentence;
import org.frontline.recognise.time.TimeMention;

/**
 * Reads events from sentences: a trigger from the lexicon, kept when the sentence states it
 * as fact, with actors, place (or route), date, figures and attribution picked around it;
 * mentions of one event within the document are merged.
 */
public final class EventExtractor implements Stage {
    private static final Set<EventType> VIOLENT = Set.of(EventType.ARMED_CLASH, EventType.AIR_STRIKE,
            EventType.SHELLING, EventType.SUICIDE_BOMB, EventType.REMOTE_EXPLOSIVE, EventType.VIOLENCE_AGAINST_CIVILIANS);
    private static final Set<EventType> PLACELESS_OK = Set.of(EventType.AGREEMENT);
    /** "displaced since the war began", "killed since 2011", "over the past decade": war-wide tallies are not events. */
    private static final java.util.regex.Pattern CUMULATIVE = java.util.regex.Pattern.compile(
            "\\bsince\\s+(?:the\\s+)?(?:start|beginning|outbreak|onset)\\b|\\bsince\\s+(?:the\\s+)?(?:\\w+\\s+)?"
                    + "(?:war|conflict|uprising|revolution|crisis|invasion)\\s+(?:began|started|erupted|broke\\s+out)\\b"
                    + "|\\bsince\\s+(?:19|20)\\d\\d\\b"
                    // "a rising wave of attacks over the last four years": years of violence, no one event
                    + "|\\b(?:over|in|during|for)\\s+the\\s+(?:last|past)\\s+(?:\\w+\\s+)?(?:years|decades?)\\b"
                    + "|\\bdisplaced\\s+by\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:war|conflict|violence|insurgency|crisis)\\b"
                    + "|\\b(?:war|conflict|violence|insurgency|fighting|crisis)\\s+(?:has|have|had)\\s+(?:\\w+\\s+){0,4}?(?:killed|displaced|uprooted)\\b|\\bin\\s+(?:the\\s+)?(?:\\w+-year|\\w+\\s+years\\s+of)\\s+(?:war|conflict)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Tried only where its words start: it is asked for every violent trigger. */
    private static final org.frontline.match.Prefilter CUMULATIVE_WORDS = org.frontline.match.Prefilter.of(CUMULATIVE);

    /** Types whose second side is implied when unnamed: taking a town is taking it from someone. */
    private static final Set<EventType> TWO_SIDED = Set.of(EventType.TERRITORY_CAPTURED, EventType.SIEGE,
            EventType.ROUTE_CUT, EventType.ADVANCE, EventType.ARMED_CLASH, EventType.AIR_STRIKE, EventType.SHELLING,
            EventType.SUICIDE_BOMB);

    /** Violence from afar, whose victims are often non-combatants. */
    private static final Set<EventType> STRIKES = Set.of(EventType.AIR_STRIKE, EventType.SHELLING,
            EventType.REMOTE_EXPLOSIVE, EventType.SUICIDE_BOMB, EventType.VIOLENCE_AGAINST_CIVILIANS);

    private final TriggerLexicon lexicon = new TriggerLexicon();
    private final Modality modality = new Modality();
    private final Means means = new Means();

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ARTICLE, Layers.SENTENCES, Layers.PLACES, Layers.ACTORS, Layers.TIMES, Layers.FIGURES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.PROPOSED);
    }

    @Override
    public void apply(Analysis doc) {
        Article article = doc.get(Layers.ARTICLE);
        LocalDate published = article.published();
        List<Event> found = new ArrayList<>();
        // a flood, a strike, a football match: without an armed party anywhere, no trigger is an event
        boolean armedConflict = doc.get(Layers.ACTORS).stream().anyMatch(Arguments::isArmed)
                || ARMED_WORDS.matcher(doc.get(Layers.ARTICLE).text()).find();
        boolean disaster = disaster(doc.get(Layers.ARTICLE).text());
        {
            List<SentenceView> views = new ArrayList<>();
            for (Sentence s : doc.get(Layers.SENTENCES)) {
                views.add(SentenceView.of(s, doc.get(Layers.PLACES), doc.get(Layers.ACTORS), doc.get(Layers.TIMES),
                        doc.get(Layers.FIGURES)));
            }
            // the focus is counted over places as sentences see them: without datelines
            Discourse d = new Discourse(focus(views.stream().flatMap(v -> v.places().stream()).toList()),
                    new Opponents(doc.get(Layers.ACTORS), ActorDictionary.standard()));
            for (int index = 0; index < views.size(); index++) {
                SentenceView v = views.get(index);
                Sentence s = v.sentence();
                d.enter(s.paragraph());
                Attribution attribution = s.text().length() > Sentence.MAX_ANALYSED
                        ? new Attribution(List.of(), org.frontline.model.Status.REPORTED)
                        : Attribution.of(s.text(), s.start(), v.actors()).or(d.previousAttribution);
                List<Trigger> triggers = s.text().length() > Sentence.MAX_ANALYSED ? List.of() : typed(s.text());
                for (Trigger t : triggers) {
                    if (!armedConflict || !modality.factual(s.text(), t.start(), t.end()) || insideRouteCut(t, triggers)
                            || t.type() == EventType.DISPLACEMENT && fightersFlee(s.text(), t.start(), t.end())
                            || disaster && UPROOTING.contains(t.type()) && !VIOLENCE_WORDS.matcher(s.text()).find()
                            || (t.type() == EventType.DISPLACEMENT || VIOLENT.contains(t.type()))
                            && CUMULATIVE_WORDS.find(s.text(), org.frontline.match.Folded.of(s.text()))) {
                        continue;
                    }
                    for (Event e : build(views, index, t, triggers, attribution, published, d)) {
                        found.add(e);
                        if (!e.actor1().isEmpty()) {
                            d.paragraphActor = e.actor1();
                        }
                    }
                }
                d.previousAttribution = attribution;
                d.named(v);
                d.dated(v, published);
            }
        }
        doc.put(Layers.PROPOSED, EventMerger.merge(found));
    }

    /**
     * The events one trigger reports: usually one; one per place when the trigger governs a
     * list of places ("shelled X and Y").
     */
    private List<Event> build(List<SentenceView> views, int index, Trigger t, List<Trigger> triggers, Attribution attribution,
                              LocalDate published, Discourse d) {
        SentenceView v = views.get(index);
        boolean pointsBack = Discourse.pointsBack(v.text());
        PlaceMention pm = Arguments.place(v, t);
        UnnamedPlace.Described described = UnnamedPlace.after(v, t);
        PlaceMention namedLater = described == null ? null : UnnamedPlace.namedLater(described, views, index);
        if (described != null && namedLater == null && described.plural() && described.anchor() == null
                && v.places().stream().noneMatch(p -> p.start() >= v.abs(t.end()))) {
            return List.of(); // "was successful in capturing some key towns": no place the text gives
        }
        PlaceMention referent = pointsBack ? d.referent(v.text()) : null;
        TimeMention tm = Arguments.time(v, t);
        boolean background = background(tm, published);
        PlaceMention fallback = d.paragraphPlace != null && !background ? d.paragraphPlace
                : referent != null ? referent
                : t.type() == EventType.AGREEMENT ? d.focus : null;
        // "fired 600 rockets into Israel": the country aimed at is the place, not the story's town
        PlaceMention aimedAt = STRIKES.contains(t.type()) && described == null ? Arguments.aimedAtCountry(v, t) : null;
        Place aimed = aimedAt != null && (pm == null || Arguments.isCountry(pm.place()) || pm.start() > aimedAt.start())
                ? aimedAt.place() : null;
        if (pm == null || Arguments.isCountry(pm.place())) {
            pm = fallback != null ? fallback : pm;
        } else if (Arguments.coarseness(pm.place()) > 0 && Arguments.crossesClause(v, v.abs(t.end()), pm.start())
                && (referent != null || d.focus != null)) {
            // "45,000 fled the assault, joining others in Aleppo province": the province is not where they fled
            pm = referent != null ? referent : d.focus;
        } else if (referent != null && (Arguments.coarseness(pm.place()) > 0
                || Arguments.crossesClause(v, v.abs(t.end()), pm.start()))) {
            // "besieged in the area ... in Aleppo province", "Backed by air strikes, ... links the city to B":
            // the place named far from the trigger is not where it happened; the town just named is
            pm = referent;
        }
        if (pm == null && t.type() != EventType.ROUTE_CUT && !background) {
            // "seized another town near the border": somewhere unnamed near the place the story is about;
            // not background dated weeks before the report ("began air strikes on Sept. 30"), which is
            // about the war, not the story's town
            pm = d.focus;
        } else if (pm != null && Arguments.isCountry(pm.place()) && aimed == null && !background && d.antecedent == null
                && d.focus != null && !Arguments.isCountry(d.focus.place()) && pm.place().country() != null
                && pm.place().country().equals(d.focus.place().country())) {
            // a lede that places its event only in the country ("killed in a new rebel attack in eastern
            // Congo") before the story names any town: the town the story is about
            pm = d.focus;
        }
        Trigger capture = fightForCapture(v, t, triggers);
        PlaceMention taken = capture == null ? null : Arguments.place(v, capture);
        if (taken != null && !Arguments.isCountry(taken.place())) {
            pm = taken; // "captured X and Y after fierce clashes": the fight for X, not one more event at Y
        } else if (namedLater != null) {
            pm = namedLater; // "captured a tiny village in the Donetsk region. ... the village of Umanskoye"
        } else if (described != null && !described.plural() && described.anchor() != null) {
            pm = described.anchor(); // nothing names it: where the description puts it
        }
        Place place = aimed != null ? aimed : pm == null ? null : pm.place();
        Route route = null;
        if (t.type() == EventType.ROUTE_CUT) {
            route = route(v, referent != null ? referent : d.paragraphPlace, pointsBack);
            if (route == null && place == null) {
                return List.of();
            }
            if (route != null) {
                place = route.from();
            }
        }
        if (place != null && Arguments.isCountry(place) && !PLACELESS_OK.contains(t.type()) && place != aimed
                || place == null && !PLACELESS_OK.contains(t.type()) && route == null) {
            return List.of();
        }
        Arguments.Actors actors = Arguments.actors(v, t);
        List<String> actor1 = t.role() == Trigger.Role.W && !actors.actor2().isEmpty()
                ? d.opponents.of(actors.actor2()) // who took what the leaver gave up: its enemy in this story
                : actors.actor1().isEmpty() && t.type() != EventType.DISPLACEMENT
                ? (d.paragraphActor.isEmpty() && Discourse.groupAnaphor(v.text(), t.start()) ? lastGroupBefore(views, index) : d.paragraphActor)
                : actors.actor1();
        List<String> actor2 = new ArrayList<>(actors.actor2());
        actor2.removeAll(actor1);
        if (STRIKES.contains(t.type()) && !actor2.contains("civilians") && means.civilianVictims(v.text(), t.start())) {
            actor2.add("civilians"); // a strike that killed people, none of them fighters (GUIDE: Actors)
        } else if (actor2.isEmpty() && !actor1.isEmpty() && TWO_SIDED.contains(t.type())) {
            actor2.addAll(d.opponents.of(actor1));
        }
        // "since Tuesday" dates an ongoing state to publication, except where the state is what began
        // then: "under rebel control since Tuesday" is a capture on Tuesday
        boolean byDefault = tm == null || tm.surface().toLowerCase(java.util.Locale.ROOT).startsWith("since")
                && !v.text().substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT).endsWith("since");
        // an undated report keeps the words; its year-less dates have no range (spec: Publication date)
        // a sentence with no date words goes on telling the days just told ("we all fled the town",
        // after "the attack on Saturday"); with none told, the report's day
        DateRange sequel = tm == null ? d.sequelDays(v) : null;
        DateRange date = sequel != null ? sequel
                : tm == null && d.recentDays != null ? d.recentDays
                : byDefault ? (published == null ? null : DateRange.day(published)) : tm.range();
        // "sources said on Sunday that ... were killed": dated by the saying, so, like an undated
        // lede, it carries no date words of its own and folds into a telling that dates it
        String dateText = byDefault || Arguments.saying(v, tm) ? null : tm.surface();
        // "bombings in Songkhla, Narathiwat and Yala": no aircraft told, nor a state that flies them
        EventType type = means.bombWithoutAircraft(v.text(), t) && !stateActs(v, t, actor1) ? EventType.REMOTE_EXPLOSIVE : t.type();
        Integer fatalities = VIOLENT.contains(t.type()) ? nearest(v, t, Figure.Kind.KILLED) : null;
        Integer displaced = t.type() == EventType.DISPLACEMENT ? nearest(v, t, Figure.Kind.DISPLACED) : null;
        List<Event> out = new ArrayList<>();
        out.add(new Event(type, actor1, actor2, place, route, date, dateText, fatalities, displaced,
                attribution.sources(), attribution.status(), v.text()));
        if (route == null && aimed == null && pm != null && v.places().contains(pm) && pm.start() >= v.abs(t.end())
                && (!Arguments.crossesClause(v, v.abs(t.end()), pm.start()) || t.type() == EventType.TERRITORY_CAPTURED && Arguments.listed(v, pm))) {
            for (PlaceMention next : Arguments.coordinated(v, pm)) {
                out.add(new Event(type, actor1, actor2, next.place(), null, date, dateText, fatalities, displaced,
                        attribution.sources(), attribution.status(), v.text()));
            }
        }
        return out;
    }

    /** The one or two words just before a trigger. */
    private static final java.util.regex.Pattern WORDS_BEFORE = java.util.regex.Pattern.compile("(?:([\\p{L}-]+)\\s+)?([\\p{L}-]+)\\s+$");

    /**
     * Whether a state acts in the sentence of {@code t}: as its first actor, as any actor named, or by
     * a nationality just before the trigger ("Russian bombing", "Israeli heavy bombing").
     */
    private static boolean stateActs(SentenceView v, Trigger t, List<String> actor1) {
        ActorDictionary actors = ActorDictionary.standard();
        if (actor1.stream().anyMatch(actors::isState) || v.actors().stream().anyMatch(a -> actors.isState(a.canonical()))) {
            return true;
        }
        java.util.regex.Matcher m = WORDS_BEFORE.matcher(v.text().substring(Math.max(0, t.start() - 40), t.start()));
        return m.find() && (actors.isNationality(m.group(2)) || m.group(1) != null && actors.isNationality(m.group(1)));
    }

    private static final Set<EventType> UPROOTING = Set.of(EventType.DISPLACEMENT, EventType.EVACUATION);
    private static final java.util.regex.Pattern HAZARD = java.util.regex.Pattern.compile(
            "\\b(?:floods?|flooding|flooded|hurricanes?|storms?|storm\\s+surge|cyclones?|typhoons?|tornado(?:es)?|wildfires?|bushfires?"
                    + "|forest\\s+fires?|earthquakes?|tsunamis?|landslides?|mudslides?|heavy\\s+rain\\w*|eruptions?)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern VIOLENCE_WORDS = java.util.regex.Pattern.compile(
            "\\b(?:fight\\w*|violence|attack\\w*|clash\\w*|war|shell\\w*|bomb\\w*|air\\s?strikes?|militants?|rebels?|insurgents?"
                    + "|gunmen|jihadists?|bandits|offensive|assault)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** How many hazard words make a report one about a disaster. */
    private static final int DISASTER_WORDS = 2;

    /**
     * A report about a flood, a storm or a fire: its evacuations and the people who fled are the
     * hazard's, unless the sentence itself tells of violence (sentences that name the hazard are
     * already no event: {@code modality.tsv}).
     */
    /** Armed parties named by a common noun ("rebels", "troops"), for countries no actor file covers. */
    private static final java.util.regex.Pattern ARMED_WORDS = java.util.regex.Pattern.compile(
            "\\b(?:" + String.join("|", Resources.lines("/extract/armed-words.txt")) + ")\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static boolean disaster(String text) {
        java.util.regex.Matcher m = HAZARD.matcher(text);
        int n = 0;
        while (n < DISASTER_WORDS && m.find()) {
            n++;
        }
        return n >= DISASTER_WORDS;
    }

    /** "fighters from the group": the armed group the story named last, in an earlier sentence; none if it named none. */
    private static List<String> lastGroupBefore(List<SentenceView> views, int index) {
        for (int i = index - 1; i >= 0; i--) {
            List<org.frontline.recognise.actor.ActorMention> as = views.get(i).actors();
            for (int k = as.size() - 1; k >= 0; k--) {
                org.frontline.recognise.actor.ActorMention a = as.get(k);
                if (Arguments.isArmed(a) && !ActorDictionary.standard().isState(a.canonical())) {
                    return List.of(a.canonical());
                }
            }
        }
        return List.of();
    }

    /** How long before the report a dated event is background rather than the story's news. */
    private static final int BACKGROUND_DAYS = 30;

    /** Whether the trigger's own date words ({@code tm}) put it more than a month before the report. */
    private static boolean background(TimeMention tm, LocalDate published) {
        return published != null && tm != null && tm.range() != null
                && tm.range().end().isBefore(published.minusDays(BACKGROUND_DAYS));
    }

    /** "after", "following", "amid", a few words before a clash: the fight a capture just told came after. */
    private static final java.util.regex.Pattern AFTER_FIGHT = java.util.regex.Pattern.compile(
            "\\b(?:after|following|amid)\\s+(?:[\\w-]+\\s+){0,3}$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The capture a clash trigger is the fight for, told before it in the same sentence ("took X after clashes"), or null. */
    private static Trigger fightForCapture(SentenceView v, Trigger t, List<Trigger> triggers) {
        if (t.type() != EventType.ARMED_CLASH
                || !AFTER_FIGHT.matcher(v.text().substring(Math.max(0, t.start() - 40), t.start())).find()) {
            return null;
        }
        Trigger capture = null;
        for (Trigger c : triggers) {
            if (c.type() == EventType.TERRITORY_CAPTURED && c.end() <= t.start()) {
                capture = c;
            }
        }
        return capture;
    }

    /** The sentence's triggers, the generic ones typed by their means (a drone's "attack" is an air strike). */
    private List<Trigger> typed(String sentence) {
        List<Trigger> all = lexicon.find(sentence);
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : all) {
            Trigger r = means.retype(sentence, t, all);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The count of that kind told closest to the trigger ("45,000 fled ..., joining 100,000 displaced": 45,000). */
    private static Integer nearest(SentenceView v, Trigger t, Figure.Kind kind) {
        int ts = v.abs(t.start()), te = v.abs(t.end());
        Figure best = null;
        int bestD = Integer.MAX_VALUE;
        for (Figure f : v.figures()) {
            int d = f.start() >= te ? f.start() - te : Math.max(0, ts - f.end());
            if (f.kind() == kind && f.value() <= Integer.MAX_VALUE && d < bestD) {
                best = f;
                bestD = d;
            }
        }
        return best == null ? null : (int) best.value();
    }

    /** "soldiers fled", "the rebels were fleeing": armed men withdrawing, not people displaced. */
    private static final java.util.regex.Pattern FIGHTERS_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:soldiers|troops|fighters|personnel|battalions?|militants|rebels|forces|insurgents|gunmen|army|jihadists"
                    + "|militiamen|policemen|attackers|assailants|garrison|terrorists)\\b[^,;.]{0,70}$", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** "air strikes against the fleeing terrorists": the ones who flee named right after the word. */
    private static final java.util.regex.Pattern FIGHTERS_AFTER = java.util.regex.Pattern.compile(
            "^\\s+(?:[\\w-]+\\s+)?(?:soldiers|troops|fighters|militants|rebels|forces|insurgents|gunmen|jihadists|militiamen"
                    + "|attackers|assailants|terrorists)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "rebels attacked the town and thousands of residents fled": people named after the fighters are the ones who flee. */
    private static final java.util.regex.Pattern PEOPLE = java.util.regex.Pattern.compile(
            "\\b(?:residents|civilians|people|families|villagers|inhabitants|households|children|women|thousands|hundreds"
                    + "|population|locals|refugees|displaced)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    static boolean fightersFlee(String sentence, int triggerStart, int triggerEnd) {
        java.util.regex.Matcher before = FIGHTERS_BEFORE.matcher(sentence.substring(Math.max(0, triggerStart - 90), triggerStart));
        return before.find() && !PEOPLE.matcher(before.group()).find()
                || FIGHTERS_AFTER.matcher(sentence.substring(triggerEnd, Math.min(sentence.length(), triggerEnd + 40))).find();
    }

    /** "seized the highway": taking a road is cutting it, not capturing territory. */
    private static boolean insideRouteCut(Trigger t, List<Trigger> all) {
        return t.type() == EventType.TERRITORY_CAPTURED && all.stream().anyMatch(r -> r.type() == EventType.ROUTE_CUT
                && r.start() <= t.start() && t.end() <= r.end());
    }

    /** The place the story is about: the town or city named most often (first on ties), else a region. */
    static PlaceMention focus(List<PlaceMention> places) {
        PlaceMention town = mostNamed(places, 0);
        return town != null ? town : mostNamed(places, 300);
    }

    private static PlaceMention mostNamed(List<PlaceMention> places, int maxCoarseness) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        PlaceMention best = null;
        int bestCount = 0;
        for (PlaceMention p : places) {
            if (Arguments.coarseness(p.place()) > maxCoarseness) {
                continue;
            }
            String key = p.place().geonamesId() != null ? "g" + p.place().geonamesId() : p.place().name();
            int c = counts.merge(key, 1, Integer::sum);
            if (c > bestCount) {
                bestCount = c;
                best = p;
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern ROAD_NAME = java.util.regex.Pattern.compile(
            "\\b([A-Z][\\w'’]*(?:[- ][A-Z][\\w'’]*)*[- ](?:[A-Z]\\w*\\s)?(?:road|highway|motorway|route))\\b");

    /**
     * The road of a route_cut: the two places it names ("between A and B", "from A to B"), or
     * the place the sentence points back to ("links the city to B") and the one it names.
     */
    private static Route route(SentenceView v, PlaceMention anchor, boolean pointsBack) {
        Set<Place> named = new LinkedHashSet<>();
        for (PlaceMention p : v.places()) {
            if (!Arguments.isCountry(p.place()) && named.stream().noneMatch(q -> q.sameAs(p.place()))) {
                named.add(p.place());
            }
        }
        List<Place> ps = List.copyOf(named);
        java.util.regex.Matcher m = ROAD_NAME.matcher(v.text());
        String name = m.find() ? m.group(1) : null;
        boolean anchored = anchor != null && ps.stream().noneMatch(p -> p.sameAs(anchor.place()));
        if (pointsBack && anchored && !ps.isEmpty()) {
            return new Route(anchor.place(), ps.get(0), name);
        }
        if (ps.size() >= 2) {
            return new Route(ps.get(0), ps.get(1), name);
        }
        if (ps.size() == 1 && anchored) {
            return new Route(anchor.place(), ps.get(0), name);
        }
        return null;
    }
}
