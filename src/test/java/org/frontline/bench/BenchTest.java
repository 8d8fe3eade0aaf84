package org.frontline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench runs end to end on a tiny corpus and reports every figure; no timing is asserted. */
class BenchTest {
    @Test
    void runsEndToEndOnATinyCorpus(@TempDir Path dir) throws Exception {
        Path given = dir.resolve("given.jsonl");
        new CorpusGenerator(3).write(given, 8);
        Bench.Options o = new Bench.Options(List.of(given), 20, 2, "none", List.of(100L, 400L), 10, 5, 3, 0, 30);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Bench.Results r = Bench.run(o, new PrintStream(log, true, StandardCharsets.UTF_8));

        assertEquals(2, r.corpora().size());
        for (Bench.CorpusResult c : r.corpora()) {
            assertEquals(2, c.runs().size(), "1 thread and all threads");
            assertTrue(c.cost().sentences() > c.cost().documents());
            assertTrue(c.runs().get(0).stagesMs().containsKey("events"), c.runs().get(0).stagesMs().toString());
            assertTrue(c.baseline().absent().contains("--baseline none"));
        }
        assertEquals(20, r.corpora().get(1).runs().get(0).articles());
        assertEquals(List.of(100L, 400L), r.dedup().stream().map(DedupBench.Point::documents).toList());
        assertEquals(0, r.dedup().get(1).duplicates());
        assertEquals(10, r.ingest().documents());
        assertTrue(r.ingest().events() > 0);
        // issue 16's row: thirty retellings of one capture make one large event, thirty captures apart many
        assertEquals(30, r.oneEvent().documents());
        assertTrue(r.oneEvent().largest() >= 20, "one event told by most reports: " + r.oneEvent());
        assertTrue(r.oneEvent().apartEvents() >= 25, "different events stay apart: " + r.oneEvent());

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        Report.table(r, new PrintStream(table, true, StandardCharsets.UTF_8));
        assertTrue(table.toString(StandardCharsets.UTF_8).contains("Targets:"));
        JsonNode json = new ObjectMapper().readTree(Report.json(r));
        assertNotNull(json.at("/corpora/1/runs/1/articles_per_s"));
        assertEquals(2, json.at("/corpora/0/runs").size());
        assertTrue(json.at("/corpora/0/corenlp/absent").isTextual());
        assertTrue(json.at("/ingest/events_per_s").asDouble() > 0);
        assertTrue(json.at("/one_event_ingest/ratio").asDouble() > 0);
        assertTrue(json.at("/targets/articles_per_s").asText().matches("(MET|MISSED): .*"));
    }

    @Test
    void missingBaselineSaysHowToBuildIt() {
        Baseline b = Baseline.locate("/nonexistent/corenlp-bench");
        assertTrue(!b.available() && b.absentReason().contains("not executable"));
        assertTrue(Baseline.BUILD.contains("bench-corenlp/pom.xml"));
    }
}
