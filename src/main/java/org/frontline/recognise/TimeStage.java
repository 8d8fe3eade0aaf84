package org.frontline.recognise;

import java.util.List;
import java.util.Set;
import org.frontline.model.Article;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layer;
import org.frontline.pipeline.Layers;
import org.frontline.pipeline.Stage;
import org.frontline.recognise.time.TimeRecogniser;

/** Article text → date expressions resolved against the publication date (none when it is unknown). */
public final class TimeStage implements Stage {
    private final TimeRecogniser recogniser = new TimeRecogniser();

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ARTICLE);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TIMES);
    }

    @Override
    public void apply(Analysis doc) {
        Article a = doc.get(Layers.ARTICLE);
        doc.put(Layers.TIMES, a.published() == null ? List.of() : recogniser.find(a.text(), a.published()));
    }
}
