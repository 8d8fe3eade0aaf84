package org.frontline.recognise.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.frontline.testing.MentionHarness;
import org.junit.jupiter.api.Test;

class ActorRecogniserTest {
    private final ActorRecogniser recogniser = new ActorRecogniser(ActorDictionary.standard());

    private List<ActorMention> find(String text, String country) {
        return MentionHarness.check(text, recogniser.find(text, country),
                m -> new MentionHarness.Span(m.start(), m.end(), m.surface()));
    }

    private List<String> names(String text, String country) {
        return find(text, country).stream().map(ActorMention::canonical).toList();
    }

    @Test
    void genericWordsResolveThroughTheStorysTheatre() {
        assertEquals(List.of("Syrian government"), names("The army shelled the town.", "SY"));
        assertEquals(List.of("Afghan government"), names("The army shelled the town.", "AF"));
        assertEquals(List.of("Ukraine"), names("The army shelled the town.", "UA"));
        assertEquals(List.of("Donetsk People's Republic"), names("Rebels shelled the town.", "UA"));
        assertEquals(List.of("Syrian rebels"), names("Rebels shelled the town.", "SY"));
    }

    @Test
    void aNationalityBeforeGenericForcesSaysWhoseTheyAreInAnyTheatre() {
        assertEquals(List.of("Syrian government"), names("Syrian government forces shelled the town.", "TR"));
        assertEquals(List.of("Turkey"), names("Government forces shelled the town.", "TR"));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of("Islamic State"), names("IS fighters moved in and it is quiet now.", "SY"));
        assertTrue(names("this is it", "SY").isEmpty());
    }

    @Test
    void theLongestAliasWins() {
        assertEquals(List.of("Syrian Observatory for Human Rights"),
                names("The Britain-based Syrian Observatory for Human Rights reported it.", "SY"));
    }

    @Test
    void alliancePhrasesNameEveryActor() {
        ActorMention m = find("Turkish-backed rebels pushed south.", "SY").get(0);
        assertEquals(List.of("Free Syrian Army", "Turkey"), m.all());
    }

    @Test
    void alliesAreAddedForAndItsAllies() {
        ActorMention m = find("The regime and its allies advanced.", "SY").get(0);
        assertEquals("Syrian government", m.canonical());
        assertTrue(m.associates().contains("Hezbollah"), m.associates().toString());
    }

    @Test
    void hyphenatedNamesAreTheSameName() {
        assertEquals(List.of("Islamic State"), names("the Islamic-State held city", "SY"));
    }

    @Test
    void aCapitalAfterAPrepositionIsThePlaceNotTheActor() {
        assertTrue(names("Refugees crossed into Turkey.", "SY").stream().noneMatch("Turkey"::equals));
        assertEquals(List.of("Turkey"), names("Turkey sent tanks.", "SY"));
    }

    @Test
    void stateForcesOfOtherCountriesFallBackToTheirGovernment() {
        assertEquals(List.of("Malian government"), names("Malian troops entered the town.", "ML"));
    }

    @Test
    void aStatesMeansAndDeedsNameTheState() {
        assertEquals(List.of("Malian government"), names("A Malian drone hit the camp at dawn.", "ML"));
        assertEquals(List.of("Chadian government"), names("Chadian shelling went on all night.", "TD"));
    }

    @Test
    void monitorsAndMediaKeepTheirKind() {
        List<ActorMention> ms = find("State TV said the monitor was wrong.", "SY");
        assertEquals(ActorKind.MEDIA, ms.get(0).kind());
        assertEquals(ActorKind.MONITOR, ms.get(1).kind());
    }

    @Test
    void theatresOfTheOtherWarsNameTheirOwnParties() {
        assertEquals(List.of("Myanmar military"), names("The junta shelled the township.", "MM"));
        assertEquals(List.of("M23"), names("M23 rebels entered the town.", "CD"));
        assertEquals(List.of("Ansar al-Sunna"), names("Insurgents raided the village.", "MZ"));
        assertEquals(List.of("Seleka"), names("Seleka rebels took the town.", "CF"));
        assertEquals(List.of("SPLM-IO"), names("Forces loyal to Riek Machar took the town.", "SS"));
        assertEquals(List.of("Islamic State"), names("ISWAP fighters attacked the base.", "NG"));
        assertEquals(List.of("Armenian separatists"), names("Ethnic Armenian forces shelled the town.", "AZ"));
        assertEquals(List.of("Philippine government", "Abu Sayyaf"), names("Troops clashed with Abu Sayyaf gunmen.", "PH"));
        assertEquals(List.of("ELN"), names("ELN guerrillas attacked the base.", "CO"));
        assertEquals(List.of("Viv Ansanm"), names("Gangs attacked the neighbourhood.", "HT"));
        assertEquals(List.of("Indian government"), names("Security forces cordoned off the village.", "IN"));
        assertEquals(List.of("PKK"), names("PKK militants attacked a post.", "TR"));
    }

    @Test
    void demonymsCoordinatedBeforeOneNounAreEachASide() {
        assertEquals(List.of("Azerbaijan", "Armenia"), names("Azerbaijani and Armenian forces fought all night.", "AZ"));
    }

    @Test
    void aTheatreOfSeveralStatesLeavesTheArmyToTheStorysCountry() {
        assertEquals(List.of("Malian government"), names("The army repelled the attack.", "ML"));
        assertEquals(List.of("Burkinabe government"), names("The army repelled the attack.", "BF"));
        assertEquals(List.of("JNIM"), names("JNIM claimed the attack.", "ML"));
    }
}
