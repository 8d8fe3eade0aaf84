package org.frontline.model;

/** A road or supply line between two places; {@code name} when the text names the road. */
public record Route(Place from, Place to, String name) {
}
