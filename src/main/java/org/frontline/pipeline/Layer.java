package org.frontline.pipeline;

import java.util.Objects;

/**
 * A named, typed slot of per-document analysis (sentences, places, events...).
 * Stages declare the layers they require and produce; {@link Pipeline} checks the chain.
 */
public final class Layer<T> {
    private final String name;
    private final Class<?> type;

    private Layer(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    /** A layer holding a single value of {@code type}. */
    public static <T> Layer<T> of(String name, Class<T> type) {
        return new Layer<>(name, type);
    }

    /** A layer holding a list; the element type is kept for messages only. */
    @SuppressWarnings("unchecked")
    public static <E> Layer<java.util.List<E>> listOf(String name, Class<E> element) {
        return (Layer<java.util.List<E>>) (Layer<?>) new Layer<>(name, java.util.List.class);
    }

    public String name() {
        return name;
    }

    T cast(Object value) {
        if (value != null && !type.isInstance(value)) {
            throw new ClassCastException("layer '" + name + "' holds " + type.getSimpleName()
                    + ", not " + value.getClass().getSimpleName());
        }
        @SuppressWarnings("unchecked") T t = (T) value;
        return t;
    }

    @Override
    public String toString() {
        return name;
    }
}
