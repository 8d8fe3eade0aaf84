package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Status;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layers;
import org.junit.jupiter.api.Test;

class EventExtractorTest {
    static final LocalDate MONDAY = LocalDate.of(2017, 3, 6);
    static final Place KAFRA = ExtractionFixture.town("Kafra", 36.1, 37.2);
    static final Place BIRKA = ExtractionFixture.town("Birka", 36.3, 37.4);
    private final EventExtractor extractor = new EventExtractor();

    private List<Event> extract(String text) {
        Analysis doc = ExtractionFixture.analysis(text, MONDAY, Map.of("Kafra", KAFRA, "Birka", BIRKA));
        extractor.apply(doc);
        List<Event> events = doc.get(Layers.PROPOSED);
        for (Event e : events) {
            assertTrue(text.contains(e.evidence()) || e.evidence().contains(" "), "evidence comes from the text");
        }
        return events;
    }

    @Test
    void aCaptureWithItsActorsPlaceAndDate() {
        List<Event> es = extract("Rebels captured Kafra from the army on Saturday, the monitor said.");
        assertEquals(1, es.size(), es.toString());
        Event e = es.get(0);
        assertEquals(EventType.TERRITORY_CAPTURED, e.type());
        assertEquals(List.of("Syrian rebels"), e.actor1());
        assertEquals(List.of("Syrian government"), e.actor2());
        assertEquals("Kafra", e.place().name());
        assertEquals(LocalDate.of(2017, 3, 4), e.date().start());
        assertEquals(Status.REPORTED, e.status());
        assertEquals(List.of("Syrian Observatory for Human Rights"), e.sources());
    }

    @Test
    void aDateInBracketsRestatesTheTimeBeforeIt() {
        // "this morning" alone is the publication day; the bracketed date says which day it was
        Event e = extract("Rebels captured Kafra this morning (Saturday 4 March), the monitor said.").get(0);
        assertEquals(LocalDate.of(2017, 3, 4), e.date().start());
        assertEquals(LocalDate.of(2017, 3, 6), extract("Rebels captured Kafra this morning, the monitor said.").get(0)
                .date().start());
    }

    @Test
    void aPlaceTakenByAPartyIsCaptured() {
        Event e = extract("Kafra town was taken by rebels on Saturday, residents said.").get(0);
        assertEquals(EventType.TERRITORY_CAPTURED, e.type());
        assertEquals("Kafra", e.place().name());
        assertEquals(List.of("Syrian rebels"), e.actor1());
        assertTrue(extract("The wounded were taken by ambulance to Kafra on Saturday, rebels said.").stream()
                .noneMatch(x -> x.type() == EventType.TERRITORY_CAPTURED));
    }

    @Test
    void theyBeforeTheTriggerIsTheSubjectOfTheMainClauseNotTheNearestParty() {
        Event e = extract("The rebels said the army was exhausted when they captured Kafra on Sunday.").stream()
                .filter(x -> x.type() == EventType.TERRITORY_CAPTURED).findFirst().orElseThrow();
        assertEquals(List.of("Syrian rebels"), e.actor1());
    }

    @Test
    void aNameRestatedInBracketsIsStillTheObjectOfItsPreposition() {
        Event e = extract("Troops fighting forces of the Free Syrian Army (FSA) have taken full control of Kafra on Sunday.").stream()
                .filter(x -> x.type() == EventType.TERRITORY_CAPTURED).findFirst().orElseThrow();
        assertEquals(List.of("Syrian government"), e.actor1());
    }

    @Test
    void anAttackerToldByByAfterTheAttackActsAndTheHolderOfTheTargetDoesNot() {
        Event e = extract("Ten soldiers were killed in an attack on Sunday by suspected members of the rebels in Kafra.").stream()
                .filter(x -> x.type() == EventType.ARMED_CLASH).findFirst().orElseThrow();
        assertEquals(List.of("Syrian rebels"), e.actor1());
        Event f = extract("The army said its attack on Sunday on a post held by rebels in Kafra killed ten fighters.").stream()
                .filter(x -> x.type() == EventType.ARMED_CLASH).findFirst().orElseThrow();
        assertEquals(List.of("Syrian government"), f.actor1());
        Event g = extract("Rebels said their attack on Sunday on a convoy escorted by soldiers near Kafra killed ten.").stream()
                .filter(x -> x.type() == EventType.ARMED_CLASH).findFirst().orElseThrow();
        assertEquals(List.of("Syrian rebels"), g.actor1());
    }

    @Test
    void theAgentOfANounTriggerToldAfterItActs() {
        Event e = extract("The army said the shelling of Kafra carried out by rebels killed four people on Sunday.").stream()
                .filter(x -> x.type() == EventType.SHELLING).findFirst().orElseThrow();
        assertEquals(List.of("Syrian rebels"), e.actor1());
    }

    @Test
    void passiveVoiceSwapsTheRoles() {
        Event e = extract("Kafra was captured by IS fighters on Sunday.").get(0);
        assertEquals(List.of("Islamic State"), e.actor1());
    }

    @Test
    void hypotheticalsThreatsAndNegationsAreNotEvents() {
        assertTrue(extract("The army could capture Kafra within days.").isEmpty());
        assertTrue(extract("Rebels threatened to attack Kafra.").isEmpty());
        assertTrue(extract("There was no fighting in Kafra on Sunday.").isEmpty());
        assertTrue(extract("Both sides are racing to capture Kafra.").isEmpty());
    }

    @Test
    void aPartysWordIsClaimedAndAnAllegationUnverified() {
        assertEquals(Status.CLAIMED, extract("State TV said the army captured Kafra on Sunday.").get(0).status());
        assertEquals(Status.UNVERIFIED,
                extract("IS allegedly captured Kafra on Sunday, in a video that could not be verified.").get(0).status());
    }

    @Test
    void mentionsOfOneEventAreMerged() {
        List<Event> es = extract("Rebels captured Kafra on Sunday. The capture of Kafra was confirmed. "
                + "Rebels seized Kafra after heavy clashes on Sunday.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.TERRITORY_CAPTURED).count(), es.toString());
    }

    @Test
    void aRouteCutNamesBothEnds() {
        Event e = extract("The army cut the main road between Kafra and Birka on Sunday.").stream()
                .filter(x -> x.type() == EventType.ROUTE_CUT).findFirst().orElseThrow();
        assertEquals("Kafra", e.route().from().name());
        assertEquals("Birka", e.route().to().name());
    }

    @Test
    void withoutAPlaceThereIsNoCapture() {
        assertTrue(extract("Rebels captured two tanks on Sunday.").isEmpty());
    }

    @Test
    void withoutAnArmedPartyNothingIsAnEvent() {
        // a flood report: people flee, but nobody fights
        assertTrue(extract("Heavy rain flooded Kafra on Sunday and thousands of residents fled their homes.").isEmpty());
    }

    @Test
    void peopleFleeingANaturalHazardAreNoConflictEventEvenWhereArmiesAre() {
        // soldiers are in the story (they rescue people), so the report has an armed party
        assertTrue(extract("Landslides buried Kafra on Sunday, displacing 3,000 people, and soldiers joined the rescue.").isEmpty());
        assertTrue(extract("A wildfire forced 800 residents of Kafra to flee on Sunday as troops cleared the roads.").isEmpty());
        assertEquals(1, extract("Rebels shelled Kafra on Sunday, displacing 3,000 people.").stream()
                .filter(e -> e.type() == EventType.DISPLACEMENT).count(), "the same words with a war's cause stay an event");
    }

    @Test
    void fightersWhoFleeAreNotDisplaced() {
        assertTrue(extract("Rebels attacked Kafra on Sunday and the soldiers of the garrison fled.").stream()
                .noneMatch(e -> e.type() == EventType.DISPLACEMENT));
        assertTrue(extract("Rebels shelled Kafra on Sunday, where displaced families are sheltering.").stream()
                .noneMatch(e -> e.type() == EventType.DISPLACEMENT));
    }

    @Test
    void aCeasefireMentionedIsNotACeasefireAgreed() {
        assertTrue(extract("Rebels said the ceasefire in Kafra could not hold for long.").stream()
                .noneMatch(e -> e.type() == EventType.AGREEMENT));
        assertTrue(extract("Rebels and the army signed a ceasefire in Kafra on Sunday.").stream()
                .anyMatch(e -> e.type() == EventType.AGREEMENT));
    }

    @Test
    void aPlaceNamedToMeasureADistanceIsNotWhereItHappened() {
        List<Event> es = extract("Rebels took the hill, 12km east of Birka, on Sunday. They captured the town of Kafra too.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().name().equals("Birka")
                && e.evidence().startsWith("They")), es.toString());
        List<Event> outside = extract("The army retook Kafra on Sunday. Troops pushed into the town, 20 kilometres (12 miles) "
                + "outside Birka. Clashes went on in the town on Monday.");
        assertTrue(outside.stream().noneMatch(e -> e.place() != null && e.place().name().equals("Birka")), outside.toString());
    }

    @Test
    void takingAStringOfVillagesIsOneCapturePerListedPlace() {
        List<Event> es = extract("Rebels also took a row of villages they had long contested, including Kafra and Birka, "
                + "on Sunday.");
        List<String> taken = es.stream().filter(e -> e.type() == EventType.TERRITORY_CAPTURED)
                .map(e -> e.place().name()).toList();
        assertTrue(taken.containsAll(List.of("Kafra", "Birka")), es.toString());
    }

    @Test
    void aListWhosePlacesCarryTheirSideIsStillOneEventPerPlace() {
        List<Event> es = extract("Russian jets carried out air strikes in Kafra and southern Birka on Sunday.");
        List<String> hit = es.stream().filter(e -> e.type() == EventType.AIR_STRIKE).map(e -> e.place().name()).toList();
        assertTrue(hit.containsAll(List.of("Kafra", "Birka")), es.toString());
    }

    @Test
    void aPlaceUnderControlSinceADayWasTakenThatDay() {
        List<Event> es = extract("The army headed toward Kafra (under rebel control since Saturday) on Sunday.");
        Event e = es.stream().filter(x -> x.type() == EventType.TERRITORY_CAPTURED).findFirst().orElseThrow();
        assertEquals("Kafra", e.place().name());
        assertEquals(LocalDate.of(2017, 3, 4), e.date().start());
    }

    @Test
    void aReportersBaseIsNotWhereItHappened() {
        List<Event> es = extract("The paper's Birka correspondent said rebels attacked the police (BGP) post at Kafra on Sunday.");
        assertTrue(es.stream().anyMatch(e -> e.place() != null && e.place().name().equals("Kafra")), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().name().equals("Birka")), es.toString());
    }

    @Test
    void anOutcomeToldWithTheIsANewEvent() {
        List<Event> es = extract("Rebels attacked on Sunday, culminating in the capture of Kafra, residents said.");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.TERRITORY_CAPTURED), es.toString());
        // "the capture" that points back is still no new event
        assertTrue(extract("The capture of Kafra has strategic significance.").stream()
                .noneMatch(e -> e.type() == EventType.TERRITORY_CAPTURED));
    }

    @Test
    void aSecondVerbOfTheSentenceSharesItsSubject() {
        // "the army" is the object of the first verb, not the subject of the second
        List<Event> es = extract("Rebels began fighting the army in April and have since taken over Kafra.").stream()
                .filter(e -> e.type() == EventType.TERRITORY_CAPTURED).toList();
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("Syrian rebels"), es.get(0).actor1());
    }
}
