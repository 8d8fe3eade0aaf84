package org.frontline.recognise;

import java.util.Set;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layer;
import org.frontline.pipeline.Layers;
import org.frontline.pipeline.Stage;
import org.frontline.recognise.actor.ActorRecogniser;

/** Article text → actor mentions, resolved in the theatre of the story's country. */
public final class ActorStage implements Stage {
    private final ActorRecogniser recogniser;

    public ActorStage(ActorRecogniser recogniser) {
        this.recogniser = recogniser;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ARTICLE, Layers.COUNTRY);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ACTORS);
    }

    @Override
    public void apply(Analysis doc) {
        String country = doc.get(Layers.COUNTRY);
        doc.put(Layers.ACTORS, recogniser.find(doc.get(Layers.ARTICLE).text(), country.isEmpty() ? null : country));
    }
}
