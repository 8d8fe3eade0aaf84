package org.frontline.model;

import java.time.LocalDate;

/** An event as one document reports it: the unit that cross-document merging groups. */
public record DocEvent(String doc, LocalDate published, Event event) {
}
