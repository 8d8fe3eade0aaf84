package org.frontline.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontline.reason.Contradiction;
import org.frontline.reason.ControlTimeline;
import org.frontline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code frontline contradictions [--on DAY]}: places whose stored claims disagree, and whom the timeline follows. */
@Command(name = "contradictions", mixinStandardHelpOptions = true,
        description = "Places where a party's claim and a report (or two reports) disagree about who holds them.")
final class ContradictionsCommand implements Callable<Integer> {
    enum Format { json, text }

    @Mixin
    DbOption db;
    @Option(names = "--on", description = "only those standing on this day (default: all)")
    LocalDate on;
    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (EventStore store = EventStore.open(db.existing())) {
            ControlTimeline t = StoredTimeline.of(store);
            List<Contradiction> list = on == null ? t.contradictions() : t.contradictionsOn(on);
            if (format == Format.json) {
                System.out.println(Json.MAPPER.writeValueAsString(list));
                return 0;
            }
            if (list.isEmpty()) {
                System.out.println("no contradicting claims" + (on == null ? "" : " on " + on));
            }
            for (Contradiction c : list) {
                var f = c.followed();
                System.out.printf("%s, %s: %s (%s) says %s holds it%s%s%n", c.place().name(), c.date(), f.byWhom(),
                        f.status().label(), f.holder(), f.share() == null ? "" : " (about " + Math.round(f.share() * 100) + "%)",
                        f.contestedBy().isEmpty() ? "" : ", contested by " + String.join(", ", f.contestedBy()));
                ControlCommand.printContradictions(List.of(c));
            }
        }
        return 0;
    }
}
