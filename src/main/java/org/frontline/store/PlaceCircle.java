package org.frontline.store;

/** A circle on the map: points within {@code km} of (lat, lon), or a place with this GeoNames id. */
public record PlaceCircle(double lat, double lon, Long geonamesId, double km) {
}
