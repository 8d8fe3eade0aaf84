package org.frontline.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.frontline.reason.Contradiction;
import org.frontline.reason.ControlInterval;
import org.frontline.reason.ControlState;
import org.frontline.reason.ControlTimeline;
import org.frontline.serve.TextTable;
import org.frontline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code frontline control PLACE [--on DAY]}: who holds a place on a day, with the evidence and
 * any claim that contradicts it; with no day, the place's whole timeline.
 */
@Command(name = "control", mixinStandardHelpOptions = true,
        description = "Who holds PLACE on a day (--on), or its whole timeline, by the stored reports.")
final class ControlCommand implements Callable<Integer> {
    enum Format { json, text }

    @Mixin
    DbOption db;
    @Parameters(index = "0", paramLabel = "PLACE")
    String place;
    @Option(names = "--on", description = "the day (default: the whole timeline)")
    LocalDate on;
    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (EventStore store = EventStore.open(db.existing())) {
            ControlTimeline t = StoredTimeline.of(store);
            if (on == null) {
                timeline(t);
            } else {
                day(t, on);
            }
        }
        return 0;
    }

    private void day(ControlTimeline t, LocalDate day) throws Exception {
        Optional<ControlState> s = t.on(place, day);
        List<Contradiction> against = t.contradictionsOf(place, day);
        if (format == Format.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("state", s.orElse(null));
            out.put("contradictions", against);
            System.out.println(Json.MAPPER.writeValueAsString(out));
            return;
        }
        if (s.isEmpty()) {
            System.out.println("no report says who holds " + place + " on " + day + " (unknown)");
            return;
        }
        System.out.println(s.get().place().name() + " on " + day + ": " + describe(s.get(), against));
        s.get().evidence().forEach(e -> System.out.println("  evidence: " + TextTable.oneLine(e)));
        printContradictions(against);
    }

    static String describe(ControlState c, List<Contradiction> against) {
        StringBuilder b = new StringBuilder("held by ").append(c.holder());
        if (c.share() != null) {
            b.append(" (about ").append(Math.round(c.share() * 100)).append("%)");
        }
        if (!c.besiegedBy().isEmpty()) {
            b.append(", besieged by ").append(String.join(", ", c.besiegedBy()));
        }
        if (c.contested() && !c.contestedBy().isEmpty()) {
            b.append(", contested by ").append(String.join(", ", c.contestedBy()));
            if (c.share() != null && c.share() < 0.99) {
                List<String> by = against.isEmpty() ? c.sources() : against.get(0).followed().sources();
                b.append(" (about ").append(Math.round((1 - c.share()) * 100)).append("%")
                        .append(by.isEmpty() ? "" : " by " + String.join(", ", by)).append(")");
            }
        }
        if (!against.isEmpty()) {
            b.append("; contradicted by ").append(against.stream().flatMap(x -> x.against().stream())
                    .map(x -> x.byWhom() + " (" + x.status().label() + ")").distinct()
                    .reduce((x, y) -> x + ", " + y).orElse(""));
        }
        return b.toString();
    }

    static void printContradictions(List<Contradiction> list) {
        for (Contradiction c : list) {
            for (var x : c.against()) {
                System.out.printf("  contradicting: %s (%s) says %s holds %s%s, as of %s: %s%n", x.byWhom(),
                        x.status().label(), x.holder(), x.full() ? "all of it" : "part of it", x.contestedBy().isEmpty()
                                ? "" : ", contested by " + String.join(", ", x.contestedBy()),
                        x.date(), TextTable.oneLine(String.valueOf(x.evidence())));
            }
            System.out.printf("  the timeline follows %s (%s): %s%n", c.followed().byWhom(), c.followed().status().label(),
                    c.why());
        }
    }

    private void timeline(ControlTimeline t) throws Exception {
        List<ControlInterval> list = t.of(place);
        if (format == Format.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("intervals", list.stream().map(i -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("from", i.from());
                m.put("to", i.to());
                m.put("state", state(i));
                m.put("holder", i.holder());
                m.put("share", i.share());
                m.put("contested_by", i.contestedBy());
                m.put("besieged_by", i.besiegedBy());
                m.put("disputed", i.disputed());
                m.put("sources", i.sources());
                m.put("evidence", i.evidence());
                return m;
            }).toList());
            out.put("contradictions", t.contradictionsOf(place, null));
            System.out.println(Json.MAPPER.writeValueAsString(out));
            return;
        }
        if (list.isEmpty()) {
            System.out.println("no report says who holds " + place + " (unknown)");
            return;
        }
        System.out.println(list.get(0).place().name() + ":");
        System.out.println("  until " + list.get(0).from().minusDays(1) + ": unknown");
        for (ControlInterval i : list) {
            System.out.printf("  %s to %s: %s: held by %s%s%s%s%n", i.from(), i.to() == null ? "now" : i.to(), state(i),
                    i.holder(), i.share() == null ? "" : " (about " + Math.round(i.share() * 100) + "%)",
                    i.contestedBy().isEmpty() ? "" : ", contested by " + String.join(", ", i.contestedBy()),
                    i.besiegedBy().isEmpty() ? "" : ", besieged by " + String.join(", ", i.besiegedBy()));
            i.evidence().stream().limit(2).forEach(e -> System.out.println("      evidence: " + TextTable.oneLine(e)));
        }
        printContradictions(t.contradictionsOf(place, null));
    }

    /** besieged, contested or held: what the interval is, for the shading of a map. */
    static String state(ControlInterval i) {
        return !i.besiegedBy().isEmpty() ? "besieged" : i.contested() ? "contested" : "held";
    }
}
