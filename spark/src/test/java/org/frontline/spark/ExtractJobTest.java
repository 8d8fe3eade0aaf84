package org.frontline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontline.Frontline;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.serve.ResultJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode gives the core's results, duplicates included. */
class ExtractJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    static Path shared() {
        return Path.of(System.getProperty("frontline.shared", "../../shared"));
    }

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("frontline-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                // small splits, so one JSON Lines file is read by several tasks
                .config("spark.sql.files.maxPartitionBytes", "8192")
                .config("spark.sql.files.openCostInBytes", "0")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void seedsGiveTheCoresEventsAndTheTwin(@TempDir Path out) throws IOException {
        Path seeds = shared().resolve("corpus/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no reference corpus at " + seeds);
        List<DocumentResult> expected;
        try (Stream<DocumentResult> s = Frontline.standard().extract(List.of(seeds))) {
            expected = s.toList();
        }
        long t = System.nanoTime();
        ExtractJob.Summary summary = ExtractJob.run(spark,
                new ExtractJob.Options(List.of(seeds.toString()), out.toString(), 2, true));
        System.out.printf("seeds: %d documents, %d events in %d ms; stages %s%n", summary.documents(),
                summary.events(), (System.nanoTime() - t) / 1_000_000, summary.millis());

        List<JsonNode> lines = readLines(out.resolve("documents"));
        assertEquals(expected.size(), lines.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).doc(), lines.get(i).get("doc").asText(), "input order");
        }
        assertEquals(keys(expected), keysOf(lines));
        // the whole line, not just the compared slots, is the core's
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(JSON.readTree(ResultJson.line(expected.get(i))), lines.get(i), expected.get(i).doc());
        }
        assertEquals("000_b385c73c2cefacc7.txt", lines.get(1).get("duplicate_of").asText());
        assertTrue(lines.get(0).get("duplicate_of").isNull());

        List<Row> rows = spark.read().parquet(out.resolve("events").toString()).collectAsList();
        assertEquals(summary.events(), rows.size());
        assertEquals(expected.stream().mapToInt(r -> r.events().size()).sum(), rows.size());
        Map<String, List<String>> fromParquet = new LinkedHashMap<>();
        for (Row r : rows) {
            fromParquet.computeIfAbsent(r.getAs("doc"), k -> new ArrayList<>()).add(r.getAs("type") + "|"
                    + r.getAs("place_name") + "|" + r.getAs("date_start") + "|" + r.getAs("date_end"));
        }
        Map<String, List<String>> want = keys(expected);
        want.values().forEach(l -> l.removeIf(k -> k.startsWith("duplicate_of=")));
        want.values().removeIf(List::isEmpty);
        fromParquet.values().forEach(l -> l.sort(null));
        want.values().forEach(l -> l.sort(null));
        assertEquals(want, fromParquet);

        // the corpus output is Frontline input: extracting it gives the same lines again
        List<DocumentResult> again;
        try (Stream<DocumentResult> s = Frontline.standard().extract(List.of(out.resolve("corpus")))) {
            again = s.toList();
        }
        assertEquals(keys(expected), keys(again));
    }

    @Test
    void jsonLinesSplitAcrossTasksKeepOrderLinesAndDuplicates(@TempDir Path tmp) throws IOException {
        Path seeds = shared().resolve("corpus/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no reference corpus at " + seeds);
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.sorted().toList();
        }
        // a.jsonl: every seed, a near copy of the last one, a broken line, an id-less line, a blank line
        StringBuilder a = new StringBuilder();
        for (Path f : files) {
            a.append(Work.inputLine(f.getFileName().toString(), null, null, null, false, Files.readString(f))).append('\n');
        }
        String last = Files.readString(files.get(files.size() - 1));
        a.append(Work.inputLine("copy-of-last", null, null, null, false, last.replaceFirst("\\.", "!"))).append('\n');
        a.append("{broken\n\n"); // lines 7 and 8; the id-less line is line 9
        a.append("{\"text\": \"").append(last.substring(0, 400).replaceAll("[\"\\\\\\n\\r\\t]", " ")).append("\"}\n");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), a.toString(), StandardCharsets.UTF_8);
        // b.jsonl, later in input order: a copy of the first seed, whose original is in another file
        Files.writeString(in.resolve("b.jsonl"), Work.inputLine("copy-of-first", null, null, null, false,
                Files.readString(files.get(0))) + "\n", StandardCharsets.UTF_8);

        List<DocumentResult> expected;
        try (Stream<DocumentResult> s = Frontline.standard().extract(List.of(in))) {
            expected = s.toList();
        }
        ExtractJob.Summary summary = ExtractJob.run(spark,
                new ExtractJob.Options(List.of(in.toString()), tmp.resolve("out").toString(), 3, false));
        System.out.printf("jsonl: %d documents, %d events; stages %s%n", summary.documents(), summary.events(),
                summary.millis());
        List<JsonNode> lines = readLines(tmp.resolve("out/documents"));
        List<String> docs = lines.stream().map(l -> l.get("doc").asText()).toList();
        assertEquals(expected.stream().map(DocumentResult::doc).toList(), docs);
        assertTrue(docs.contains("a.jsonl:9"), "an id-less line is named by its line number: " + docs);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(JSON.readTree(ResultJson.line(expected.get(i))), lines.get(i), expected.get(i).doc());
        }
        assertFalse(lines.get(lines.size() - 1).get("duplicate_of").isNull());
    }

    private static List<JsonNode> readLines(Path dir) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    out.add(JSON.readTree(l));
                }
            }
        }
        return out;
    }

    /** Per document: type | place | date of each event, and its duplicate_of. */
    static Map<String, List<String>> keys(List<DocumentResult> results) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (DocumentResult r : results) {
            List<String> l = new ArrayList<>();
            for (Event e : r.events()) {
                l.add(e.type().label() + "|" + (e.place() == null ? null : e.place().name()) + "|" + e.date().start()
                        + "|" + e.date().end());
            }
            l.add("duplicate_of=" + r.duplicateOf());
            m.put(r.doc(), l);
        }
        return m;
    }

    static Map<String, List<String>> keysOf(List<JsonNode> lines) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (JsonNode n : lines) {
            List<String> l = new ArrayList<>();
            for (JsonNode e : n.get("events")) {
                l.add(e.get("type").asText() + "|" + (e.get("place").isNull() ? null : e.get("place").get("name").asText())
                        + "|" + e.get("date").get("start").asText() + "|" + e.get("date").get("end").asText());
            }
            l.add("duplicate_of=" + (n.get("duplicate_of").isNull() ? null : n.get("duplicate_of").asText()));
            m.put(n.get("doc").asText(), l);
        }
        return m;
    }
}
