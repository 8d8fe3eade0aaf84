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
}
