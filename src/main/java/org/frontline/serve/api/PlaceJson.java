package org.frontline.serve.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.frontline.model.Place;
import org.frontline.reason.ControlClaim;
import org.frontline.reason.ControlState;
import org.frontline.reason.ControlTimeline;
import org.frontline.reason.PlaceKey;
import org.frontline.reason.Sides;
import org.frontline.reason.SiegeState;
import org.frontline.serve.ResultJson;

/**
 * The elements of {@code /api/control}, {@code /api/sieges} and {@code /api/contradictions}: one
 * place's state, siege or claim. Shared by the answers made on request and those kept in the
 * store ({@link DayAnswers}), so both send the same bytes.
 */
final class PlaceJson {
    private final Sides sides;

    PlaceJson(Sides sides) {
        this.sides = sides;
    }

    /** {@code t}: the timeline the request started with (one look at the store's generation, one picture). */
    ObjectNode state(ControlTimeline t, ControlState s) {
        ObjectNode o = HttpExchangeIO.JSON.createObjectNode();
        o.set("place", place(s.place()));
        o.put("holder", s.holder());
        o.put("side", sides.sideOf(s.place().country(), s.holder()).orElse(s.holder()));
        o.put("share", s.share());
        o.put("contested", s.contested());
        o.put("state", !s.besiegedBy().isEmpty() ? "besieged" : s.contested() ? "contested" : "held");
        o.set("contested_by", HttpExchangeIO.JSON.valueToTree(s.contestedBy()));
        o.set("besieged_by", HttpExchangeIO.JSON.valueToTree(s.besiegedBy()));
        o.set("sources", HttpExchangeIO.JSON.valueToTree(s.sources()));
        o.set("documents", HttpExchangeIO.JSON.valueToTree(s.documents()));
        o.set("evidence", HttpExchangeIO.JSON.valueToTree(s.evidence()));
        var against = t.contradictionsOf(PlaceKey.of(s.place()), s.date());
        o.put("disputed", s.disputed() || !against.isEmpty());
        ArrayNode contradicted = o.putArray("contradicted_by"); // the claims the shown holder stands against
        against.forEach(c -> c.against().forEach(a -> contradicted.add(claim(a))));
        return o;
    }

    /** A place fought over whose holder no report names that day. */
    static ObjectNode unknown(Place p) {
        ObjectNode o = HttpExchangeIO.JSON.createObjectNode();
        o.put("state", "unknown").set("place", place(p));
        return o;
    }

    static ObjectNode siege(SiegeState s) {
        ObjectNode o = HttpExchangeIO.JSON.createObjectNode();
        o.set("place", place(s.place()));
        o.put("holder", s.holder());
        o.set("besieged_by", HttpExchangeIO.JSON.valueToTree(s.besiegedBy()));
        o.put("since", s.since() == null ? null : s.since().toString());
        o.set("reasons", HttpExchangeIO.JSON.valueToTree(s.reasons().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList()));
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
        return o;
    }

    static ObjectNode claim(ControlClaim c) {
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

    static ObjectNode place(Place p) {
        return p == null ? null : ResultJson.placeNode(p);
    }
}
