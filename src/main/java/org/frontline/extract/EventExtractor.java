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

    private final TriggerLexicon lexicon = new TriggerLexicon();
    private final Modality modality = new Modality();

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
        return Set.of(Layers.EVENTS);
    }

    @Override
    public void apply(Analysis doc) {
        Article article = doc.get(Layers.ARTICLE);
        LocalDate published = article.published();
        List<Event> found = new ArrayList<>();
        if (published != null) {
            Attribution previous = null;
            PlaceMention paragraphPlace = null;
            List<String> paragraphActor = List.of();
            int paragraph = -1;
            PlaceMention focus = focus(doc.get(Layers.PLACES));
            for (Sentence s : doc.get(Layers.SENTENCES)) {
                SentenceView v = SentenceView.of(s, doc.get(Layers.PLACES), doc.get(Layers.ACTORS),
                        doc.get(Layers.TIMES), doc.get(Layers.FIGURES));
                if (s.paragraph() != paragraph) {
                    paragraph = s.paragraph();
                    previous = null;
                    paragraphPlace = null;
                    paragraphActor = List.of();
                }
                Attribution attribution = Attribution.of(s.text(), s.start(), v.actors()).or(previous);
                List<Trigger> triggers = lexicon.find(s.text());
                for (Trigger t : triggers) {
                    if (!modality.factual(s.text(), t.start(), t.end()) || insideRouteCut(t, triggers)) {
                        continue;
                    }
                    PlaceMention fallback = paragraphPlace != null ? paragraphPlace
                            : t.type() == EventType.AGREEMENT ? focus : null;
                    Event e = build(v, t, attribution, published, fallback, paragraphActor);
                    if (e != null) {
                        found.add(e);
                        if (!e.actor1().isEmpty()) {
                            paragraphActor = e.actor1();
                        }
                    }
                }
                previous = attribution;
                for (PlaceMention p : v.places()) {
                    if (!Arguments.isCountry(p.place())) {
                        paragraphPlace = p;
                    }
                }
            }
        }
        doc.put(Layers.EVENTS, EventMerger.merge(found));
    }

    private Event build(SentenceView v, Trigger t, Attribution attribution, LocalDate published,
                        PlaceMention paragraphPlace, List<String> paragraphActor) {
        PlaceMention pm = Arguments.place(v, t);
        if (pm == null || Arguments.isCountry(pm.place())) {
            pm = paragraphPlace != null ? paragraphPlace : pm;
        }
        Place place = pm == null ? null : pm.place();
        Route route = null;
        if (t.type() == EventType.ROUTE_CUT) {
            route = route(v, place, paragraphPlace);
            if (route == null && place == null) {
                return null;
            }
        }
        if (place != null && Arguments.isCountry(place) && !PLACELESS_OK.contains(t.type())) {
            return null;
        }
        if (place == null && !PLACELESS_OK.contains(t.type()) && route == null) {
            return null;
        }
        Arguments.Actors actors = Arguments.actors(v, t);
        List<String> actor1 = actors.actor1().isEmpty() && t.type() != EventType.DISPLACEMENT ? paragraphActor : actors.actor1();
        List<String> actor2 = new ArrayList<>(actors.actor2());
        actor2.removeAll(actor1);
        TimeMention tm = Arguments.time(v, t);
        DateRange date = tm == null || tm.surface().toLowerCase(java.util.Locale.ROOT).startsWith("since")
                ? DateRange.day(published) : tm.range();
        Integer fatalities = null, displaced = null;
        for (Figure f : v.figures()) {
            if (f.kind() == Figure.Kind.KILLED && VIOLENT.contains(t.type()) && f.value() <= Integer.MAX_VALUE) {
                fatalities = Math.max(fatalities == null ? 0 : fatalities, (int) f.value());
            }
            if (f.kind() == Figure.Kind.DISPLACED && t.type() == EventType.DISPLACEMENT && f.value() <= Integer.MAX_VALUE) {
                displaced = Math.max(displaced == null ? 0 : displaced, (int) f.value());
            }
        }
        return new Event(t.type(), actor1, actor2, place, route, date, fatalities, displaced,
                attribution.sources(), attribution.status(), v.text());
    }

    /** "seized the highway": taking a road is cutting it, not capturing territory. */
    private static boolean insideRouteCut(Trigger t, List<Trigger> all) {
        return t.type() == EventType.TERRITORY_CAPTURED && all.stream().anyMatch(r -> r.type() == EventType.ROUTE_CUT
                && r.start() <= t.start() && t.end() <= r.end());
    }

    /** The place the story is about: the finer-than-country place named most often (first on ties). */
    static PlaceMention focus(List<PlaceMention> places) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        PlaceMention best = null;
        int bestCount = 0;
        for (PlaceMention p : places) {
            if (Arguments.isCountry(p.place())) {
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

    /** The road of a route_cut: between the first two places named, or from the story's place to the one named. */
    private static Route route(SentenceView v, Place place, PlaceMention paragraphPlace) {
        Set<Place> named = new LinkedHashSet<>();
        for (PlaceMention p : v.places()) {
            if (!Arguments.isCountry(p.place()) && named.stream().noneMatch(q -> q.sameAs(p.place()))) {
                named.add(p.place());
            }
        }
        List<Place> ps = List.copyOf(named);
        if (ps.size() >= 2) {
            return new Route(ps.get(0), ps.get(1), null);
        }
        if (ps.size() == 1 && paragraphPlace != null && !paragraphPlace.place().sameAs(ps.get(0))) {
            return new Route(paragraphPlace.place(), ps.get(0), null);
        }
        return null;
    }
}
