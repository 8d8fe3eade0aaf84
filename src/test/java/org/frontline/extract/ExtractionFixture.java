package org.frontline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.model.Article;
import org.frontline.model.Place;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layers;
import org.frontline.recognise.actor.ActorDictionary;
import org.frontline.recognise.actor.ActorRecogniser;
import org.frontline.recognise.place.PlaceMention;
import org.frontline.recognise.text.SentenceSplitter;
import org.frontline.recognise.time.TimeRecogniser;

/**
 * Builds the layers extraction needs from a short text and a hand-made place list, so that
 * extraction tests do not depend on the gazetteer.
 */
final class ExtractionFixture {
    static final ActorRecogniser ACTORS = new ActorRecogniser(ActorDictionary.standard());

    private ExtractionFixture() {
    }

    static Place town(String name, double lat, double lon) {
        return new Place(name, lat, lon, "SY", "Aleppo", null, "town");
    }

    static Analysis analysis(String text, LocalDate published, Map<String, Place> places) {
        Article a = new Article("t.txt", "t.txt", null, null, null, null, published, false, text);
        Analysis doc = new Analysis("t.txt");
        doc.put(Layers.ARTICLE, a);
        doc.put(Layers.SENTENCES, new SentenceSplitter().split(text));
        List<PlaceMention> pms = new ArrayList<>();
        for (Map.Entry<String, Place> e : places.entrySet()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(text);
            while (m.find()) {
                pms.add(new PlaceMention(m.start(), m.end(), m.group(), e.getValue()));
            }
        }
        pms.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        doc.put(Layers.PLACES, pms);
        doc.put(Layers.COUNTRY, "SY");
        doc.put(Layers.ACTORS, ACTORS.find(text, "SY"));
        doc.put(Layers.TIMES, new TimeRecogniser().find(text, published));
        doc.put(Layers.FIGURES, List.of());
        return doc;
    }
}
