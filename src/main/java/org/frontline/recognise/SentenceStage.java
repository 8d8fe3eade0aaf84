package org.frontline.recognise;

import java.util.Set;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layer;
import org.frontline.pipeline.Layers;
import org.frontline.pipeline.Stage;
import org.frontline.recognise.text.SentenceSplitter;

/** Article text → sentences. */
public final class SentenceStage implements Stage {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ARTICLE);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public void apply(Analysis doc) {
        doc.put(Layers.SENTENCES, splitter.split(doc.get(Layers.ARTICLE).text()));
    }
}
