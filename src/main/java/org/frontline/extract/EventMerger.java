package org.frontline.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.frontline.model.DateRange;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Status;

/**
 * Merges mentions of one event within a document: same type, same place (or route), and
 * dates that overlap. The merged event keeps every actor, source and evidence sentence.
 */
final class EventMerger {
    private EventMerger() {
    }

    static List<Event> merge(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int i = indexOfSame(out, e);
            if (i < 0) {
                out.add(e);
            } else {
                out.set(i, combine(out.get(i), e));
            }
        }
        out.removeIf(e -> e.type() == EventType.ADVANCE && out.stream().anyMatch(c -> taken(c, e)));
        foldRetold(out);
        return out;
    }

    /** How far before the report a dated telling may lie for an undated one to be the same event. */
    private static final int RETOLD_DAYS = 7;

    /**
     * "Many soldiers were feared killed as gunmen attacked a base" (headline or lede, no date words,
     * so dated by publication) and "the attack on Friday ... at the base" further down are one event:
     * the lede tells what the body dates. An event dated only by the report folds into the first
     * event of its type, place and side that the text dates itself, to the day, within the week before.
     */
    private static void foldRetold(List<Event> out) {
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (!e.dated() || e.dateText() != null) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                Event o = out.get(j);
                // only a telling dated to the day: "last week" or "in December" says too little to be the lede's event
                if (j == i || o.type() != e.type() || o.dateText() == null || !o.dated()
                        || o.date().precision() != Precision.DAY || !sameWhere(o, e) || !sameSide(o, e)) {
                    continue;
                }
                long before = java.time.temporal.ChronoUnit.DAYS.between(o.date().end(), e.date().start());
                if (before >= 0 && before <= RETOLD_DAYS) {
                    out.set(j, combine(o, e)); // the date is the telling's: combine keeps the one given in words
                    out.remove(i);
                    i--;
                    break;
                }
            }
        }
    }

    /** One side, or one side unnamed: a capture and a recapture of one place are not. */
    private static boolean sameSide(Event a, Event b) {
        return a.actor1().isEmpty() || b.actor1().isEmpty() || !java.util.Collections.disjoint(a.actor1(), b.actor1());
    }

    /** "pushed into X, capturing it": an advance told in the same breath as the capture is part of it. */
    private static boolean taken(Event capture, Event advance) {
        return capture.type() == EventType.TERRITORY_CAPTURED && samePlace(capture.place(), advance.place())
                && capture.evidence().contains(advance.evidence())
                && sameWhen(capture, advance, 1) && !java.util.Collections.disjoint(capture.actor1(), advance.actor1());
    }

    private static int indexOfSame(List<Event> events, Event e) {
        for (int i = 0; i < events.size(); i++) {
            Event o = events.get(i);
            if (o.type() != e.type() || !sameWhere(o, e)) {
                continue;
            }
            boolean sameSide = sameSide(o, e);
            // a capture and a recapture of one place are two events; two sides besieging it are one siege
            boolean oneEvent = sameSide || e.type() != EventType.TERRITORY_CAPTURED;
            if (oneEvent && sameWhen(o, e, sameSide ? 3 : 1)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Dates that may be one event's: overlapping ranges, or, in a report with no publication date,
     * two undated events (nothing tells them apart by time).
     */
    private static boolean sameWhen(Event a, Event b, int slackDays) {
        if (a.dated() && b.dated()) {
            return a.date().overlaps(b.date(), slackDays);
        }
        return !a.dated() && !b.dated();
    }

    /** Events at the same place; route cuts sharing an end of the road count as the same road. */
    static boolean sameWhere(Event a, Event b) {
        if (a.type() == EventType.ROUTE_CUT && a.route() != null && b.route() != null) {
            for (Place x : new Place[] {a.route().from(), a.route().to()}) {
                for (Place y : new Place[] {b.route().from(), b.route().to()}) {
                    if (x.sameAs(y)) {
                        return true;
                    }
                }
            }
        }
        return samePlace(a.place(), b.place());
    }

    static boolean samePlace(Place a, Place b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.sameAs(b) || withinRegion(a, b) || withinRegion(b, a);
    }

    /** "besieged in Aleppo province" and "the siege of a town in Aleppo": one is the region of the other. */
    private static boolean withinRegion(Place region, Place place) {
        return "admin1".equals(region.precision()) && region.admin1() != null
                && region.admin1().equals(place.admin1()) && java.util.Objects.equals(region.country(), place.country());
    }

    private static Event combine(Event a, Event b) {
        // a date the text gives in words beats one inferred (the report's day, the days just told),
        // however much narrower the inferred one is
        Event when = !a.dated() ? b : !b.dated() ? a
                : (a.dateText() == null) != (b.dateText() == null) ? (a.dateText() != null ? a : b)
                : narrower(a.date(), b.date()) == a.date() ? a : b;
        List<String> actor1 = union(a.actor1(), b.actor1());
        List<String> actor2 = union(a.actor2(), b.actor2());
        actor2.removeAll(actor1);
        Status status = a.status().ordinal() <= b.status().ordinal() ? a.status() : b.status();
        String evidence = a.evidence().contains(b.evidence()) ? a.evidence() : a.evidence() + " " + b.evidence();
        Place place = a.place() != null && "admin1".equals(a.place().precision()) ? b.place() : a.place();
        return new Event(a.type(), actor1, actor2, place, a.route() != null ? a.route() : b.route(), when.date(),
                when.dateText() != null ? when.dateText() : a.dateText() != null ? a.dateText() : b.dateText(),
                first(a.fatalities(), b.fatalities()), first(a.displaced(), b.displaced()),
                union(a.sources(), b.sources()), status, evidence);
    }

    private static DateRange narrower(DateRange a, DateRange b) {
        if (a.precision() != b.precision()) {
            return a.precision().ordinal() < b.precision().ordinal() ? a : b;
        }
        return a.lengthDays() <= b.lengthDays() ? a : b;
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return new ArrayList<>(s);
    }

    /** The figure of the first mention: later ones in the same story are often other counts. */
    private static Integer first(Integer a, Integer b) {
        return a != null ? a : b;
    }

}
