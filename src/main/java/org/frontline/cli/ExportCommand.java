package org.frontline.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontline.serve.StoredJson;
import org.frontline.serve.export.AcledCsv;
import org.frontline.serve.export.GeoJsonExport;
import org.frontline.store.EventStore;
import org.frontline.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code frontline export}: stored events in the formats analysts' tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes stored events as ACLED-style CSV, RFC 7946 GeoJSON or JSON Lines to standard output.")
final class ExportCommand implements Callable<Integer> {
    enum Format { acled_csv, geojson, jsonl }

    @Mixin
    DbOption db;
    @Option(names = "--format", required = true, converter = FormatConverter.class,
            description = "acled-csv, geojson or jsonl")
    Format format;
    @Mixin
    EventFilters filters;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.replace('-', '_'));
        }
    }

    @Override
    public Integer call() throws Exception {
        List<StoredEvent> events;
        org.frontline.reason.ControlTimeline timeline = null;
        try (EventStore store = EventStore.open(db.db)) {
            events = store.events(filters.query().page(Integer.MAX_VALUE, 0));
            if (format == Format.acled_csv) { // its notes name the contradictions (issue 14)
                timeline = org.frontline.reason.ControlTimeline.build(
                        store.mentions(org.frontline.store.EventQuery.all().page(Integer.MAX_VALUE, 0)), store.controls(null));
            }
        } catch (IllegalArgumentException e) {
            System.err.println("frontline export: " + e.getMessage());
            return 2;
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        switch (format) {
            case acled_csv -> {
                try (var notes = org.frontline.serve.export.ControlNotes.open(timeline)) {
                    AcledCsv.write(events, out);
                }
            }
            case geojson -> out.write(Json.MAPPER.writeValueAsString(GeoJsonExport.collection(events)) + "\n");
            case jsonl -> {
                for (StoredEvent e : events) {
                    out.write(StoredJson.line(e) + "\n");
                }
            }
        }
        out.flush();
        return 0;
    }
}
