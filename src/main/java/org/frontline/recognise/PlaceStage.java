package org.frontline.recognise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.pipeline.Analysis;
import org.frontline.pipeline.Layer;
import org.frontline.pipeline.Layers;
import org.frontline.pipeline.Stage;
import org.frontline.recognise.place.PlaceMention;
import org.frontline.recognise.place.PlaceRecogniser;

/** Article text → place mentions, and the country the story is mostly about. */
public final class PlaceStage implements Stage {
    private final PlaceRecogniser recogniser;

    public PlaceStage(PlaceRecogniser recogniser) {
        this.recogniser = recogniser;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ARTICLE);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.PLACES, Layers.COUNTRY);
    }

    @Override
    public void apply(Analysis doc) {
        List<PlaceMention> places = recogniser.find(doc.get(Layers.ARTICLE).text());
        doc.put(Layers.PLACES, places);
        doc.put(Layers.COUNTRY, mainCountry(places));
    }

    /** The country most mentions lie in; "" when none. */
    static String mainCountry(List<PlaceMention> places) {
        Map<String, Integer> votes = new HashMap<>();
        for (PlaceMention p : places) {
            if (p.place().country() != null) {
                votes.merge(p.place().country(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }
}
