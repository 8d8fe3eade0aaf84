package org.frontline.pipeline;

import org.frontline.model.Article;
import org.frontline.model.Control;
import org.frontline.model.Event;
import org.frontline.recognise.actor.ActorMention;
import org.frontline.recognise.number.Figure;
import org.frontline.recognise.place.PlaceMention;
import org.frontline.recognise.text.Sentence;
import org.frontline.recognise.time.TimeMention;

/** The layers of the standard pipeline, in the order the stages fill them. */
public final class Layers {
    public static final Layer<Article> ARTICLE = Layer.of("article", Article.class);
    public static final Layer<java.util.List<Sentence>> SENTENCES = Layer.listOf("sentences", Sentence.class);
    public static final Layer<java.util.List<PlaceMention>> PLACES = Layer.listOf("places", PlaceMention.class);
    /** ISO2 country the story is mostly about, or "" when unknown. */
    public static final Layer<String> COUNTRY = Layer.of("country", String.class);
    public static final Layer<java.util.List<ActorMention>> ACTORS = Layer.listOf("actors", ActorMention.class);
    public static final Layer<java.util.List<TimeMention>> TIMES = Layer.listOf("times", TimeMention.class);
    public static final Layer<java.util.List<Figure>> FIGURES = Layer.listOf("figures", Figure.class);
    /** Every event the rules propose, before the decision layer keeps or drops each. */
    public static final Layer<java.util.List<Event>> PROPOSED = Layer.listOf("proposed", Event.class);
    /** The events kept: what the contract prints. */
    public static final Layer<java.util.List<Event>> EVENTS = Layer.listOf("events", Event.class);
    public static final Layer<java.util.List<Control>> CONTROL = Layer.listOf("control", Control.class);

    private Layers() {
    }
}
