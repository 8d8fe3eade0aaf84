package org.frontline.serve.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.frontline.reason.ControlTimeline;
import org.frontline.reason.Reasoned;
import org.frontline.reason.SiegeReasoner;
import org.frontline.store.PlaceDay;

/**
 * The answers on a day of chosen places as runs of days ({@link PlaceDay}): each place's element
 * is worked out on each day its answer may change ({@link ControlTimeline#changeDays},
 * {@link SiegeReasoner#changeDays}) exactly as a request on that day would make it, and holds
 * until the next such day.
 */
final class DayRuns {
    private final PlaceJson json;

    DayRuns(PlaceJson json) {
        this.json = json;
    }

    /** The runs of {@code held} (control: held and unknown) and {@code besieged} (sieges); null: every place. */
    List<PlaceDay> of(Reasoned r, Collection<String> held, Collection<String> besieged) {
        ControlTimeline t = r.timeline();
        SiegeReasoner sieges = r.sieges().reasoner();
        // the places a request on a day walks: those with claims, and for "unknown" those fought over
        TreeSet<String> heldKeys = new TreeSet<>(t.placeKeys());
        heldKeys.addAll(t.foughtOverKeys());
        if (held != null) {
            heldKeys.retainAll(held);
        }
        TreeSet<String> siegeKeys = new TreeSet<>(t.placeKeys());
        if (besieged != null) {
            siegeKeys.retainAll(besieged);
        }
        List<PlaceDay> out = new ArrayList<>();
        for (String key : heldKeys) {
            SortedSet<LocalDate> days = t.changeDays(key);
            runs(PlaceDay.HELD, key, days, d -> t.on(key, d).map(s -> text(json.state(t, s))), out);
            runs(PlaceDay.UNKNOWN, key, days, d -> t.unknownOn(key, d).map(p -> text(PlaceJson.unknown(p))), out);
        }
        for (String key : siegeKeys) {
            runs(PlaceDay.BESIEGED, key, sieges.changeDays(key), d -> sieges.siegeOf(key, d).map(s -> text(PlaceJson.siege(s))), out);
        }
        return out;
    }

    /** From each change day to the next, the element that day has; a run lasts while the element does. */
    private static void runs(int kind, String key, SortedSet<LocalDate> days, Function<LocalDate, Optional<String>> on,
                             List<PlaceDay> out) {
        String open = null;
        LocalDate from = null;
        for (LocalDate d : days) {
            String body = on.apply(d).orElse(null);
            if (!Objects.equals(body, open)) {
                if (open != null) {
                    out.add(new PlaceDay(kind, key, from, d.minusDays(1), open));
                }
                open = body;
                from = d;
            }
        }
        if (open != null) {
            out.add(new PlaceDay(kind, key, from, null, open));
        }
    }

    private static String text(ObjectNode o) {
        try {
            return HttpExchangeIO.JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer of " + o.get("place") + ": " + e.getMessage(), e);
        }
    }
}
