package org.frontline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layer;
import org.frontline.pipeline.Layers;
import org.frontline.pipeline.Stage;
import org.frontline.recognise.text.Sentence;

/**
 * Rules propose, evidence decides: keeps the proposed events the trained {@link DecisionModel}
 * finds likely enough, drops the rest. A training run passes an {@link Observer} and a model that
 * keeps everything, and so sees every proposal with its features.
 */
public final class DecisionStage implements Stage {
    /** Sees each document's proposals with their features (training); called from worker threads. */
    public interface Observer {
        void proposed(String doc, List<Event> events, List<List<String>> features);
    }

    private final DecisionModel model;
    private final Observer observer;
    private final DecisionFeatures features = new DecisionFeatures();

    public DecisionStage(DecisionModel model) {
        this(model, null);
    }

    public DecisionStage(DecisionModel model, Observer observer) {
        this.model = model;
        this.observer = observer;
    }

    @Override
    public String name() {
        return "decide";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ARTICLE, Layers.SENTENCES, Layers.PROPOSED);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.EVENTS);
    }

    @Override
    public void apply(Analysis doc) {
        List<Event> proposed = doc.get(Layers.PROPOSED);
        if (proposed.isEmpty() || model.weights().isEmpty() && observer == null) {
            doc.put(Layers.EVENTS, proposed);
            return;
        }
        Article article = doc.get(Layers.ARTICLE);
        List<Sentence> sentences = doc.get(Layers.SENTENCES);
        List<List<String>> fs = features.of(article, sentences, proposed);
        if (observer != null) {
            observer.proposed(doc.doc(), proposed, fs);
        }
        List<Event> kept = new ArrayList<>(proposed.size());
        for (int i = 0; i < proposed.size(); i++) {
            if (model.keeps(fs.get(i))) {
                kept.add(proposed.get(i));
            }
        }
        doc.put(Layers.EVENTS, kept);
    }
}
