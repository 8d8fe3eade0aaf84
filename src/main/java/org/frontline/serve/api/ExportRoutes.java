package org.frontline.serve.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.frontline.serve.StoredJson;
import org.frontline.serve.export.AcledCsv;
import org.frontline.serve.export.Admin1Points;
import org.frontline.serve.export.GeoJsonExport;
import org.frontline.store.EventStore;
import org.frontline.store.StoredEvent;

/** {@code /api/export?format=acled-csv|geojson|jsonl} with the events filters. */
final class ExportRoutes implements Routes {
    private final EventStore store;
    private final Reasoning reasoning;

    ExportRoutes(EventStore store, Reasoning reasoning) {
        this.store = store;
        this.reasoning = reasoning;
    }

    @Override
    public boolean handle(String method, String path, HttpExchange ex) throws IOException {
        if (!method.equals("GET") || !path.equals("/api/export")) {
            return false;
        }
        Params p = new Params(HttpExchangeIO.query(ex));
        String format = p.text("format", 20);
        EventRoutes.Query q = EventRoutes.query(p);
        // a file is a page too: the same cap as /api/events, the rest by offset
        List<StoredEvent> events = new EventRoutes.Query(q.store(), p.integer("limit", Params.MAX_LIMIT, 1, Params.MAX_LIMIT),
                q.offset()).run(store);
        boolean guard = p.bool("formula_guard", true);
        if (format != null && !List.of("acled-csv", "geojson", "jsonl").contains(format)) {
            throw new BadRequest("format must be acled-csv, geojson or jsonl");
        }
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"frontline-events." + extension(format) + "\"");
        // how many events the filters match: more than the file holds when it is one page of several
        ex.getResponseHeaders().set("X-Total-Count", String.valueOf(store.count(q.store())));
        switch (format == null ? "" : format) {
            case "acled-csv" -> {
                StringWriter w = new StringWriter();
                // the notes name contradictions from the timeline the server keeps per store generation
                AcledCsv.write(events, store.documentSummaries(), reasoning.timeline(), guard, w);
                HttpExchangeIO.send(ex, 200, "text/csv; charset=utf-8", w.toString().getBytes(StandardCharsets.UTF_8));
            }
            case "geojson" -> HttpExchangeIO.send(ex, 200, "application/geo+json",
                    HttpExchangeIO.JSON.writeValueAsBytes(GeoJsonExport.collection(events)));
            case "jsonl" -> {
                StringBuilder sb = new StringBuilder();
                events.forEach(e -> sb.append(StoredJson.line(Admin1Points.locate(e))).append('\n'));
                HttpExchangeIO.send(ex, 200, "application/x-ndjson", sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            default -> throw new BadRequest("format must be acled-csv, geojson or jsonl");
        }
        return true;
    }

    private static String extension(String format) {
        return "geojson".equals(format) ? "geojson" : "jsonl".equals(format) ? "jsonl" : "csv";
    }
}
