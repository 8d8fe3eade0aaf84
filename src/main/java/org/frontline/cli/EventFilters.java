package org.frontline.cli;

import java.time.LocalDate;
import org.frontline.model.EventType;
import org.frontline.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters {@code events} and {@code export} share. */
final class EventFilters {
    @Option(names = "--place", description = "place name (case-insensitive)")
    String place;
    @Option(names = "--actor", description = "actor in actor1 or actor2")
    String actor;
    @Option(names = "--type", description = "event type, e.g. territory_captured")
    String type;
    @Option(names = "--from", description = "events on or after this day (YYYY-MM-DD)")
    LocalDate from;
    @Option(names = "--to", description = "events on or before this day (YYYY-MM-DD)")
    LocalDate to;
    @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "within KM of a point")
    String near;

    /** The store query; a malformed filter is an IllegalArgumentException that names it. */
    EventQuery query() {
        EventQuery q = EventQuery.all();
        if (place != null) {
            q = q.place(place);
        }
        if (actor != null) {
            q = q.actor(actor);
        }
        if (type != null) {
            try {
                q = q.type(EventType.fromLabel(type));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown event type '" + type + "'");
            }
        }
        if (from != null || to != null) {
            q = q.between(from, to);
        }
        if (near != null) {
            String[] f = near.split(",");
            if (f.length != 3) {
                throw new IllegalArgumentException("--near wants LAT,LON,KM, got '" + near + "'");
            }
            try {
                q = q.near(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--near wants numbers: '" + near + "'");
            }
        }
        return q;
    }
}
