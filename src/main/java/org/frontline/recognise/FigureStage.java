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
import org.frontline.recognise.time.TimeMention;

/** Sentences → counts of killed, wounded and displaced people (article offsets), war-wide tolls left out. */
public final class FigureStage implements Stage {
    private final FigureRecogniser recogniser = new FigureRecogniser();

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ARTICLE, Layers.SENTENCES, Layers.TIMES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.FIGURES);
    }

    @Override
    public void apply(Analysis doc) {
        List<Figure> out = new ArrayList<>();
        // the date layer tells which digits belong to dates (undated reports have it too)
        List<TimeMention> times = doc.get(Layers.TIMES);
        int t = 0;
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            if (s.text().length() > Sentence.MAX_ANALYSED) {
                continue;
            }
            List<TimeMention> inSentence = null;
            if (times != null) {
                inSentence = new ArrayList<>();
                while (t < times.size() && times.get(t).start() < s.start()) {
                    t++;
                }
                for (int k = t; k < times.size() && times.get(k).start() < s.end(); k++) {
                    TimeMention d = times.get(k);
                    inSentence.add(new TimeMention(d.start() - s.start(), d.end() - s.start(), d.surface(), d.range()));
                }
            }
            List<Figure> found = recogniser.find(s.text(), inSentence);
            for (Figure f : found) {
                if (f.kind() != Figure.Kind.OTHER && !recogniser.isCumulative(s.text(), found, f)) {
                    out.add(new Figure(f.kind(), f.value(), s.start() + f.start(), s.start() + f.end(), f.surface()));
                }
            }
        }
        doc.put(Layers.FIGURES, out);
    }
}
