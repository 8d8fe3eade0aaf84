package org.frontline.serve.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontline.model.Place;
import org.frontline.serve.StoredJson;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.store.StoredEvent;

/** {@code /api/events}, {@code /api/events/{id}}, {@code /api/range}: stored, merged events. */
final class EventRoutes implements Routes {
    private static final double[][] BBOX = {{-180, 180}, {-90, 90}, {-180, 180}, {-90, 90}};
    private static final double[][] NEAR = {{-90, 90}, {-180, 180}, {0, 20_000}};
    private final EventStore store;

    EventRoutes(EventStore store) {
        this.store = store;
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
        int limit = p.integer("limit", 500, 1, Params.MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        return new Query(q, bbox, limit, offset);
    }

    /** A store query plus what the store does not filter itself (bounding box) and the page wanted. */
    record Query(EventQuery store, double[] bbox, int limit, int offset) {
        List<StoredEvent> run(EventStore s) {
            if (bbox == null) {
                return s.events(store.page(limit, offset));
            }
            return s.events(store.page(Integer.MAX_VALUE, 0)).stream().filter(e -> inside(e, bbox))
                    .skip(offset).limit(limit).toList();
        }
    }

    static boolean inside(StoredEvent e, double[] b) {
        Place p = e.event().place() != null ? e.event().place() : e.event().route() != null ? e.event().route().from() : null;
        return p != null && p.lat() != null && p.lon() >= b[0] && p.lat() >= b[1] && p.lon() <= b[2] && p.lat() <= b[3];
    }

    private void events(HttpExchange ex) throws IOException {
        Query q = query(new Params(HttpExchangeIO.query(ex)));
        ObjectNode out = HttpExchangeIO.JSON.createObjectNode();
        ArrayNode arr = out.putArray("events");
        q.run(store).forEach(e -> arr.add(StoredJson.tree(e)));
        out.put("limit", q.limit());
        out.put("offset", q.offset());
        HttpExchangeIO.json(ex, 200, out);
    }

    private void one(HttpExchange ex, String id) throws IOException {
        var found = store.event(id);
        if (found.isEmpty()) {
            HttpExchangeIO.error(ex, 404, "no event with id " + id);
            return;
        }
        ObjectNode o = StoredJson.tree(found.get());
        ArrayNode mentions = o.putArray("mentions");
        store.mentionsOf(id).forEach(m -> mentions.addObject().put("doc", m.doc()).put("evidence", m.event().evidence()));
        HttpExchangeIO.json(ex, 200, o);
    }

    private void range(HttpExchange ex) throws IOException {
        List<StoredEvent> all = store.events(EventQuery.all().page(Integer.MAX_VALUE, 0));
        LocalDate min = all.stream().map(e -> e.event().date().start()).min(LocalDate::compareTo).orElse(null);
        LocalDate max = all.stream().map(e -> e.event().date().end()).max(LocalDate::compareTo).orElse(null);
        HttpExchangeIO.json(ex, 200, Map.of("min", String.valueOf(min), "max", String.valueOf(max)));
    }
}
