package org.frontline.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontline.reason.SiegeReasoner;
import org.frontline.reason.SiegeState;
import org.frontline.serve.TextTable;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code frontline sieges --on D}: which places were besieged that day, by whom, since when, and why. */
@Command(name = "sieges", mixinStandardHelpOptions = true,
        description = "Places besieged on a day: reported sieges, and rings closed by cut roads.")
final class SiegesCommand implements Callable<Integer> {
    enum Format { json, text }

    @Mixin
    DbOption db;
    @Option(names = "--on", required = true, description = "the day (YYYY-MM-DD)")
    LocalDate on;
    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (EventStore store = EventStore.open(db.existing())) {
            List<SiegeState> sieges = SiegeReasoner.of(store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0)),
                    store.controls(null)).besiegedOn(on);
            if (format == Format.json) {
                System.out.println(Json.MAPPER.writeValueAsString(sieges));
                return 0;
            }
            if (sieges.isEmpty()) {
                System.out.println("no place is known to be besieged on " + on);
            }
            for (SiegeState s : sieges) {
                System.out.printf("%s: held by %s, besieged by %s since %s (%s)%n", s.place().name(), s.holder(),
                        String.join(", ", s.besiegedBy()), s.since(), s.reasons());
                if (s.closingCut() != null) {
                    System.out.println("  ring closed by: " + TextTable.oneLine(s.closingCut().event().evidence()));
                }
            }
        }
        return 0;
    }
}
