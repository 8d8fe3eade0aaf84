package org.frontline.serve.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.frontline.model.Place;
import org.frontline.model.Event;
import org.frontline.store.StoredEvent;

/**
 * Events as an RFC 7946 FeatureCollection: one Point feature per event at [longitude, latitude]
 * (WGS 84, no "crs" member). A place known only by name and province is put at its province's
 * point ({@link Admin1Points}, precision {@code admin1_centroid}); only an event with no place, or
 * one whose province is unknown, gets a null geometry, as 7946 allows. QGIS and geojson.io open it as it is.
 */
public final class GeoJsonExport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoJsonExport() {
    }

    public static ObjectNode collection(List<StoredEvent> events) {
        ObjectNode fc = MAPPER.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (StoredEvent e : events) {
            features.add(feature(e));
        }
        return fc;
    }

    static ObjectNode feature(StoredEvent s) {
        Event e = s.event();
        ObjectNode f = MAPPER.createObjectNode();
        f.put("type", "Feature");
        f.put("id", s.id());
        Place p = Admin1Points.locate(e.place() != null ? e.place() : e.route() != null ? e.route().from() : null);
        if (p != null && p.lat() != null) {
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            ArrayNode c = g.putArray("coordinates");
            c.add(round(p.lon()));
            c.add(round(p.lat()));
        } else {
            f.putNull("geometry");
        }
        ObjectNode props = f.putObject("properties");
        props.put("type", e.type().label());
        props.put("date_start", e.dated() ? e.date().start().toString() : null);
        props.put("date_end", e.dated() ? e.date().end().toString() : null);
        props.put("date_precision", e.dated() ? e.date().precision().label() : null);
        props.put("date_text", e.dateText());
        props.put("actor1", String.join("; ", e.actor1()));
        props.put("actor2", String.join("; ", e.actor2()));
        props.put("place", p == null ? null : p.name());
        props.put("iso2", p == null ? null : p.country());
        Countries.Country c = p == null ? null : Countries.of(p.country());
        props.put("country", c != null ? c.name() : p == null ? null : p.country());
        props.put("admin1", p == null ? null : p.admin1());
        props.put("place_precision", p == null ? null : p.precision());
        props.put("fatalities", e.fatalities());
        props.put("displaced", e.displaced());
        props.put("status", e.status().label());
        props.put("sources", String.join("; ", e.sources()));
        props.put("documents", String.join("; ", s.documents()));
        props.put("corroboration", s.corroboration());
        props.put("evidence", String.join(" | ", s.evidence()));
        return f;
    }

    /** Six decimals (about 10 cm) is the precision RFC 7946 recommends not to exceed needlessly. */
    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
