package org.frontline.reason;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Route;

/**
 * Whether two mentions may tell the same real-world event. The relation is symmetric by
 * construction (every test below is), which is what makes its connected components independent
 * of input order. It is deliberately a little looser than ACLED's "same actors, same day, same
 * location": reports disagree on a day and omit an actor more often than they invent one.
 */
final class Compatibility {

    private final double radiusKm;

    Compatibility(double radiusKm) {
        if (!(radiusKm >= 0)) {
            throw new IllegalArgumentException("radius must be >= 0 km: " + radiusKm);
        }
        this.radiusKm = radiusKm;
    }

    double radiusKm() {
        return radiusKm;
    }

    boolean test(DocEvent a, DocEvent b) {
        Event x = a.event(), y = b.event();
        return x.type() == y.type()
                && DateWindow.of(x.date()).meets(DateWindow.of(y.date()))
                && actorsAgree(x, y)
                && (x.type() == EventType.ROUTE_CUT && x.route() != null && y.route() != null
                        ? sameRoad(x.route(), y.route())
                        : samePlace(x.place(), y.place(), x, y));
    }

    /**
     * Overlapping actor1, or one side silent about who acted. For clashes the two sides are
     * interchangeable ("IS clashed with the army" = "the army clashed with IS"), so both actor
     * lists are pooled there.
     */
    private static boolean actorsAgree(Event x, Event y) {
        Collection<String> ax = x.actor1(), ay = y.actor1();
        if (x.type() == EventType.ARMED_CLASH) {
            ax = union(x.actor1(), x.actor2());
            ay = union(y.actor1(), y.actor2());
        }
        return ax.isEmpty() || ay.isEmpty() || ax.stream().anyMatch(ay::contains);
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return s;
    }

    /**
     * Two place-less mentions only merge when they name a common actor: without a place the
     * actors are all that ties them to one event. A place-less mention never joins a placed one,
     * since that would let it bridge two distant places into one cluster.
     */
    private boolean samePlace(Place p, Place q, Event x, Event y) {
        if (p == null || q == null) {
            return p == null && q == null && !x.actor1().isEmpty() && x.actor1().stream().anyMatch(y.actor1()::contains);
        }
        return near(p, q);
    }

    boolean near(Place p, Place q) {
        if (p.geonamesId() != null && p.geonamesId().equals(q.geonamesId())) {
            return true;
        }
        double km = p.kmTo(q);
        if (!Double.isNaN(km)) {
            return km <= radiusKm;
        }
        return PlaceKey.sameName(p, q);
    }

    /**
     * Roads: when both reports name both ends, the ends must match (in either direction), or the
     * road's name must: two roads out of one town are often cut on the same day by the same side
     * while it closes a ring, and they are two events. When one report knows only one end, a
     * shared end is all we can ask.
     */
    private boolean sameRoad(Route r, Route s) {
        if (r.name() != null && s.name() != null && PlaceKey.normalise(r.name()).equals(PlaceKey.normalise(s.name()))) {
            return true;
        }
        boolean rFull = r.from() != null && r.to() != null, sFull = s.from() != null && s.to() != null;
        if (rFull && sFull) {
            return near(r.from(), s.from()) && near(r.to(), s.to()) || near(r.from(), s.to()) && near(r.to(), s.from());
        }
        return endsMeet(r, s);
    }

    private boolean endsMeet(Route r, Route s) {
        for (Place p : new Place[] {r.from(), r.to()}) {
            for (Place q : new Place[] {s.from(), s.to()}) {
                if (p != null && q != null && near(p, q)) {
                    return true;
                }
            }
        }
        return false;
    }
}
