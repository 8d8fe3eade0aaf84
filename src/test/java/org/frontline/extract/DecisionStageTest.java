package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layers;
import org.frontline.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class DecisionStageTest {
    private static final String TEXT = "Rebels captured Kafra from the army on Saturday, the monitor said. "
            + "Government aircraft bombed Birka on Sunday, killing four civilians.";

    private static Analysis proposed() {
        Analysis doc = ExtractionFixture.analysis(TEXT, LocalDate.of(2017, 3, 6),
                Map.of("Kafra", EventExtractorTest.KAFRA, "Birka", EventExtractorTest.BIRKA));
        new EventExtractor().apply(doc);
        return doc;
    }

    private static List<EventType> types(List<Event> events) {
        return events.stream().map(Event::type).toList();
    }

    @Test
    void dropsWhatTheModelFindsUnlikelyAndKeepsTheRestInOrder() {
        Analysis doc = proposed();
        assertEquals(List.of(EventType.TERRITORY_CAPTURED, EventType.AIR_STRIKE), types(doc.get(Layers.PROPOSED)));
        DecisionModel noCaptures = new DecisionModel(0, Map.of("type=territory_captured", -5.0), 0.5, List.of());
        new DecisionStage(noCaptures).apply(doc);
        assertEquals(List.of(EventType.AIR_STRIKE), types(doc.get(Layers.EVENTS)));
    }

    @Test
    void withoutAModelEverythingIsKeptAndAnObserverSeesEachProposalsFeatures() {
        Analysis doc = proposed();
        List<List<String>> seen = new ArrayList<>();
        new DecisionStage(DecisionModel.keepAll(), (id, events, fs) -> seen.addAll(fs)).apply(doc);
        assertEquals(doc.get(Layers.PROPOSED), doc.get(Layers.EVENTS));
        assertEquals(2, seen.size());
        assertTrue(seen.get(0).containsAll(List.of("type=territory_captured", "trigger=captured", "place=inSentence",
                "sent=0", "date=days", "a1=one")), seen.get(0).toString());
        assertTrue(seen.get(1).contains("a2=civilians"), seen.get(1).toString());
    }

    @Test
    void aReportWithoutAPublicationDateIsJudgedOnTheSameFeatures() {
        // the contract: an undated report yields its events; the decision must not turn on the missing date
        List<List<String>> dated = new ArrayList<>(), undated = new ArrayList<>();
        new DecisionStage(DecisionModel.keepAll(), (id, events, fs) -> dated.addAll(fs)).apply(proposed());
        Analysis doc = proposed();
        doc.put(Layers.ARTICLE, doc.get(Layers.ARTICLE).withPublished(null, null));
        doc.put(Layers.PROPOSED, doc.get(Layers.PROPOSED).stream().map(e -> new Event(e.type(), e.actor1(), e.actor2(),
                e.place(), e.route(), null, e.dateText(), e.fatalities(), e.displaced(), e.sources(), e.status(),
                e.evidence())).toList());
        new DecisionStage(DecisionModel.keepAll(), (id, events, fs) -> undated.addAll(fs)).apply(doc);
        assertEquals(dated, undated);
    }

    @Test
    void declaresItReadsProposalsAndWritesEvents() {
        DecisionStage stage = new DecisionStage(DecisionModel.standard());
        assertEquals(Set.of(Layers.ARTICLE, Layers.SENTENCES, Layers.PROPOSED), stage.requires());
        assertEquals(Set.of(Layers.EVENTS), stage.produces());
        // the chain is checked when assembled: it cannot stand before the rules propose
        Pipeline.Builder b = Pipeline.given(Layers.ARTICLE, Layers.SENTENCES);
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> b.then(stage))
                .getMessage().contains("proposed"));
    }

    @Test
    void theModelInTheJarIsTrainedAndKeepsAPlainCapture() {
        DecisionModel m = DecisionModel.standard();
        assertTrue(m.weights().size() > 20 && m.threshold() > 0, "a trained model ships: " + m.weights().size());
        Analysis doc = proposed();
        new DecisionStage(m).apply(doc);
        assertTrue(types(doc.get(Layers.EVENTS)).contains(EventType.TERRITORY_CAPTURED), doc.get(Layers.EVENTS).toString());
    }
}
