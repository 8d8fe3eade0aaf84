package org.frontline.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.frontline.model.Event;
import org.frontline.store.StoredEvent;

/** Stored (merged) events as JSON: the contract's event plus id, documents, corroboration, evidence. */
public final class StoredJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoredJson() {
    }

    public static ObjectNode tree(StoredEvent s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        o.setAll(ResultJson.event(s.event()));
        o.remove("evidence");
        ArrayNode docs = o.putArray("documents");
        s.documents().forEach(docs::add);
        o.put("corroboration", s.corroboration());
        ArrayNode ev = o.putArray("evidence");
        s.evidence().forEach(ev::add);
        return o;
    }

    public static String line(StoredEvent s) {
        try {
            return MAPPER.writeValueAsString(tree(s));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One readable line: date, type, actors, place, corroboration. Control characters never reach a terminal. */
    public static String textLine(StoredEvent s) {
        Event e = s.event();
        String place = e.place() != null ? e.place().name() : e.route() != null ? e.route().from().name() : "-";
        return TextTable.oneLine(String.format("%-10s  %-26s %-40s %-22s %d report%s", e.dated() ? e.date().start() : "undated", e.type().label(),
                TextTable.clip(String.join(", ", e.actor1()) + " → " + String.join(", ", e.actor2()), 40),
                TextTable.clip(place, 22), s.corroboration(), s.corroboration() == 1 ? "" : "s"));
    }
}
