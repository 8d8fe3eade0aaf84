package org.frontline.recognise;

import java.util.List;
import java.util.Set;
import org.frontline.model.Article;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layer;
import org.frontline.pipeline.Layers;
import org.frontline.pipeline.Stage;
import org.frontline.recognise.time.TimeExpression;
import org.frontline.recognise.time.TimeMention;
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
        doc.put(Layers.TIMES, a.published() == null ? undated(a.text()) : recogniser.find(a.text(), a.published()));
    }

    /** Any day will do as an anchor: only dates that carry their own year keep their range. */
    private static final java.time.LocalDate ANY_DAY = java.time.LocalDate.of(2000, 1, 1);

    /**
     * The dates of a report with no publication date: those with their own year ("on 17 July 2019")
     * are resolved; the rest ("on Tuesday", "last week") are kept with a null range, so that
     * events still say which words dated them.
     */
    private List<TimeMention> undated(String text) {
        List<TimeMention> out = new java.util.ArrayList<>();
        for (TimeExpression e : recogniser.recognise(text, ANY_DAY)) {
            TimeMention m = e.mention();
            boolean own = e.anchor() == TimeExpression.Anchor.EXPLICIT && !e.since();
            out.add(own ? m : new TimeMention(m.start(), m.end(), m.surface(), null));
        }
        return out;
    }
}
