package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layers;
import org.junit.jupiter.api.Test;

/**
 * How news tells events, beyond one sentence: a lede that names no place or date and a body
 * that does, a place named as a party, a date that is the day of a statement. Texts written for
 * these tests.
 */
class NewsStructureTest {
    private static final LocalDate MONDAY = LocalDate.of(2017, 3, 6);
    private static final Place KAFRA = ExtractionFixture.town("Kafra", 36.1, 37.2);
    private static final Place BIRKA = ExtractionFixture.town("Birka", 36.3, 37.4);
    private static final Place PROVINCE = new Place("Aleppo province", 36.2, 37.1, "SY", "Aleppo", null, "admin1");
    private static final Place OTHER_PROVINCE = new Place("Idlib province", 35.8, 36.6, "SY", "Idlib", null, "admin1");
    private static final Place SYRIA = new Place("Syria", 35.0, 38.0, "SY", null, 163843L, "country");
    private static final Place TURKEY = new Place("Turkey", 39.0, 35.0, "TR", null, 298795L, "country");
    private static final Place CAPITAL = new Place("Damascus", 33.5, 36.3, "SY", "Dimashq", 170654L, "city");
    private final EventExtractor extractor = new EventExtractor();

    private List<Event> extract(String text) {
        Analysis doc = ExtractionFixture.analysis(text, MONDAY,
                Map.of("Kafra", KAFRA, "Birka", BIRKA, "Aleppo province", PROVINCE, "Idlib province", OTHER_PROVINCE,
                        "Damascus", CAPITAL, "Turkey", TURKEY, "Syria", SYRIA));
        extractor.apply(doc);
        return doc.get(Layers.PROPOSED);
    }

    private static List<Event> ofType(List<Event> es, EventType type) {
        return es.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aPlaceTheLedeDescribesIsTheOneTheNextSentencesName() {
        List<Event> es = ofType(extract("Rebels captured a small village in Aleppo province on Sunday. "
                + "Their fighters entered the village of Kafra at dawn, residents said."), EventType.TERRITORY_CAPTURED);
        assertEquals(1, es.size(), es.toString());
        assertEquals("Kafra", es.get(0).place().name());
    }

    @Test
    void aDescribedPlaceNobodyNamesStaysWhereTheDescriptionPutsIt() {
        List<Event> es = ofType(extract("Rebels captured a small village in Aleppo province on Sunday. "
                + "The army said it would strike back."), EventType.TERRITORY_CAPTURED);
        assertEquals(1, es.size(), es.toString());
        assertEquals("Aleppo province", es.get(0).place().name());
    }

    @Test
    void aPlaceOutsideTheDescriptionIsNotTheOneDescribed() {
        // Birka lies in Aleppo province too, but it is 500 km from Damascus: "near Damascus" rules it out
        List<Event> es = ofType(extract("Rebels captured a strategic town near Damascus on Sunday. "
                + "Government aircraft later bombed Birka."), EventType.TERRITORY_CAPTURED);
        assertEquals(1, es.size(), es.toString());
        assertEquals("Damascus", es.get(0).place().name());
    }

    @Test
    void someUnnamedTownsAreNoPlaceTheSentenceNamesElsewhere() {
        List<Event> es = extract("The army has fought for months to capture Birka, and has already captured some key villages.");
        assertTrue(ofType(es, EventType.TERRITORY_CAPTURED).isEmpty(), es.toString());
    }

    @Test
    void aCityStandingForItsGovernmentIsNoPlace() {
        List<Event> es = extract("Damascus's forces seized large areas this year, the ministry said. Rebels shelled Kafra on Sunday.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().name().equals("Damascus")), es.toString());
        assertEquals(1, ofType(es, EventType.SHELLING).size(), es.toString());
    }

    @Test
    void anUndatedLedeIsTheEventTheBodyDates() {
        // published on Monday; the lede has no date words, the body puts the attack on Tuesday, six days before
        List<Event> es = ofType(extract("Gunmen attacked the army base in Kafra, killing nine soldiers.\n\n"
                + "The gunmen attacked the army base in Kafra on Tuesday night, residents said."), EventType.ARMED_CLASH);
        assertEquals(1, es.size(), es.toString());
        assertEquals(LocalDate.of(2017, 2, 28), es.get(0).date().start(), es.toString());
    }

    @Test
    void theDayOfAStatementIsNotTheDayOfWhatItReports() {
        List<Event> es = ofType(extract("Officials said on Sunday that nine soldiers were killed when gunmen attacked the army base in Kafra.\n\n"
                + "The gunmen attacked the army base in Kafra on Tuesday night, residents said."), EventType.ARMED_CLASH);
        assertEquals(1, es.size(), es.toString());
        assertEquals(LocalDate.of(2017, 2, 28), es.get(0).date().start(), es.toString());
    }

    @Test
    void twoTellingsAWeekApartStayTwoEvents() {
        List<Event> es = ofType(extract("Gunmen attacked the army base in Kafra, killing nine soldiers.\n\n"
                + "Last month, on February 10, gunmen attacked the army base in Kafra too."), EventType.ARMED_CLASH);
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void aSentenceWithoutDateWordsGoesOnTellingTheDaysJustTold() {
        List<Event> es = ofType(extract("Gunmen attacked the army base in Kafra on Saturday.\n\n"
                + "Thousands of residents fled Kafra, witnesses said."), EventType.DISPLACEMENT);
        assertEquals(1, es.size(), es.toString());
        assertEquals(LocalDate.of(2017, 3, 4), es.get(0).date().start());
    }

    @Test
    void daysLongPastAreBackgroundNotWhatTheNextSentenceGoesOnAbout() {
        List<Event> es = ofType(extract("On February 2, 2015, gunmen attacked the army base in Kafra.\n\n"
                + "Thousands of residents fled Kafra, witnesses said."), EventType.DISPLACEMENT);
        assertEquals(1, es.size(), es.toString());
        assertEquals(MONDAY, es.get(0).date().start());
    }

    @Test
    void theFightAfterWhichPlacesWereTakenIsTheFightForTheFirst() {
        List<Event> es = ofType(extract("Rebels captured Kafra and Birka on Sunday after fierce clashes with the army."),
                EventType.ARMED_CLASH);
        assertEquals(1, es.size(), es.toString());
        assertEquals("Kafra", es.get(0).place().name());
    }

    @Test
    void fightersWhoFleeAreNotDisplacedPeople() {
        assertTrue(ofType(extract("Air strikes on Sunday hit the fleeing militants near Kafra."), EventType.DISPLACEMENT).isEmpty());
        assertTrue(ofType(extract("Two army battalions stationed in Kafra with their wounded men fled by boat on Sunday."),
                EventType.DISPLACEMENT).isEmpty());
        assertEquals(1, ofType(extract("Rebels attacked Kafra on Sunday and thousands of residents fled."),
                EventType.DISPLACEMENT).size());
    }

    @Test
    void aReportTheSentenceCallsFalseIsNoEvent() {
        assertTrue(extract("Fake news is circulating claiming that rebels captured Kafra on Sunday.").isEmpty());
    }

    @Test
    void aRegionTheTriggerItselfLocatesBeatsATownNamedBeforeIt() {
        List<Event> es = ofType(extract("Clashes went on around Kafra on Sunday, and the army reported heavy fighting in "
                + "Idlib province as well."), EventType.ARMED_CLASH);
        assertTrue(es.stream().anyMatch(e -> e.place().name().equals("Idlib province")), es.toString());
    }

    @Test
    void theSideThatWithdrewLostThePlaceToItsEnemy() {
        List<Event> es = ofType(extract("Government troops captured Kafra on Sunday. The rebels withdrew from Kafra on Sunday, "
                + "residents said."), EventType.TERRITORY_CAPTURED);
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("Syrian government"), es.get(0).actor1());
        assertEquals(List.of("Syrian rebels"), es.get(0).actor2());
    }

    @Test
    void weaponsSeizedAndRiotPoliceAreNoCaptureAndNoProtest() {
        List<Event> es = extract("Rebels attacked the army base in Kafra on Sunday; several rifles and munitions were also "
                + "seized, and riot police units were sent to Kafra.");
        assertTrue(ofType(es, EventType.TERRITORY_CAPTURED).isEmpty(), es.toString());
        assertTrue(ofType(es, EventType.PROTEST).isEmpty(), es.toString());
    }

    @Test
    void whatTheyManagedToDoHappened() {
        assertEquals(1, ofType(extract("Rebels managed to capture Kafra on Sunday."), EventType.TERRITORY_CAPTURED).size());
        assertTrue(extract("Rebels tried to capture Kafra on Sunday.").isEmpty());
    }

    @Test
    void aCountryAStrikeIsAimedAtIsItsPlace() {
        // the country is no party here, and the strike goes into it: it is where the strike fell
        List<Event> es = ofType(extract("Rebels fired dozens of rockets into Turkey on Sunday, officials said."),
                EventType.SHELLING);
        assertEquals(1, es.size(), es.toString());
        assertEquals("Turkey", es.get(0).place().name());
    }

    @Test
    void aDirectionNamesThePartOfTheCountryAimedAt() {
        List<Event> es = ofType(extract("The army fired artillery toward southern Turkey on Sunday."), EventType.SHELLING);
        assertEquals(1, es.size(), es.toString());
        assertEquals("southern Turkey", es.get(0).place().name());
        assertEquals("region", es.get(0).place().precision());
    }

    @Test
    void aCountryNamedInPassingIsStillNoPlace() {
        assertTrue(ofType(extract("Rebels shelled positions on Sunday, a monitor in Turkey said."), EventType.SHELLING).isEmpty());
    }

    @Test
    void aSentenceThatGoesOnFromTheLastTakesItsDay() {
        // "then" carries the day of the sentence before, even one months before the report
        List<Event> es = ofType(extract("On 2 October 2016 rebels attacked army posts in Kafra. "
                + "The army then shelled Birka."), EventType.SHELLING);
        assertEquals(1, es.size(), es.toString());
        assertEquals(LocalDate.of(2016, 10, 2), es.get(0).date().start());
    }

    @Test
    void anUndatedSentenceWithoutThenIsNotCarriedMonthsBack() {
        List<Event> es = ofType(extract("On 2 October 2016 rebels attacked army posts in Kafra. "
                + "The army shelled Birka."), EventType.SHELLING);
        assertEquals(1, es.size(), es.toString());
        assertEquals(MONDAY, es.get(0).date().start());
    }

    @Test
    void sidesJoinedByBetweenActEvenWhenTheFightingBrokeOutFirst() {
        List<Event> es = ofType(extract("Heavy fighting broke out between Turkish and Syrian forces in Kafra on Sunday."),
                EventType.ARMED_CLASH);
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("Turkey"), es.get(0).actor1());
        assertEquals(List.of("Syrian government"), es.get(0).actor2());
    }

    @Test
    void backgroundWithNoPlaceIsNotPutAtTheStorysTown() {
        // the campaign began months before the report and names no place: it did not happen in Kafra
        List<Event> es = extract("Rebels shelled Kafra on Sunday. Government jets began air strikes on 2 October 2016.");
        assertTrue(ofType(es, EventType.AIR_STRIKE).isEmpty(), es.toString());
    }

    @Test
    void recentNewsWithNoPlaceStaysAtTheStorysTown() {
        List<Event> es = extract("Rebels shelled Kafra on Sunday. Government jets answered with air strikes on Sunday night.");
        assertEquals(1, ofType(es, EventType.AIR_STRIKE).size(), es.toString());
    }

    @Test
    void aTownsKeyDistrictIsWhereItHappenedNotTheTown() {
        List<Event> es = ofType(extract("Rebels attacked Birka's key district of Kafra on Sunday."), EventType.ARMED_CLASH);
        assertEquals(1, es.size(), es.toString());
        assertEquals("Kafra", es.get(0).place().name());
    }

    @Test
    void whereSomethingWasToldIsNotWhereItHappened() {
        List<Event> es = ofType(extract("Rebels shelled Kafra on Sunday. A commander told reporters in Damascus that rebels "
                + "had attacked the barracks on Sunday."), EventType.ARMED_CLASH);
        assertTrue(es.stream().noneMatch(e -> e.place().name().equals("Damascus")), es.toString());
    }

    @Test
    void theGroupIsTheArmedGroupTheStoryNamedBefore() {
        List<Event> es = ofType(extract("The towns are the latest prizes for Islamic State militants, monitors said.\n\n"
                + "Activists said fighters from the group captured Kafra on Sunday."), EventType.TERRITORY_CAPTURED);
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("Islamic State"), es.get(0).actor1());
    }

    @Test
    void theTownOfANameIsThatNameNotTheTownBefore() {
        // "the strategic town of X" names X; it does not point back at the town of the sentence before
        List<Event> es = ofType(extract("Rebels shelled Birka on Saturday. On Sunday, rebels seized the strategic town of "
                + "Kafra, as nearby areas also fell into the hands of the rebels."), EventType.TERRITORY_CAPTURED);
        assertTrue(!es.isEmpty() && es.stream().allMatch(e -> e.place().name().equals("Kafra")), es.toString());
    }

    @Test
    void aPlaceSaidToLieNearAnotherIsWhereItHappened() {
        // "Kafra, located north of Birka": Birka only says where Kafra lies
        List<Event> es = ofType(extract("In Kafra, a town located north of Birka, rebels shelled the market on Sunday."),
                EventType.SHELLING);
        assertEquals(1, es.size(), es.toString());
        assertEquals("Kafra", es.get(0).place().name());
    }

    @Test
    void anAreaNamedBeforeItsKindIsTheAreaNotAModifier() {
        // "posts in X district of Y": X is the district, Y the larger area it lies in
        List<Event> es = ofType(extract("Militants attacked two army posts in Kafra district of Birka on Sunday."),
                EventType.ARMED_CLASH);
        assertEquals(1, es.size(), es.toString());
        assertEquals("Kafra", es.get(0).place().name());
        // "the Aleppo town of X": the first name is where the town lies
        List<Event> town = ofType(extract("Militants attacked the Aleppo province town of Kafra on Sunday."), EventType.ARMED_CLASH);
        assertEquals("Kafra", town.get(0).place().name());
    }

    @Test
    void controlOfADescribedTownIsTheTownNamedNext() {
        List<Event> es = ofType(extract("Rebels took control of a strategic town in northern Syria on Monday, cutting the "
                + "road out of Damascus. In the north, rebels captured Kafra, a town on the main road."), EventType.TERRITORY_CAPTURED);
        assertTrue(!es.isEmpty() && es.stream().allMatch(e -> e.place().name().equals("Kafra")), es.toString());
    }

    @Test
    void aVillageTheLedeDescribesIsNoCity() {
        List<Event> es = extract("Rebels attacked a village on Sunday, killing ten people. The raid came a year after "
                + "rebels shelled Damascus. Kafra residents buried the dead on Monday.");
        List<Event> sunday = es.stream().filter(e -> e.evidence().startsWith("Rebels attacked")).toList();
        assertEquals(1, sunday.size(), es.toString());
        assertEquals("Kafra", sunday.get(0).place().name());
    }

    @Test
    void aPlaceSaidToContainTheOneBeforeIsNotWhereItHappened() {
        // "in X village, also in Y": Y says where X lies
        List<Event> es = ofType(extract("On Sunday, in Kafra village, also in Birka, gunmen attacked a bus and killed ten people."),
                EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertEquals(1, es.size(), es.toString());
        assertEquals("Kafra", es.get(0).place().name());
    }

    @Test
    void aLedePlacedOnlyInTheCountryIsAtTheStorysTown() {
        List<Event> es = ofType(extract("At least 19 people were killed in a new rebel attack in eastern Syria on Sunday.\n\n"
                + "The latest attack took place after fighters went into a village near Kafra, residents said. "
                + "Kafra residents buried the dead on Monday."), EventType.ARMED_CLASH);
        assertEquals(1, es.size(), es.toString());
        assertEquals("Kafra", es.get(0).place().name());
    }

    @Test
    void aListItemsProvinceDoesNotEndTheList() {
        List<Event> es = ofType(extract("Rebels also captured the towns of Kafra, in Aleppo province, and Birka "
                + "on Sunday."), EventType.TERRITORY_CAPTURED);
        assertEquals(List.of("Kafra", "Birka"), es.stream().map(e -> e.place().name()).toList(), es.toString());
    }

    @Test
    void datelinesWithoutAnAgencyAreWhereTheReportWasFiled() {
        for (String lede : List.of("Damascus, Oct 22 More than ten people were killed in a rebel attack.",
                "Damascus – More than ten people were killed in a rebel attack.",
                "March 5, 2017 (Damascus) – More than ten people were killed in a rebel attack.")) {
            int at = lede.indexOf("Damascus");
            org.frontline.recognise.text.Sentence s = new org.frontline.recognise.text.Sentence(0, 0, 0, lede.length(), lede);
            assertTrue(SentenceView.dateline(s, new org.frontline.recognise.place.PlaceMention(at, at + 8, "Damascus", CAPITAL)),
                    lede);
        }
        String two = "ALEPPO / DAMASCUS: More than ten people were killed in a rebel attack.";
        int second = two.indexOf("DAMASCUS");
        assertTrue(SentenceView.dateline(new org.frontline.recognise.text.Sentence(0, 0, 0, two.length(), two),
                new org.frontline.recognise.place.PlaceMention(second, second + 8, "DAMASCUS", CAPITAL)), two);
        String inside = "Rebels said – without proof – that Damascus fell.";
        int at = inside.indexOf("Damascus");
        assertTrue(!SentenceView.dateline(new org.frontline.recognise.text.Sentence(0, 0, 0, inside.length(), inside),
                new org.frontline.recognise.place.PlaceMention(at, at + 8, "Damascus", CAPITAL)));
    }

    @Test
    void anAttackOnADescribedVillageIsAtTheVillageNamedNext() {
        List<Event> es = extract("At least eight civilians were killed in a rebel attack on a village in Aleppo province on Sunday.\n\n"
                + "Gunmen on motorcycles came at night and shot at Kafra village, the mayor said.");
        List<Event> lede = es.stream().filter(e -> e.evidence().startsWith("At least")).toList();
        assertTrue(!lede.isEmpty() && lede.stream().allMatch(e -> e.place().name().equals("Kafra")), es.toString());
    }
}
