package org.frontline.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.recognise.actor.ActorDictionary;
import org.frontline.recognise.actor.ActorKind;
import org.frontline.recognise.actor.ActorMention;

/**
 * Who an actor is fighting in this story, for events that name only one side ("the army
 * captured the town"): the party the story names most that is neither the actor nor its ally.
 * Allies come from the dictionaries and from phrases that name several actors at once.
 */
final class Opponents {
    private final Map<String, Integer> mentions = new HashMap<>();
    private final Map<String, Integer> firstSeen = new HashMap<>();
    private final Map<String, Set<String>> allies = new HashMap<>();

    Opponents(List<ActorMention> actors, ActorDictionary dictionary) {
        for (ActorMention a : actors) {
            if (a.kind() != ActorKind.PARTY) {
                continue;
            }
            mentions.merge(a.canonical(), 1, Integer::sum);
            firstSeen.putIfAbsent(a.canonical(), a.start());
            for (String x : a.all()) {
                for (String y : a.all()) {
                    ally(x, y);
                }
                for (String y : dictionary.alliesOf(x)) {
                    ally(x, y);
                }
            }
        }
    }

    private void ally(String x, String y) {
        allies.computeIfAbsent(x, k -> new HashSet<>()).add(y);
        allies.computeIfAbsent(y, k -> new HashSet<>()).add(x);
    }

    /** The most-named party not on {@code side}'s side (the first named on ties), or none. */
    List<String> of(Collection<String> side) {
        Set<String> friends = new HashSet<>(side);
        for (String s : side) {
            friends.addAll(allies.getOrDefault(s, Set.of()));
        }
        return mentions.entrySet().stream().filter(e -> !friends.contains(e.getKey()))
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> -firstSeen.get(e.getKey())))
                .map(e -> List.of(e.getKey())).orElse(List.of());
    }
}
