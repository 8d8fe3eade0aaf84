package org.frontline.recognise.actor;

import java.util.List;

/**
 * An actor named in a text: {@code text.substring(start, end).equals(surface)}.
 * {@code associates} are actors the same words also name ("Turkish-backed rebels": Turkey).
 */
public record ActorMention(int start, int end, String surface, String canonical, ActorKind kind,
                           List<String> associates) {

    public ActorMention {
        associates = List.copyOf(associates);
    }

    /** The canonical name followed by the associates, without repeats. */
    public List<String> all() {
        java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>();
        s.add(canonical);
        s.addAll(associates);
        return List.copyOf(s);
    }
}
