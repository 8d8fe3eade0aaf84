package org.frontline.reason;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.EventType;
import org.frontline.model.Place;

/**
 * What one document says about one place, all that a {@link PlaceTimeline} and the roads' index
 * take from it. A document's claims on a place rest on its own mentions and assertions of that
 * place alone (a capture is vetted, a siege superseded, by the same document's word on the same
 * place: {@link ControlClaims}), so a place's part is the union of its documents' reports, and a
 * replaced document changes only its own.
 *
 * @param seen        the entries the place is seen under in the document: its mentions' places, its claims'
 * @param roadSeen    the entries the roads' index takes: dated mentions' places and road ends, assertions' places
 * @param foughtSince the first day of a capture or siege the document reports there; null when none
 */
record PlaceReport(List<ControlClaim> claims, Set<Place> seen, Set<Place> roadSeen, LocalDate foughtSince) {

    PlaceReport {
        claims = List.copyOf(claims);
        seen = Set.copyOf(seen);
        roadSeen = Set.copyOf(roadSeen);
    }

    /** The report on the place {@code key} among one document's mentions and assertions (or any set of them). */
    static PlaceReport of(String key, Collection<DocEvent> mentions, Collection<DocControl> controls, Sides sides) {
        List<DocEvent> here = mentions.stream()
                .filter(e -> e.event().place() != null && PlaceKey.of(e.event().place()).equals(key)).toList();
        List<DocControl> asserted = controls.stream()
                .filter(c -> c.control().place() != null && PlaceKey.of(c.control().place()).equals(key)).toList();
        // who holds what when needs a when: undated mentions (issue 10) say nothing here
        List<ControlClaim> claims = new ControlClaims(sides).from(here.stream().filter(m -> m.event().dated()).toList(), asserted);
        Set<Place> seen = new LinkedHashSet<>();
        here.forEach(e -> seen.add(e.event().place()));
        claims.forEach(c -> seen.add(c.place()));
        Set<Place> roadSeen = new LinkedHashSet<>();
        mentions.stream().filter(m -> m.event().dated()).flatMap(m -> RouteGraph.placesOf(m).stream())
                .filter(p -> PlaceKey.of(p).equals(key)).forEach(roadSeen::add);
        asserted.forEach(c -> roadSeen.add(c.control().place()));
        LocalDate fought = here.stream().filter(m -> m.event().dated()
                        && (m.event().type() == EventType.TERRITORY_CAPTURED || m.event().type() == EventType.SIEGE))
                .map(m -> m.event().date().start()).min(Comparator.naturalOrder()).orElse(null);
        return new PlaceReport(claims, seen, roadSeen, fought);
    }

    /**
     * The same report holding {@code canonical}'s instance of each place entry: kept for every
     * place of every document, the reports would otherwise each hold their own copies.
     */
    PlaceReport sharing(java.util.function.UnaryOperator<Place> canonical) {
        Set<Place> s = seen.stream().map(canonical).collect(java.util.stream.Collectors.toSet());
        Set<Place> r = roadSeen.equals(seen) ? s : roadSeen.stream().map(canonical).collect(java.util.stream.Collectors.toSet());
        return new PlaceReport(claims, s, r, foughtSince);
    }

    /** Says nothing of the place. */
    boolean empty() {
        return claims.isEmpty() && seen.isEmpty() && roadSeen.isEmpty();
    }
}
