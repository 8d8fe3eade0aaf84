package org.frontline.store;

import org.frontline.model.Place;

/** A place as stored once and referenced by its row id (ids only grow; a stored place stays). */
public record StoredPlace(long id, Place place) {
}
