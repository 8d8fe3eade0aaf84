package org.frontline.serve.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.frontline.reason.ControlTimeline;
import org.frontline.serve.export.HandOff;
import org.frontline.serve.export.StreamedExport;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;

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
        String name = p.text("format", 20);
        StreamedExport.Format format = name == null ? null : StreamedExport.Format.of(name);
        if (format == null || !format.label.equals(name)) {
            throw new BadRequest("format must be acled-csv, geojson or jsonl");
        }
        EventRoutes.Query q = EventRoutes.query(p);
        // every matching event, streamed, unless the client asks for a page with limit (or offset)
        int limit = p.integer("limit", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        EventQuery wanted = q.store().page(limit, q.offset());
        boolean guard = p.bool("formula_guard", true);
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"frontline-events." + format.extension + "\"");
        // how many events the filters match: more than the file holds when it is one page of several
        ex.getResponseHeaders().set("X-Total-Count", String.valueOf(store.count(q.store().after(null))));
        // the notes name contradictions from the timeline the server keeps per store generation
        ControlTimeline timeline = format == StreamedExport.Format.ACLED_CSV ? reasoning.timeline() : null;
        HttpExchangeIO.stream(ex, format.contentType, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            StreamedExport export = new StreamedExport(format, w, org.frontline.serve.export.ContradictionsAt.of(timeline), guard).begin();
            HandOff.forEachEvent(store, wanted, export);
            export.end();
        });
        return true;
    }
}
