package org.frontline.model;

import java.time.LocalDate;

/** A control assertion as one document makes it. */
public record DocControl(String doc, LocalDate published, Control control) {
}
