package org.frontline.reason;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Control;
import org.frontline.model.DateRange;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Route;
import org.frontline.model.Status;

/** Hand-built places and mentions modelled on the northern Syria stories (our own wording). */
final class Fixtures {

    static final Place AL_BAB = new Place("Al-Bab", 36.37051, 37.5157, "SY", "Aleppo", 174018L, "town");
    static final Place TADEF = new Place("Tadef", 36.3506, 37.5301, "SY", "Aleppo", 163282L, "town");
    static final Place RAQQA = new Place("Raqqa", 35.95283, 39.00788, "SY", "Ar-Raqqah", 163915L, "city");
    static final Place ALEPPO = new Place("Aleppo", 36.20124, 37.16117, "SY", "Aleppo", 170063L, "city");
    static final Place MAREA = new Place("Marea", 36.48259, 37.19709, "SY", "Aleppo", 169577L, "town");
    static final Place AZAZ = new Place("Azaz", 36.58662, 37.04628, "SY", "Aleppo", 170017L, "town");
    static final Place BAZAA = new Place("Bazaa", null, null, "SY", "Aleppo", null, "town");
    static final Place DAMASCUS = new Place("Damascus", 33.5102, 36.29128, "SY", "Dimashq", 170654L, "city");

    static final String GOV = "Syrian government";
    static final String IS = "Islamic State";
    static final String TURKEY = "Turkey";
    static final String FSA = "Free Syrian Army";
    static final String REBELS = "Syrian rebels";
    static final String SOHR = "Syrian Observatory for Human Rights";

    private Fixtures() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static DateRange days(String from, String to) {
        return new DateRange(day(from), day(to), Precision.DAY);
    }

    static DocEvent mention(String doc, EventType type, List<String> a1, List<String> a2, Place place, DateRange date,
                            String evidence) {
        return mention(doc, type, a1, a2, place, date, Status.REPORTED, null, evidence);
    }

    static DocEvent mention(String doc, EventType type, List<String> a1, List<String> a2, Place place, DateRange date,
                            Status status, Integer dead, String evidence) {
        return new DocEvent(doc, date.end(), new Event(type, a1, a2, place, null, date, dead, null,
                status == Status.REPORTED ? List.of(SOHR) : List.of(), status, evidence));
    }

    static DocEvent cut(String doc, List<String> a1, List<String> a2, Place from, Place to, DateRange date, String evidence) {
        return new DocEvent(doc, date.end(), new Event(EventType.ROUTE_CUT, a1, a2, from, new Route(from, to, null), date,
                null, null, List.of(SOHR), Status.REPORTED, evidence));
    }

    static DocControl control(String doc, Place place, String holder, String asOf, Double share, List<String> besiegedBy,
                              List<String> contestedBy, List<String> sources, String evidence) {
        return new DocControl(doc, day(asOf), new Control(place, holder, day(asOf), share, besiegedBy, contestedBy,
                sources, evidence));
    }

    static DocControl holds(String doc, Place place, String holder, String asOf, String evidence) {
        return control(doc, place, holder, asOf, null, List.of(), List.of(), List.of(), evidence);
    }
}
