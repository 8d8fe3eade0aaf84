package org.frontline.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.model.Place;
import org.frontline.recognise.place.PlaceMention;

/**
 * A trigger whose object describes a place without naming it: "captured a tiny village in the
 * Donetsk region", "seized a strategic provincial capital near Kabul", "took some key towns".
 * News names such a place a sentence or two later ("the village of Umanskoye", "Seizing
 * Ghazni"); until then, the places the sentence does name are landmarks, not where it happened.
 * The nouns that describe a settlement are in {@code extract/place-kinds.txt}.
 */
final class UnnamedPlace {
    private static final String KINDS = String.join("|", Resources.lines("/extract/place-kinds.txt").stream()
            .map(String::strip).map(Pattern::quote).toList());
    /**
     * Indefinite, singular or plural, up to three modifiers: "a tiny village", "another key town",
     * "several villages"; after "took control" its "of" or "over" ("took control of a strategic town"),
     * after a noun its "on" or "against" ("an attack on a village").
     */
    private static final Pattern OBJECT = Pattern.compile("^\\s+(?:(?:of|over|on|against)\\s+)?(?:(a|an|another|one)|(some|several|two|three|four|five"
            + "|six|seven|eight|nine|ten|\\d+|a\\s+(?:number|string|series|handful|few)\\s+of|more|many|dozens\\s+of"
            + "|scores\\s+of|a\\s+dozen))\\s+(?:(?!(?:in|near|of|on|at|outside|from|and|or)\\s)[a-z][a-z'’-]*\\s+){0,3}?(?:" + KINDS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** What may tie a named place to the described one: "a village in / near / outside / north of X". */
    private static final Pattern TIE = Pattern.compile("^\\s*(?:,\\s*)?(?:(?:just|about|some)\\s+)?(?:\\d+\\s*(?:km|kilometres|kilometers|miles)\\s+)?"
            + "(?:in|near|outside|around|close\\s+to|(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+)?of|"
            + "(?:north|south|east|west)(?:-?(?:east|west))?\\s+of|on\\s+the\\s+outskirts\\s+of|on\\s+the\\s+road\\s+to)"
            + "\\s+(?:the\\s+)?(?:(?:northern|southern|eastern|western|central|north-?\\w+|south-?\\w+)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** How many sentences on the text may name the place. */
    private static final int LOOKAHEAD = 4;
    /** How far from a town it is described as near a named place may lie. */
    private static final double NEAR_KM = 200;

    /**
     * @param plural "some key towns": several places, never one named elsewhere
     * @param anchor the named place the description ties it to ("in the Donetsk region"), or null
     */
    record Described(boolean plural, PlaceMention anchor, boolean small) {
    }

    /** "a village", "a tiny hamlet": a description no city fits. */
    private static final Pattern SMALL = Pattern.compile("(?:village|hamlet|settlement|locality)s?$", Pattern.CASE_INSENSITIVE);

    private UnnamedPlace() {
    }

    /** The description right after the trigger, or null when the trigger's object is not one. */
    static Described after(SentenceView v, Trigger t) {
        Matcher m = OBJECT.matcher(v.text().substring(t.end()));
        if (!m.lookingAt()) {
            return null;
        }
        int end = v.abs(t.end() + m.end());
        PlaceMention anchor = null;
        for (PlaceMention p : v.places()) {
            if (p.start() >= end && p.start() - end <= 60
                    && TIE.matcher(v.text().substring(end - v.sentence().start(), p.start() - v.sentence().start())).find()) {
                anchor = p;
                break;
            }
        }
        return new Described(m.group(2) != null, anchor, SMALL.matcher(m.group()).find());
    }

    /**
     * The place the text names for a singular description in the next few sentences: the first
     * town-sized place there that lies where the description puts it (in the anchor's region,
     * or near the anchor town), or null.
     */
    static PlaceMention namedLater(Described d, List<SentenceView> views, int index) {
        if (d.plural()) {
            return null;
        }
        for (int i = index + 1; i < views.size() && i <= index + LOOKAHEAD; i++) {
            SentenceView v = views.get(i);
            for (PlaceMention p : v.places()) {
                if (Arguments.coarseness(p.place()) == 0 && !Arguments.reference(v, p) && fits(p.place(), d.anchor())
                        && !(d.small() && "city".equals(p.place().precision()))) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean fits(Place p, PlaceMention anchor) {
        if (anchor == null) {
            return true;
        }
        Place a = anchor.place();
        if (a.sameAs(p)) {
            return false; // the landmark itself is not the place described near it
        }
        if (p.lat() == null) {
            return true; // a place the gazetteer does not know, introduced by the text ("the village of X"): nothing contradicts it
        }
        if (Arguments.isCountry(a)) {
            return a.country() != null && a.country().equals(p.country()); // "a strategic town in northern Syria"
        }
        if (Arguments.coarseness(a) > 0) {
            return a.admin1() != null && a.admin1().equals(p.admin1()); // "a village in the Donetsk region"
        }
        double km = a.kmTo(p);
        return !Double.isNaN(km) && km <= NEAR_KM;
    }
}
