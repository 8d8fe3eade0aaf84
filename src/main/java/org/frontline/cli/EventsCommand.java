package org.frontline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontline.model.EventType;
import org.frontline.serve.StoredJson;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code frontline events}: stored events, merged across reports, filtered. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Lists stored events (merged across reports).")
final class EventsCommand implements Callable<Integer> {
    enum Format { jsonl, text }

    @Mixin
    DbOption db;
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
    @Option(names = "--limit", defaultValue = "1000")
    int limit;
    @Option(names = "--format", defaultValue = "text", description = "jsonl or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        EventQuery q;
        try {
            q = query();
        } catch (IllegalArgumentException e) {
            System.err.println("frontline events: " + e.getMessage());
            return 2;
        }
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        try (EventStore store = EventStore.open(db.db)) {
            List<StoredEvent> events = store.events(q);
            for (StoredEvent e : events) {
                out.println(format == Format.jsonl ? StoredJson.line(e) : StoredJson.textLine(e));
            }
            if (format == Format.text) {
                out.printf("%d events%n", events.size());
            }
        }
        out.flush();
        return 0;
    }

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
        if (limit <= 0) {
            throw new IllegalArgumentException("--limit must be positive");
        }
        return q.page(limit, 0);
    }
}
