package org.frontline.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.frontline.reason.ControlState;
import org.frontline.reason.ControlTimeline;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code frontline control PLACE}: who holds a place on a date, from every stored report. */
@Command(name = "control", mixinStandardHelpOptions = true, description = "Who holds PLACE on a date, by the stored reports.")
final class ControlCommand implements Callable<Integer> {
    enum Format { json, text }

    @Mixin
    DbOption db;
    @Parameters(index = "0", paramLabel = "PLACE")
    String place;
    @Option(names = "--on", description = "the day (default: today)")
    LocalDate on;
    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        LocalDate day = on != null ? on : LocalDate.now();
        try (EventStore store = EventStore.open(db.existing())) {
            ControlTimeline t = ControlTimeline.build(store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0)),
                    store.controls(null));
            Optional<ControlState> s = t.on(place, day);
            if (format == Format.json) {
                System.out.println(Json.MAPPER.writeValueAsString(s.orElse(null)));
            } else if (s.isEmpty()) {
                System.out.println("no report says who holds " + place + " on " + day);
            } else {
                ControlState c = s.get();
                System.out.printf("%s on %s: held by %s%s%s%s%n", c.place().name(), day, c.holder(),
                        c.share() == null ? "" : " (" + Math.round(c.share() * 100) + "%)",
                        c.besiegedBy().isEmpty() ? "" : ", besieged by " + String.join(", ", c.besiegedBy()),
                        c.contested() ? ", contested by " + String.join(", ", c.contestedBy()) : "");
                c.evidence().forEach(e -> System.out.println("  evidence: " + org.frontline.serve.TextTable.oneLine(e)));
            }
        }
        return 0;
    }
}
