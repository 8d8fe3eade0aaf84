package org.frontline.serve.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.LocalDate;
import org.frontline.model.Place;
import org.frontline.reason.ControlState;
import org.frontline.reason.ControlTimeline;
import org.frontline.reason.SiegeState;
import org.frontline.serve.ResultJson;

/** {@code /api/control}, {@code /api/sieges}, {@code /api/contradictions}, {@code /api/sides}: what the reasoning layer says. */
final class PlaceRoutes implements Routes {
    private final Reasoning reasoning;

    PlaceRoutes(Reasoning reasoning) {
        this.reasoning = reasoning;
    }

    @Override
    public boolean handle(String method, String path, HttpExchange ex) throws IOException {
        if (!method.equals("GET")) {
            return false;
        }
        switch (path) {
            case "/api/control" -> control(ex);
            case "/api/sieges" -> sieges(ex);
            case "/api/contradictions" -> contradictions(ex);
            case "/api/sides" -> HttpExchangeIO.json(ex, 200, reasoning.sides().everyActor());
            default -> {
                return false;
            }
        }
        return true;
    }

    private static LocalDate on(Params p) {
        LocalDate d = p.date("on");
        if (d == null) {
            throw new BadRequest("on is required: a date YYYY-MM-DD");
        }
        return d;
    }

    private void control(HttpExchange ex) throws IOException {
        Params p = new Params(HttpExchangeIO.query(ex));
        LocalDate day = on(p);
        String place = p.text("place", 200);
        ControlTimeline t = reasoning.timeline();
        ObjectNode out = HttpExchangeIO.JSON.createObjectNode();
        out.put("on", day.toString());
        ArrayNode places = out.putArray("places");
        for (String key : place == null ? t.placeKeys() : java.util.List.of(place)) {
            t.on(key, day).ifPresent(s -> places.add(state(t, s)));
        }
        if (place == null) { // fought over, but no report names the holder that day
            ArrayNode unknown = out.putArray("unknown");
            t.unknownOn(day).forEach(u -> unknown.addObject().put("state", "unknown").set("place", place(u)));
        }
        if (place != null && places.isEmpty()) {
            HttpExchangeIO.error(ex, 404, "no report says who holds " + place + " on " + day);
            return;
        }
        HttpExchangeIO.json(ex, 200, out);
    }

    /** {@code /api/contradictions[?on=D]}: places whose claims disagree, both claims, and whom the timeline follows. */
    private void contradictions(HttpExchange ex) throws IOException {
        LocalDate day = new Params(HttpExchangeIO.query(ex)).date("on");
        ControlTimeline t = reasoning.timeline();
        ArrayNode out = HttpExchangeIO.JSON.createArrayNode();
        for (var c : day == null ? t.contradictions() : t.contradictionsOn(day)) {
            ObjectNode o = out.addObject();
            o.set("place", place(c.place()));
            o.put("date", c.date().toString());
            o.set("followed", claim(c.followed()));
            ArrayNode against = o.putArray("against");
            c.against().forEach(a -> against.add(claim(a)));
            o.put("why", c.why());
        }
        HttpExchangeIO.json(ex, 200, out);
    }

    private static ObjectNode claim(org.frontline.reason.ControlClaim c) {
        ObjectNode o = HttpExchangeIO.JSON.createObjectNode();
        o.put("holder", c.holder());
        o.put("share", c.share());
        o.put("full", c.full());
        o.set("contested_by", HttpExchangeIO.JSON.valueToTree(c.contestedBy()));
        o.set("besieged_by", HttpExchangeIO.JSON.valueToTree(c.besiegedBy()));
        o.set("sources", HttpExchangeIO.JSON.valueToTree(c.sources()));
        o.put("status", c.status().label());
        o.put("date", c.date().toString());
        o.put("doc", c.doc());
        o.put("evidence", c.evidence());
        return o;
    }

    /** {@code t}: the timeline the request started with (one look at the store's generation, one picture). */
    private ObjectNode state(ControlTimeline t, ControlState s) {
        ObjectNode o = HttpExchangeIO.JSON.createObjectNode();
        o.set("place", place(s.place()));
        o.put("holder", s.holder());
        o.put("side", reasoning.sides().sideOf(s.place().country(), s.holder()).orElse(s.holder()));
        o.put("share", s.share());
        o.put("contested", s.contested());
        o.put("state", !s.besiegedBy().isEmpty() ? "besieged" : s.contested() ? "contested" : "held");
        o.set("contested_by", HttpExchangeIO.JSON.valueToTree(s.contestedBy()));
        o.set("besieged_by", HttpExchangeIO.JSON.valueToTree(s.besiegedBy()));
        o.set("sources", HttpExchangeIO.JSON.valueToTree(s.sources()));
        o.set("documents", HttpExchangeIO.JSON.valueToTree(s.documents()));
        o.set("evidence", HttpExchangeIO.JSON.valueToTree(s.evidence()));
        var against = t.contradictionsOf(org.frontline.reason.PlaceKey.of(s.place()), s.date());
        o.put("disputed", s.disputed() || !against.isEmpty());
        ArrayNode contradicted = o.putArray("contradicted_by"); // the claims the shown holder stands against
        against.forEach(c -> c.against().forEach(a -> contradicted.add(claim(a))));
        return o;
    }

    private void sieges(HttpExchange ex) throws IOException {
        LocalDate day = on(new Params(HttpExchangeIO.query(ex)));
        ArrayNode out = HttpExchangeIO.JSON.createArrayNode();
        for (SiegeState s : reasoning.sieges().besiegedOn(day)) {
            ObjectNode o = out.addObject();
            o.set("place", place(s.place()));
            o.put("holder", s.holder());
            o.set("besieged_by", HttpExchangeIO.JSON.valueToTree(s.besiegedBy()));
            o.put("since", s.since() == null ? null : s.since().toString());
            o.set("reasons", HttpExchangeIO.JSON.valueToTree(s.reasons().stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).toList()));
            if (s.closingCut() != null) {
                ObjectNode c = o.putObject("closing_cut");
                c.put("doc", s.closingCut().doc());
                c.put("evidence", s.closingCut().event().evidence());
                var r = s.closingCut().event().route();
                if (r != null) {
                    c.putObject("route").set("from", place(r.from()));
                    ((ObjectNode) c.get("route")).set("to", place(r.to()));
                }
            } else {
                o.putNull("closing_cut");
            }
            o.set("evidence", HttpExchangeIO.JSON.valueToTree(s.evidence()));
        }
        HttpExchangeIO.json(ex, 200, out);
    }

    private static ObjectNode place(Place p) {
        return p == null ? null : ResultJson.placeNode(p);
    }
}
