package org.frontline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.frontline.model.DateRange;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Route;
import org.frontline.model.Status;

/** Random events with awkward names (quotes, semicolons, non-ASCII), nulls everywhere allowed. */
final class RandomEvents {
    private static final String CHARS = "abcXYZ ß'\"%_-é—;";

    private RandomEvents() {
    }

    static Event event(Random rnd) {
        Route route = rnd.nextInt(3) == 0 ? new Route(place(rnd), place(rnd), rnd.nextBoolean() ? name(rnd) : null) : null;
        LocalDate start = LocalDate.ofEpochDay(rnd.nextInt(20000));
        Precision p = Precision.values()[rnd.nextInt(Precision.values().length)];
        return new Event(pick(rnd, EventType.values()), names(rnd), names(rnd), rnd.nextInt(5) == 0 ? null : place(rnd),
                route, new DateRange(start, start.plusDays(rnd.nextInt(40)), p),
                rnd.nextBoolean() ? rnd.nextInt(100000) : null, rnd.nextBoolean() ? rnd.nextInt(100000) : null,
                names(rnd), pick(rnd, Status.values()), name(rnd));
    }

    private static Place place(Random rnd) {
        boolean located = rnd.nextInt(4) != 0;
        return new Place(name(rnd), located ? rnd.nextDouble() * 180 - 90 : null,
                located ? rnd.nextDouble() * 360 - 180 : null, rnd.nextBoolean() ? "SY" : null,
                rnd.nextBoolean() ? name(rnd) : null, rnd.nextBoolean() ? rnd.nextLong() : null,
                pick(rnd, new String[] {"town", "city", "region", "site"}));
    }

    private static List<String> names(Random rnd) {
        List<String> out = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
            out.add(name(rnd));
        }
        return out;
    }

    private static String name(Random rnd) {
        StringBuilder s = new StringBuilder("n");
        for (int i = rnd.nextInt(12); i > 0; i--) {
            s.append(CHARS.charAt(rnd.nextInt(CHARS.length())));
        }
        return s.toString();
    }

    private static <T> T pick(Random rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
