package org.frontline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frontline.Frontline;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short reports written by us about wars outside the reference corpus: datelines are not event
 * places, state forces get their country's name, war-wide tallies are not events.
 */
class OtherTheatresTest {
    private static Frontline frontline;

    @BeforeAll
    static void load() {
        frontline = Frontline.standard(1);
    }

    private static DocumentResult extract(Path dir, String text) throws Exception {
        Path f = Files.writeString(dir.resolve("report.txt"), text);
        try (var s = frontline.extract(List.of(f))) {
            return s.findFirst().orElseThrow();
        }
    }

    private static Event first(DocumentResult r, EventType t) {
        return r.events().stream().filter(e -> e.type() == t).findFirst()
                .orElseThrow(() -> new AssertionError("no " + t + " in " + r.events()));
    }

    @Test
    void aParamilitaryCaptureInSudan(@TempDir Path dir) throws Exception {
        DocumentResult r = extract(dir, "Fighters take a Darfur town\n\nKHARTOUM, March 3, 2024 - The Rapid Support Forces "
                + "seized Nyala from the army on Saturday after days of fighting, residents said.\n\n"
                + "Millions have been displaced since the war began, aid groups say.");
        Event capture = first(r, EventType.TERRITORY_CAPTURED);
        assertEquals("Nyala", capture.place().name());
        assertEquals(List.of("Rapid Support Forces"), capture.actor1());
        assertEquals(List.of("Sudanese government"), capture.actor2());
        assertTrue(r.events().stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT), "a war-wide tally: " + r.events());
        assertTrue(r.events().stream().noneMatch(e -> "KHARTOUM".equals(e.place() == null ? null : e.place().name())),
                "the dateline is where the reporter was: " + r.events());
    }

    @Test
    void strikesNamedByNationality(@TempDir Path dir) throws Exception {
        DocumentResult r = extract(dir, "Strikes on Rafah\n\nJERUSALEM, May 7, 2024 - Israeli air strikes on Rafah killed "
                + "at least 12 people overnight, health officials said.");
        Event strike = first(r, EventType.AIR_STRIKE);
        assertEquals(List.of("Israel"), strike.actor1());
        assertEquals(12, strike.fatalities());
    }

    @Test
    void aMixedCaseDatelineWithItsCountryInBracketsIsNoEventPlace(@TempDir Path dir) throws Exception {
        DocumentResult r = extract(dir, "Fighting near Marib\n\nAden [Yemen], October 11: Dozens of Houthi fighters were "
                + "killed in clashes with government forces in northern Yemen overnight, the army said.");
        // (read as a plain sentence start, "Aden" was the clash's place)
        assertTrue(r.events().stream().noneMatch(e -> e.place() != null && "Aden".equals(e.place().name())),
                "the dateline is where the report was filed: " + r.events());
    }

    @Test
    void aWarNoActorFileCoversStillHasEvents(@TempDir Path dir) throws Exception {
        // no theatre file covers Sri Lanka: "troops" and "rebels" still name armed parties, and the
        // troops are the state's by the nationality table
        DocumentResult r = extract(dir, "Army takes rebel town\n\nCOLOMBO, Jan 2, 2009 - Sri Lankan troops captured the "
                + "northern town of Kilinochchi on Friday after weeks of fighting with rebels, the defence ministry said.");
        Event capture = first(r, EventType.TERRITORY_CAPTURED);
        assertEquals("Kilinochchi", capture.place().name());
        assertEquals(List.of("Sri Lankan government"), capture.actor1());
    }

    @Test
    void aCapitalTakenIsThePlaceNotItsGovernment(@TempDir Path dir) throws Exception {
        DocumentResult r = extract(dir, "Kabul falls\n\nTaliban fighters captured Kabul on Sunday, officials said.");
        assertEquals("Kabul", first(r, EventType.TERRITORY_CAPTURED).place().name());
    }
}
