package org.frontline.store;

import java.time.LocalDate;

/** The first start date and the last end date of the stored events; both null when there are none. */
public record DateSpan(LocalDate first, LocalDate last) {
}
