package org.frontline.serve.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.LocalDate;
import org.frontline.reason.ControlTimeline;

/** {@code /api/control}, {@code /api/sieges}, {@code /api/contradictions}, {@code /api/sides}: what the reasoning layer says. */
final class PlaceRoutes implements Routes {
    private final Reasoning reasoning;
    private final PlaceJson json;

    PlaceRoutes(Reasoning reasoning) {
        this.reasoning = reasoning;
        this.json = new PlaceJson(reasoning.sides());
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
        if (place == null) { // every place: the answer the store keeps
            HttpExchangeIO.jsonBytes(ex, 200, reasoning.stored().control(day));
            return;
        }
        ControlTimeline t = reasoning.timeline();
        ObjectNode out = HttpExchangeIO.JSON.createObjectNode();
        out.put("on", day.toString());
        ArrayNode places = out.putArray("places");
        t.on(place, day).ifPresent(s -> places.add(json.state(t, s)));
        if (places.isEmpty()) {
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
            o.set("place", PlaceJson.place(c.place()));
            o.put("date", c.date().toString());
            o.set("followed", PlaceJson.claim(c.followed()));
            ArrayNode against = o.putArray("against");
            c.against().forEach(a -> against.add(PlaceJson.claim(a)));
            o.put("why", c.why());
        }
        HttpExchangeIO.json(ex, 200, out);
    }

    private void sieges(HttpExchange ex) throws IOException {
        LocalDate day = on(new Params(HttpExchangeIO.query(ex)));
        HttpExchangeIO.jsonBytes(ex, 200, reasoning.stored().sieges(day));
    }
}
