package org.frontline.store;

import java.util.List;
import org.frontline.model.DocEvent;

/**
 * A stored cluster without its members: its id, its running votes ({@code tally}, JSON; null for
 * a cluster stored before votes were kept, or one that lost members, which must be rebuilt), and
 * one member per comparable form, enough to tell whether a new mention joins it.
 */
public record ClusterHead(String id, String tally, List<DocEvent> representatives) {
}
