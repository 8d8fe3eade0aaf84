package org.frontline.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.frontline.model.Control;
import org.frontline.model.DateRange;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.model.Place;
import org.frontline.model.Route;

/** The contract's JSON shape of a document result, key order included. */
public final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultJson() {
    }

    /** One line of JSON Lines, without the line break. */
    public static String line(DocumentResult r) {
        try {
            return MAPPER.writeValueAsString(tree(r));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise result of " + r.doc(), e);
        }
    }

    public static ObjectNode tree(DocumentResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("doc", r.doc());
        o.put("title", r.title());
        o.put("outlet", r.outlet());
        o.put("byline", r.byline());
        o.put("published", r.published() == null ? null : r.published().toString());
        o.put("published_inferred", r.publishedInferred());
        o.put("published_source", r.publishedSource() == null ? null : r.publishedSource().json());
        o.put("duplicate_of", r.duplicateOf());
        o.put("error", r.error());
        ArrayNode events = o.putArray("events");
        r.events().forEach(e -> events.add(event(e)));
        ArrayNode control = o.putArray("control");
        r.control().forEach(c -> control.add(control(c)));
        return o;
    }

    public static ObjectNode event(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", e.type().label());
        strings(o.putArray("actor1"), e.actor1());
        strings(o.putArray("actor2"), e.actor2());
        o.set("place", place(e.place()));
        o.set("route", route(e.route()));
        o.set("date", e.date() == null ? NullNode.getInstance() : date(e.date()));
        o.put("date_text", e.dateText());
        o.put("fatalities", e.fatalities());
        o.put("displaced", e.displaced());
        strings(o.putArray("sources"), e.sources());
        o.put("status", e.status().label());
        o.put("evidence", e.evidence());
        return o;
    }

    public static ObjectNode control(Control c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("place", place(c.place()));
        o.put("controller", c.controller());
        o.put("as_of", c.asOf().toString());
        o.put("share", c.share());
        strings(o.putArray("besieged_by"), c.besiegedBy());
        strings(o.putArray("contested_by"), c.contestedBy());
        strings(o.putArray("sources"), c.sources());
        o.put("status", c.statusOrReported().label());
        o.put("evidence", c.evidence());
        return o;
    }

    public static ObjectNode placeNode(Place p) {
        return place(p);
    }

    static ObjectNode place(Place p) {
        if (p == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", p.name());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        o.put("geonames_id", p.geonamesId());
        o.put("precision", p.precision());
        return o;
    }

    private static ObjectNode route(Route r) {
        if (r == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.set("from", place(r.from()));
        o.set("to", place(r.to()));
        o.put("name", r.name());
        return o;
    }

    private static ObjectNode date(DateRange d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("start", d.start().toString());
        o.put("end", d.end().toString());
        o.put("precision", d.precision().label());
        return o;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
