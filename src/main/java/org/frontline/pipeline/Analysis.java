package org.frontline.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The typed layers of one document's analysis. A stage sees it through a view that lets it
 * read what it declared it requires and write what it declared it produces, nothing else.
 */
public final class Analysis {
    private final Map<Layer<?>, Object> values = new HashMap<>();
    private final String doc;
    private final Set<Layer<?>> readable;
    private final Set<Layer<?>> writable;
    private final Analysis backing;

    public Analysis(String doc) {
        this.doc = doc;
        this.readable = null;
        this.writable = null;
        this.backing = null;
    }

    private Analysis(Analysis backing, Set<Layer<?>> readable, Set<Layer<?>> writable) {
        this.doc = backing.doc;
        this.readable = readable;
        this.writable = writable;
        this.backing = backing;
    }

    /** The document this analysis is about, for messages. */
    public String doc() {
        return doc;
    }

    Analysis viewFor(Stage stage) {
        return new Analysis(this, stage.requires(), stage.produces());
    }

    public <T> T get(Layer<T> layer) {
        if (readable != null && !readable.contains(layer) && !writable.contains(layer)) {
            throw new IllegalStateException("layer '" + layer + "' was read but not declared as required");
        }
        Map<Layer<?>, Object> store = backing == null ? values : backing.values;
        if (!store.containsKey(layer)) {
            throw new IllegalStateException("layer '" + layer + "' is missing for " + doc);
        }
        return layer.cast(store.get(layer));
    }

    public boolean has(Layer<?> layer) {
        return (backing == null ? values : backing.values).containsKey(layer);
    }

    public <T> void put(Layer<T> layer, T value) {
        if (writable != null && !writable.contains(layer)) {
            throw new IllegalStateException("layer '" + layer + "' was written but not declared as produced");
        }
        (backing == null ? values : backing.values).put(layer, layer.cast(value));
    }
}
