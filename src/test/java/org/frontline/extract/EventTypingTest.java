package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Issue 11, round 2: the type from the means, and what is not an event (sentences of our own). */
class EventTypingTest {
    static final LocalDate MONDAY = LocalDate.of(2017, 3, 6);
    static final Place KAFRA = ExtractionFixture.town("Kafra", 36.1, 37.2);
    static final Place BIRKA = ExtractionFixture.town("Birka", 36.3, 37.4);
    private final EventExtractor extractor = new EventExtractor();

    private List<Event> extract(String text) {
        Analysis doc = ExtractionFixture.analysis(text, MONDAY, Map.of("Kafra", KAFRA, "Birka", BIRKA));
        extractor.apply(doc);
        return doc.get(Layers.PROPOSED);
    }

    private List<EventType> types(String text) {
        return extract(text).stream().map(Event::type).distinct().toList();
    }

    @Test
    void aircraftMakeAnAttackAnAirStrike() {
        assertEquals(List.of(EventType.AIR_STRIKE), types("A government drone attacked a rebel post in Kafra on Sunday."));
        assertEquals(List.of(EventType.AIR_STRIKE),
                types("Army jets struck a rebel depot in Kafra on Sunday, killing four fighters."));
    }

    @Test
    void missilesFromADroneAreAnAirStrikeNotShelling() {
        assertEquals(List.of(EventType.AIR_STRIKE),
                types("On Sunday a government drone fired two missiles at a rebel car in Kafra."));
    }

    @Test
    void gunsOnTheGroundMakeShellingAndPlantedBombsARemoteExplosive() {
        assertEquals(List.of(EventType.SHELLING),
                types("Rebels attacked Kafra with mortars on Sunday, wounding three soldiers."));
        assertEquals(List.of(EventType.REMOTE_EXPLOSIVE),
                types("On Sunday rebels attacked an army patrol near Kafra with a roadside bomb."));
    }

    @Test
    void aStrikeWithoutAMeansIsNoEventAndAGrenadeIsNoRocket() {
        assertTrue(extract("Nurses in Kafra went on strike on Sunday over pay, rebels said.").isEmpty());
        assertEquals(List.of(EventType.ARMED_CLASH),
                types("Rebels armed with rocket-propelled grenades attacked an army post in Kafra on Sunday."));
    }

    @Test
    void anAttackBesideAnotherStrikeKeepsItsType() {
        List<EventType> t = types("Rebels attacked an army post in Kafra on Sunday; the army answered with air strikes.");
        assertTrue(t.contains(EventType.ARMED_CLASH) && t.contains(EventType.AIR_STRIKE), t.toString());
    }

    @Test
    void anAttackOnCiviliansWithoutAWeaponIsViolenceAgainstCivilians() {
        assertEquals(List.of(EventType.VIOLENCE_AGAINST_CIVILIANS),
                types("On Sunday rebels attacked farmers in Kafra, killing nine villagers."));
        assertEquals(List.of(EventType.ARMED_CLASH),
                types("On Sunday rebels attacked an army post in Kafra, killing two soldiers and a villager."));
    }

    @Test
    void statesHabitsCaptionsAndPreventedAttacksAreNotEvents() {
        assertTrue(extract("Kafra has been under heavy attack by rebels for weeks.").isEmpty());
        assertTrue(extract("Rebel attacks frequently occur when the army convoys reach Kafra.").isEmpty());
        assertTrue(extract("There have been other attacks by rebels near Kafra.").isEmpty());
        assertTrue(extract("In this picture taken on Sunday, soldiers patrol Kafra after fighting with rebels.").isEmpty());
        assertTrue(extract("FILE - In this March 3, 2017 file photo, rescuers search the rubble after air strikes on Kafra.")
                .isEmpty());
        assertTrue(extract("Troops were sent to prevent a (rebel) attack on Kafra.").isEmpty());
    }

    @Test
    void agencyCaptionsTellWhatAPictureShowsNotANewEvent() {
        // the agencies' caption style: present tense, and the place and full date at the end with no "on"
        assertTrue(extract("A medic walks past houses destroyed by shelling, in Kafra, Syria March 3, 2016.").isEmpty());
        // a caption line ends without a full stop
        assertTrue(extract("Families displaced by the fighting in Kafra wait outside a school\n").isEmpty());
        // a sentence that reports, with its date after "on", stays an event
        assertFalse(extract("Rebels shelled Kafra on March 3, 2016.").isEmpty());
        assertFalse(extract("Rebels shelled Kafra, officials said on Sunday, March 3, 2016.").isEmpty());
    }

    @Test
    void breakingASiegeIsAClash() {
        assertTrue(types("On Sunday the army broke a three-month rebel siege of Kafra.").contains(EventType.ARMED_CLASH));
    }

    @Test
    void aStrikeThatKilledOnlyNonCombatantsHasCiviliansAsItsSecondActor() {
        Event e = extract("On Sunday army jets struck a market in Kafra, killing six people including two children.").get(0);
        assertEquals(EventType.AIR_STRIKE, e.type());
        assertTrue(e.actor2().contains("civilians"), e.actor2().toString());
        Event f = extract("On Sunday army jets struck Kafra, killing six rebel fighters.").get(0);
        assertTrue(!f.actor2().contains("civilians"), f.actor2().toString());
    }

    @Test
    void aPlaceThatSaysWhereTheVillageLiesIsNotTheEventsPlace() {
        Event e = extract("On Sunday rebels attacked an army post in the Kafra village of Birka.").get(0);
        assertEquals("Birka", e.place().name());
    }

    @Test
    void peopleDisplacedByTheWarAreAStateNotAnEvent() {
        assertTrue(extract("Thousands of people in Kafra have been displaced by the long war with the rebels.").isEmpty());
    }

    @Test
    void anAttackOnVillagesByFightersIsViolenceAgainstCivilians() {
        // the attackers' own word ("fighters") is no combatant target; the villages are what was hit
        assertEquals(List.of(EventType.VIOLENCE_AGAINST_CIVILIANS),
                types("Rebel fighters stormed the village of Kafra on Sunday, killing twelve farmers."));
        assertEquals(List.of(EventType.VIOLENCE_AGAINST_CIVILIANS),
                types("On Sunday rebels attacked the villages of Kafra and Birka, burning homes."));
    }

    @Test
    void soldiersAttackedBesideVillagersAreAClash() {
        assertEquals(List.of(EventType.ARMED_CLASH),
                types("Soldiers were attacked by rebels in Kafra on Sunday, and two villagers died in the crossfire."));
        assertEquals(List.of(EventType.ARMED_CLASH),
                types("Rebels attacked an army post in the village of Kafra on Sunday."));
    }

    @Test
    void yearsOfAttacksAreNoEvent() {
        assertTrue(extract("Kafra has faced a rising wave of rebel attacks over the last four years.").isEmpty());
    }

    @Test
    void evacuationsInAStormReportAreTheStormsNotTheWars() {
        // the army helps; nobody fights: the second sentence names no hazard but the report is about one
        assertTrue(extract("Army troops evacuated families from Kafra as the storm surge flooded the river banks. "
                + "By Sunday night 1,500 people had been evacuated from Kafra, officials said.").isEmpty());
    }

    @Test
    void fightingCorruptionIsNoClash() {
        assertTrue(extract("Rebel leaders in Kafra vowed on Sunday to keep fighting corruption.").isEmpty());
    }

    @Test
    void gunfireAtPeopleIsNoShellingButFireOnBasesIs() {
        assertEquals(List.of(EventType.VIOLENCE_AGAINST_CIVILIANS),
                types("Rebels stormed Kafra on Sunday and opened fire on villagers in the market."));
        assertEquals(List.of(EventType.SHELLING), types("The army opened fire on rebel bases in Kafra on Sunday."));
    }

    @Test
    void aPlaceOccupiedByAPartyIsCapturedButAnOccupiedPlaceIsNoEvent() {
        assertEquals(List.of(EventType.TERRITORY_CAPTURED), types("Kafra was occupied by rebels on Sunday, residents said."));
        assertEquals(List.of(), types("Rebels in the occupied part of Kafra buried their dead on Sunday."));
    }

    @Test
    void aPlaceOccupiedWithNoAgentNamedIsCapturedToo() {
        assertTrue(types("Rebels shelled Birka on Sunday. Kafra was occupied for two days in March.").contains(EventType.TERRITORY_CAPTURED));
        assertEquals(List.of(EventType.TERRITORY_CAPTURED), types("Rebels re-occupied Kafra on Sunday."));
        assertEquals(List.of(), types("Rebels in Kafra were occupied with repairs on Sunday."));
    }

    @Test
    void aRoadsideBombingIsARemoteExplosive() {
        assertEquals(List.of(EventType.REMOTE_EXPLOSIVE),
                types("A roadside bombing in Kafra killed a police chief of the army on Sunday."));
    }

    @Test
    void seizingPeopleIsNoCaptureOfTheirTown() {
        assertFalse(types("Villagers in Kafra seized three suspected rebels on Sunday.").contains(EventType.TERRITORY_CAPTURED));
        assertFalse(types("Rebels captured eight people in Kafra on Sunday.").contains(EventType.TERRITORY_CAPTURED));
    }

    @Test
    void bombingsWithNoAircraftNorAStateBehindThemArePlantedBombs() {
        assertEquals(List.of(EventType.REMOTE_EXPLOSIVE),
                types("Rebels were blamed for bombings in Kafra on Sunday that targeted banks and hotels."));
        assertEquals(List.of(EventType.AIR_STRIKE), types("Syrian government bombing of Kafra killed six rebels on Sunday."));
        assertEquals(List.of(EventType.AIR_STRIKE), types("Bombings by army jets hit Kafra on Sunday."));
        assertEquals(List.of(EventType.AIR_STRIKE), types("Heavy Russian bombing of Kafra went on as rebels held out on Sunday."));
        assertEquals(List.of(EventType.AIR_STRIKE), types("Overnight bombing of Kafra killed six rebels on Sunday."));
    }

    @Test
    void anAttackOutsideAnAirForceBaseIsNoAirStrike() {
        assertFalse(types("Rebels attacked guards outside the air force headquarters in Kafra on Sunday.")
                .contains(EventType.AIR_STRIKE));
    }

    @Test
    void theClashingSidesAreNoClash() {
        // "clashing" describing the parties names who fights, not a clash on a day
        assertTrue(extract("The clashing sides in Kafra are both allied with the government, officials said.").isEmpty());
        assertEquals(List.of(EventType.ARMED_CLASH), types("Militias were clashing in Kafra on Sunday."));
    }

    @Test
    void anEncounterOrAShootingIsAnEvent() {
        // "encounter": South Asian news for a gun battle with security forces
        assertEquals(List.of(EventType.ARMED_CLASH),
                types("Two militants were killed in an encounter with security forces in Kafra on Sunday."));
        assertFalse(types("A farmer was shot dead by soldiers outside Kafra on Sunday.").isEmpty());
        assertTrue(types("The envoy described his encounter as cordial.").isEmpty());
    }

    @Test
    void fightingForControlOfAPlaceIsAClashFightingForACauseIsNot() {
        assertEquals(List.of(EventType.ARMED_CLASH), types("Rebels said heavy fighting for control of Kafra raged on Sunday."));
        assertTrue(types("Men fighting for independence in Kafra held a rally of their own.").stream()
                .noneMatch(t -> t == EventType.ARMED_CLASH));
    }

    @Test
    void encirclingPeopleOrSurroundingAreasIsNoSiege() {
        assertTrue(types("Security forces encircled a group of militants in Kafra on Sunday and exchanged fire.").stream()
                .noneMatch(t -> t == EventType.SIEGE));
        assertTrue(types("Rebels seized Kafra on Sunday as surrounding villages also fell to them.").stream()
                .noneMatch(t -> t == EventType.SIEGE));
        assertTrue(types("Rebels have encircled Kafra since Sunday, residents said.").contains(EventType.SIEGE));
    }

    @Test
    void frequentOrConstantAttacksAreAHabitNotAnEvent() {
        assertTrue(types("Rebels have launched frequent drone and shelling attacks on Kafra since the spring.").isEmpty());
        assertTrue(types("Due to constant shelling by the army, people in Kafra sleep in basements.").isEmpty());
    }
}
