package org.frontline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
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
    @Mixin
    EventFilters filters;
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
        try (EventStore store = EventStore.open(db.existing())) {
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
        if (limit <= 0) {
            throw new IllegalArgumentException("--limit must be positive");
        }
        return filters.query().page(limit, 0);
    }
}
