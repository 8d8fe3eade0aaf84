package org.frontline.serve.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontline.serve.StoredJson;
import org.frontline.store.DateSpan;
import org.frontline.store.EventPage;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.StoredEvent;

/** {@code /api/events}, {@code /api/events/{id}}, {@code /api/range}: stored, merged events. */
final class EventRoutes implements Routes {
    private static final double[][] BBOX = {{-180, 180}, {-90, 90}, {-180, 180}, {-90, 90}};
    private static final double[][] NEAR = {{-90, 90}, {-180, 180}, {0, 20_000}};
    private final EventStore store;
    private final PerGeneration<DateSpan> dates;

    EventRoutes(EventStore store) {
        this.store = store;
        this.dates = new PerGeneration<>(store, EventStore::dates);
    }

    @Override
    public boolean handle(String method, String path, HttpExchange ex) throws IOException {
        if (!method.equals("GET")) {
            return false;
        }
        if (path.equals("/api/events")) {
            events(ex);
        } else if (path.startsWith("/api/events/")) {
            one(ex, HttpExchangeIO.decode(path.substring("/api/events/".length())));
        } else if (path.equals("/api/range")) {
            range(ex);
        } else {
            return false;
        }
        return true;
    }

    /** The query the CLI's filters and the page's bounding box describe; also used by exports. */
    static Query query(Params p) {
        EventQuery q = EventQuery.all();
        String place = p.text("place", 200);
        String actor = p.text("actor", 200);
        q = place == null ? q : q.place(place);
        q = actor == null ? q : q.actor(actor);
        q = p.type("type") == null ? q : q.type(p.type("type"));
        LocalDate from = p.date("from"), to = p.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("from " + from + " is after to " + to);
        }
        q = from == null && to == null ? q : q.between(from, to);
        double[] near = p.numbers("near", 3, NEAR);
        q = near == null ? q : q.near(near[0], near[1], near[2]);
        double[] bbox = p.numbers("bbox", 4, BBOX);
        if (bbox != null && (bbox[0] > bbox[2] || bbox[1] > bbox[3])) {
            throw new BadRequest("bbox wants minLon,minLat,maxLon,maxLat with min <= max");
        }
        q = bbox == null ? q : q.within(new EventQuery.Box(bbox[0], bbox[1], bbox[2], bbox[3]));
        int limit = p.integer("limit", 500, 1, Params.MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        String after = p.text("after", 100);
        if (after != null) {
            try {
                q = q.after(EventQuery.After.of(after));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("after must be the next_after of an earlier page");
            }
        }
        return new Query(q, limit, offset);
    }

    /** A store query and the page wanted; every filter and the page are applied by the store. */
    record Query(EventQuery store, int limit, int offset) {
        List<StoredEvent> run(EventStore s) {
            return s.events(store.page(limit, offset));
        }

        EventPage page(EventStore s) {
            return s.page(store.page(limit, offset));
        }
    }

    private void events(HttpExchange ex) throws IOException {
        Query q = query(new Params(HttpExchangeIO.query(ex)));
        ObjectNode out = HttpExchangeIO.JSON.createObjectNode();
        ArrayNode arr = out.putArray("events");
        EventPage page = q.page(store);
        page.events().forEach(e -> arr.add(StoredJson.tree(e)));
        // the total of the filters, cursor aside
        long total = store.count(q.store().after(null));
        out.put("total", total);
        out.put("limit", q.limit());
        out.put("offset", q.offset());
        // keyset paging: pass it as after= for the next page (null on the last page)
        out.put("next_after", page.next());
        ex.getResponseHeaders().set("X-Total-Count", String.valueOf(total));
        HttpExchangeIO.json(ex, 200, out);
    }

    private void one(HttpExchange ex, String id) throws IOException {
        var found = store.event(id);
        if (found.isEmpty()) {
            HttpExchangeIO.error(ex, 404, "no event with id " + id);
            return;
        }
        if (!found.get().id().equals(id)) {
            // this event merged into another when a report tied them together: point at it
            ex.getResponseHeaders().set("Location", "/api/events/" + java.net.URLEncoder.encode(found.get().id(),
                    java.nio.charset.StandardCharsets.UTF_8));
            HttpExchangeIO.json(ex, 301, Map.of("merged_into", found.get().id()));
            return;
        }
        ObjectNode o = StoredJson.tree(found.get());
        ArrayNode mentions = o.putArray("mentions");
        store.mentionsOf(id).forEach(m -> mentions.addObject().put("doc", m.doc()).put("evidence", m.event().evidence()));
        HttpExchangeIO.json(ex, 200, o);
    }

    private void range(HttpExchange ex) throws IOException {
        DateSpan span = dates.get();
        HttpExchangeIO.json(ex, 200, Map.of("min", String.valueOf(span.first()), "max", String.valueOf(span.last())));
    }
}
