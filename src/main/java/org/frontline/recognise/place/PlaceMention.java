package org.frontline.recognise.place;

import org.frontline.model.Place;

/**
 * A place named in a text: {@code text.substring(start, end).equals(surface)}.
 * {@code place} is the gazetteer entry chosen for it in the document's context.
 */
public record PlaceMention(int start, int end, String surface, Place place) {
}
