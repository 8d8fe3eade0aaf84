package org.frontline.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.reason.ControlState;
import org.frontline.reason.ControlTimeline;
import org.frontline.reason.EventClusterer;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.frontline.testing.SharedCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After ingesting a corpus, how many of the gold's control assertions does the stored timeline
 * give (right holder of the right place on the asserted day)? Prints the share; holds a floor.
 */
@Tag("evaluation")
class ControlCoverageTest {

    static double coverage(String set, Path db) throws Exception {
        Path corpus = SharedCorpus.root().resolve("corpus/" + set);
        try (EventStore store = EventStore.open(db.toString());
             Stream<Frontline.Extracted> docs = Frontline.standard().extractWithArticles(List.of(corpus))) {
            Ingestion ingestion = new Ingestion(store, new EventClusterer());
            docs.forEach(ingestion::ingest);
            ControlTimeline t = ControlTimeline.build(store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0)),
                    store.controls(null));
            int asserted = 0, given = 0;
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(SharedCorpus.gold(set))) {
                if (line.isBlank()) {
                    continue;
                }
                for (JsonNode c : json.readTree(line).path("control")) {
                    asserted++;
                    LocalDate day = LocalDate.parse(c.get("as_of").asText());
                    for (JsonNode name : c.path("place").path("names")) {
                        Optional<ControlState> s = t.on(name.asText(), day);
                        if (s.isPresent() && s.get().holder().equals(c.get("controller").asText())) {
                            given++;
                            break;
                        }
                    }
                }
            }
            double share = (double) given / Math.max(1, asserted);
            System.out.printf("[control] %s: %d of %d gold control assertions given by the stored timeline (%.0f%%)%n",
                    set, given, asserted, 100 * share);
            return share;
        }
    }

    @Test
    void devControlAssertions(@TempDir Path tmp) throws Exception {
        assertTrue(coverage("dev", tmp.resolve("dev.db")) >= 0.33);
    }

    @Test
    void seedControlAssertions(@TempDir Path tmp) throws Exception {
        assertTrue(coverage("seeds", tmp.resolve("seeds.db")) >= 0.25);
    }
}
