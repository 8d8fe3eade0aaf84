package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontline.model.Control;
import org.frontline.model.Place;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layers;
import org.junit.jupiter.api.Test;

class ControlExtractorTest {
    static final LocalDate DAY = LocalDate.of(2017, 3, 6);
    static final Place KAFRA = ExtractionFixture.town("Kafra", 36.1, 37.2);
    static final Place BIRKA = ExtractionFixture.town("Birka", 36.3, 37.4);

    private List<Control> control(String text) {
        Analysis doc = ExtractionFixture.analysis(text, DAY, Map.of("Kafra", KAFRA, "Birka", BIRKA));
        new EventExtractor().apply(doc);
        new ControlExtractor(ExtractionFixture.ACTORS).apply(doc);
        return doc.get(Layers.CONTROL);
    }

    @Test
    void heldByAdjectivesNameTheHolder() {
        List<Control> cs = control("Aid reached the rebel-held town of Kafra on Sunday.");
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("Syrian rebels", cs.get(0).controller());
        assertEquals(DAY, cs.get(0).asOf());
    }

    @Test
    void aCaptureOfThePlaceMeansTheTakerHoldsIt() {
        List<Control> cs = control("The army captured Kafra from the rebels on Saturday.");
        assertEquals("Syrian government", cs.get(0).controller());
    }

    @Test
    void theVillagesATakingListsAreHeldByTheTaker() {
        List<Control> cs = control("IS fighters took a row of villages they had long fought over, including Kafra and Birka, on Sunday.");
        assertEquals(List.of("Kafra", "Birka"), cs.stream().map(c -> c.place().name()).toList(), cs.toString());
        assertTrue(cs.stream().allMatch(c -> c.controller().equals("Islamic State")), cs.toString());
    }

    @Test
    void aPlaceThatHadBeenSeizedIsHeldByWhoSeizedIt() {
        List<Control> cs = control("Kafra had been seized by IS fighters on Sunday, a governor said.");
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("Islamic State", cs.get(0).controller());
    }

    @Test
    void everyVillageOfAListAfterItsKindIsHeldByTheTaker() {
        List<Control> cs = control("The army liberated the villages of Kafra and Birka from IS fighters on Sunday.");
        assertEquals(List.of("Kafra", "Birka"), cs.stream().map(c -> c.place().name()).toList(), cs.toString());
        List<Control> re = control("The army re-occupied Kafra on Sunday after IS fighters left.");
        assertEquals("Syrian government", re.get(0).controller(), re.toString());
    }

    @Test
    void aTownTheCaptureDescribesAndTheStoryNamesIsHeldByTheTaker() {
        List<Control> cs = control("IS fighters seized a town in the north on Sunday. The town, Kafra, lies on the main road.");
        assertTrue(cs.stream().anyMatch(c -> c.place().name().equals("Kafra") && c.controller().equals("Islamic State")),
                cs.toString());
    }

    @Test
    void relativeClausesPossessivesAndKeptControlNameTheHolder() {
        assertEquals("Syrian government", only(control("IS tightened its siege of Kafra, a key city that the army controls.")));
        assertEquals("Syrian rebels",
                only(control("IS advanced on Kafra, the third-largest city, which is already under rebel control.")));
        assertEquals("Islamic State", only(control("IS fighters advanced from their northern stronghold of Kafra toward the south.")));
        assertEquals("Syrian government", only(control("The army maintains control over the remaining towns, including Kafra.")));
    }

    @Test
    void aCaptureOnlyNearIsNoCapture() {
        assertTrue(control("The army was on the verge of retaking Kafra on Sunday, officers said.").isEmpty());
    }

    private static String only(List<Control> cs) {
        assertEquals(1, cs.size(), cs.toString());
        return cs.get(0).controller();
    }

    @Test
    void takingVillagesNearAPlaceSaysNothingAboutWhoHoldsIt() {
        assertTrue(control("IS fighters captured several villages near Kafra on Saturday.").isEmpty());
    }

    @Test
    void aSiegeNamesWhoIsBesiegedAndByWhom() {
        Control c = control("IS fighters are now besieged in Kafra by the army.").get(0);
        assertEquals("Islamic State", c.controller());
        assertEquals(List.of("Syrian government"), c.besiegedBy().subList(0, 1));
    }

    @Test
    void aPartialRecaptureLeavesTheHolderAShareAndAContest() {
        Control c = control("IS retook 40% of Kafra from the army on Sunday.").get(0);
        assertEquals("Syrian government", c.controller());
        assertEquals(0.6, c.share(), 1e-9);
        assertEquals(List.of("Islamic State"), c.contestedBy());
    }

    /** One sentence of our own per form of control.tsv: the holder it must name (null: none). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Convoys rolled into IS-held Kafra at dawn.                                  | Islamic State",
            "Kafra, held by the rebels since spring, saw shelling overnight.              | Syrian rebels",
            "Kafra remains firmly under the control of the army, residents said.          | Syrian government",
            "Kafra is still in rebel hands despite the shelling.                         | Syrian rebels",
            "Drones hit targets around Kafra, the Taliban stronghold.                     | Taliban",
            "Kafra, a key bastion of the army, came under mortar fire.                     | Syrian government",
            "The last rebel-held town of Kafra lost its hospital.                         | Syrian rebels",
            "IS controls most of Kafra, a local council member said.                      | Islamic State",
            "Aid reached the besieged rebel-held town of Kafra.                           | Syrian rebels",
            "IS cut the road to Kafra on Monday.                                          | ",
            "IS fighters attacked Kafra from three sides.                                 | ",
            "The rebels fled Kafra as the shelling grew heavier.                          | ",
            "IS advanced towards Kafra, coming within 5 km of the town.                   | ",
            "Kafra, which used to be an IS stronghold, is quiet.                          | ",
            "Kafra, a town near the border through which insurgents have been supplied, braced. | Syrian rebels",
            "The army and allied militias have broken a two-month siege imposed by IS on the town of Kafra. | Syrian government",
            "IS fighters are 'completely besieged' in Kafra, the monitor said.             | Islamic State",
            "Clashes continue in the Old district of Kafra, a neighbourhood now in the hands of the rebels. | Syrian rebels",
            "IS cut the road to rebel-held Kafra on Monday.                               | Syrian rebels",
            "IS cut the last supply route into Kafra on Monday.                           | ",
            "The rebels attacked Kafra at dawn.                                           | ",
            "The army fled Kafra overnight.                                               | ",
            "The army besieged Kafra for a month.                                         | ",
            "IS fighters captured several villages near Kafra.                            | ",
            "IS fighters seized a town south of Kafra from the army.                      | ",
            "IS fighters captured the northern town of Kafra from the army.               | Islamic State",
            "IS fighters captured villages in the northern part of Kafra district.       | ",
            "The rebels launched an offensive against the IS stronghold of Kafra.         | Islamic State",
            "The army launched an offensive against rebel-held positions in Kafra.        | Syrian rebels",
            "IS has waged a months-long offensive on the army in a bid to capture Kafra.  | ",
    })
    void eachFormNamesTheHolderOrNone(String sentence, String holder) {
        List<Control> cs = control(sentence);
        if (holder == null) {
            assertTrue(cs.isEmpty(), cs.toString());
        } else {
            assertEquals(1, cs.size(), cs.toString());
            assertEquals(holder, cs.get(0).controller());
            assertEquals(KAFRA.name(), cs.get(0).place().name());
        }
    }

    @Test
    void aCutRoadToAPlaceSaysTheCutterIsOutsideIt() {
        List<Control> cs = control("IS cut the road to rebel-held Kafra on Monday.");
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("Syrian rebels", cs.get(0).controller());
    }

    @Test
    void aLargerPartTakenMakesTheTakerTheHolder() {
        Control c = control("The army has captured nearly 70 percent of Kafra from the rebels.").get(0);
        assertEquals("Syrian government", c.controller());
        assertEquals(0.7, c.share(), 1e-9);
        assertEquals(List.of("Syrian rebels"), c.contestedBy());
    }

    @Test
    void neighbourhoodsTakenMakeThePlaceContested() {
        List<Control> cs = control("The army holds Kafra. IS retook several neighbourhoods of Kafra on Sunday.");
        assertEquals("Syrian government", cs.get(0).controller());
        assertEquals(List.of("Islamic State"), cs.get(0).contestedBy());
    }

    @Test
    void fightingInsideThePlaceContestsIt() {
        List<Control> cs = control("Kafra is under the control of the army. Fighting raged inside Kafra as IS fighters pushed in.");
        assertEquals("Syrian government", cs.get(0).controller());
        assertTrue(cs.get(0).contestedBy().contains("Islamic State"), cs.toString());
    }

    @Test
    void aPartysClaimThatDisagreesStaysBesideTheReport() {
        List<Control> cs = control("IS retook 30% of Kafra from the army, the Syrian Observatory for Human Rights said. "
                + "State TV said the army had retaken full control of Kafra.");
        assertEquals(2, cs.size(), cs.toString());
        assertEquals(org.frontline.model.Status.REPORTED, cs.get(0).status());
        assertEquals(0.7, cs.get(0).share(), 1e-9);
        assertEquals(org.frontline.model.Status.CLAIMED, cs.get(1).status());
        assertEquals(null, cs.get(1).share());
    }

    /** Issue 14: a siege gives besiegers, never the holder; negatives of our own writing. */
    @Test
    void aSiegeNeverNamesTheHolderButAddsItsBesiegers() {
        assertTrue(control("The army besieged Kafra on Monday.").isEmpty(), "who is inside, the sentence does not say");
        List<Control> cs = control("Aid reached the rebel-held town of Kafra. The army besieged Kafra on Monday.");
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("Syrian rebels", cs.get(0).controller());
        assertEquals(List.of("Syrian government"), cs.get(0).besiegedBy());
    }

    /** "the besieged rebel-held town" names no besieger: an armed group's place is besieged by the state it fights. */
    @Test
    void anUnnamedBesiegerOfAnArmedGroupsPlaceIsTheState() {
        Control c = control("Food ran out in the besieged rebel-held town of Kafra.").get(0);
        assertEquals("Syrian rebels", c.controller());
        assertEquals(List.of("Syrian government"), c.besiegedBy());
        Control named = control("Food ran out in the besieged rebel-held town of Kafra, encircled by IS fighters.").get(0);
        assertEquals(List.of("Islamic State"), named.besiegedBy(), "a named besieger wins");
        assertEquals(List.of(), control("Food ran out in the besieged government-held town of Kafra.").get(0).besiegedBy(),
                "a state's besieged place could be besieged by any of its enemies");
        assertEquals(List.of(), control("Food ran out in the rebel-held town of Kafra.").get(0).besiegedBy());
    }

    @Test
    void anOffensiveAgainstAStrongholdContestsIt() {
        Control c = control("The rebels launched an offensive against the IS stronghold of Kafra.").get(0);
        assertEquals("Islamic State", c.controller());
        assertEquals(List.of("Syrian rebels"), c.contestedBy());
    }

    @Test
    void aSideThatCutsTheRoadToAPlaceIsNeverItsHolderEvenWhenItTakesVillagesNearIt() {
        List<Control> cs = control("IS captured several villages near Kafra, which cut rebel supply lines from there to Birka.");
        assertTrue(cs.stream().noneMatch(c -> c.controller().equals("Islamic State")), cs.toString());
    }

    @Test
    void positionsHeldInsideAPlaceNamedOnlyAsTheCityAreFoughtOver() {
        List<Control> cs = control("Shells fell on Kafra overnight. Two weeks ago, the army launched an aggressive offence "
                + "against rebel-held positions in the hotly contested northern city.");
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("Syrian rebels", cs.get(0).controller());
        assertEquals(List.of("Syrian government"), cs.get(0).contestedBy());
    }

    @Test
    void aPartysClaimKeepsTheContestItsOwnSentenceReports() {
        List<Control> cs = control("State TV said the army had captured Kafra from the rebels, but the rebels insisted on fighting for the town.");
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("Syrian government", cs.get(0).controller());
        assertEquals(org.frontline.model.Status.CLAIMED, cs.get(0).status());
        assertEquals(List.of("Syrian rebels"), cs.get(0).contestedBy());
    }
}
