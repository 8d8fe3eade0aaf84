package org.frontline.reason;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Place;

/**
 * Who holds a place from {@code from} to {@code to} (inclusive; null: until further notice).
 *
 * @param contested   someone contests it: a claim names another holder on the same day
 *                    ({@code disputed}), or a report says the place is fought over or divided
 * @param disputed    the sources disagree about the holder; {@code claims} keeps every version
 *                    side by side, the holder shown is the one a non-party report backs
 * @param claims      every claim behind the interval, in date then document order
 * @param sources     who the claims are attributed to
 * @param documents   the documents that make the claims
 */
public record ControlInterval(String placeKey, Place place, LocalDate from, LocalDate to, String holder,
                              Double share, List<String> contestedBy, List<String> besiegedBy,
                              boolean contested, boolean disputed, List<ControlClaim> claims,
                              List<String> evidence, List<String> sources, List<String> documents) {

    public ControlInterval {
        contestedBy = List.copyOf(contestedBy);
        besiegedBy = List.copyOf(besiegedBy);
        claims = List.copyOf(claims);
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
        documents = List.copyOf(documents);
    }

    public boolean covers(LocalDate d) {
        return !d.isBefore(from) && (to == null || !d.isAfter(to));
    }
}
