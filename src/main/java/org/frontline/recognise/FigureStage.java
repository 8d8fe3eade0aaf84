package org.frontline.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layer;
import org.frontline.pipeline.Layers;
import org.frontline.pipeline.Stage;
import org.frontline.recognise.number.Figure;
import org.frontline.recognise.number.FigureRecogniser;
import org.frontline.recognise.text.Sentence;

/** Sentences → counts of killed, wounded and displaced people (article offsets), war-wide tolls left out. */
public final class FigureStage implements Stage {
    private final FigureRecogniser recogniser = new FigureRecogniser();

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.FIGURES);
    }

    @Override
    public void apply(Analysis doc) {
        List<Figure> out = new ArrayList<>();
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            if (s.text().length() > Sentence.MAX_ANALYSED) {
                continue;
            }
            List<Figure> found = recogniser.find(s.text());
            for (Figure f : found) {
                if (f.kind() != Figure.Kind.OTHER && !recogniser.isCumulative(s.text(), found, f)) {
                    out.add(new Figure(f.kind(), f.value(), s.start() + f.start(), s.start() + f.end(), f.surface()));
                }
            }
        }
        doc.put(Layers.FIGURES, out);
    }
}
