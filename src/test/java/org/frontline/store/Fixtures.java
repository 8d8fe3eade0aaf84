package org.frontline.store;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Article;
import org.frontline.model.Control;
import org.frontline.model.DateRange;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Route;
import org.frontline.model.Status;

/** Small hand-written documents: two reports of one capture, a strike, a route cut, a failure. */
final class Fixtures {
    static final Place AL_BAB = new Place("Al-Bab", 36.3705, 37.5157, "SY", "Aleppo", 174018L, "town");
    static final Place MANBIJ = new Place("Manbij", 36.5281, 37.9549, "SY", "Aleppo", 166365L, "city");
    static final Place ALEPPO = new Place("Aleppo", 36.2021, 37.1343, "SY", "Aleppo", 170063L, "city");
    static final Place KUNDUZ = new Place("Kunduz", 36.7280, 68.8570, "AF", "Kunduz", 1135689L, "city");
    static final LocalDate FEB6 = LocalDate.of(2017, 2, 6);

    private Fixtures() {
    }

    static final Event CAPTURE_A = new Event(EventType.TERRITORY_CAPTURED, List.of("Syrian government", "Hezbollah"),
            List.of("Islamic State"), AL_BAB, null, DateRange.day(FEB6), null, null,
            List.of("Syrian Observatory for Human Rights"), Status.REPORTED,
            "Army units and their allies drove the jihadists out of Al-Bab on Monday, the monitor said.");
    static final Event STRIKE_A = new Event(EventType.AIR_STRIKE, List.of("Russia"), List.of(), MANBIJ, null,
            DateRange.day(FEB6.minusDays(1)), 7, null, List.of("state television"), Status.CLAIMED,
            "Jets hit a market near Manbij on Sunday, killing seven, state television said.");
    static final Control HOLD_A = new Control(AL_BAB, "Syrian government", FEB6, 1.0, List.of(), List.of("Turkey"),
            List.of("Syrian Observatory for Human Rights"), "The whole of Al-Bab is now in the army's hands.");

    static final Event CAPTURE_B = new Event(EventType.TERRITORY_CAPTURED, List.of("Syrian government"),
            List.of("Islamic State"), AL_BAB, null, DateRange.day(FEB6), null, null, List.of(), Status.REPORTED,
            "Al-Bab fell to government forces on Monday after weeks of fighting.");
    static final Event ROAD_B = new Event(EventType.ROUTE_CUT, List.of("Free Syrian Army"), List.of("Islamic State"),
            null, new Route(ALEPPO, AL_BAB, "the Aleppo road"), DateRange.day(FEB6.minusDays(2)), null, null, List.of(),
            Status.UNVERIFIED, "Rebels say they have severed the Aleppo road, which could not be verified.");

    static final Event CLASH_C = new Event(EventType.ARMED_CLASH, List.of("Taliban"), List.of("Afghan government"), KUNDUZ,
            null, new DateRange(LocalDate.of(2015, 10, 1), LocalDate.of(2015, 10, 31), Precision.MONTH), 12, 3000,
            List.of(), Status.REPORTED, "Fighting for Kunduz went on through October and drove thousands from their homes.");

    static DocumentResult docA() {
        return result("a.txt", "Army retakes Al-Bab", FEB6, List.of(CAPTURE_A, STRIKE_A), List.of(HOLD_A));
    }

    static Article articleA() {
        return article("a.txt", "Army retakes Al-Bab", "Army units and their allies drove the jihadists out of Al-Bab "
                + "on Monday, the monitor said. Jets hit a market near Manbij on Sunday, killing seven.");
    }

    static DocumentResult docB() {
        return result("b.txt", "Al-Bab falls", FEB6.plusDays(1), List.of(CAPTURE_B, ROAD_B), List.of());
    }

    static Article articleB() {
        return article("b.txt", "Al-Bab falls", "Al-Bab fell to government forces on Monday after weeks of fighting. "
                + "Rebels say they have severed the Aleppo road.");
    }

    static DocumentResult docC() {
        return result("c.txt", "Kunduz battle", LocalDate.of(2015, 11, 2), List.of(CLASH_C), List.of());
    }

    static Article articleC() {
        return article("c.txt", "Kunduz battle", "Fighting for Kunduz went on through October and drove thousands "
                + "from their homes.");
    }

    static DocumentResult failed() {
        return DocumentResult.failed("bad.bin", "binary content, not a report");
    }

    static DocumentResult result(String doc, String title, LocalDate published, List<Event> events, List<Control> control) {
        return new DocumentResult(doc, title, "Example Outlet", null, published, false, null, null, events, control);
    }

    static Article article(String doc, String title, String text) {
        return new Article(doc, "/reports/" + doc, title, "Example Outlet", null, "https://example.org/" + doc, null,
                false, text);
    }
}
