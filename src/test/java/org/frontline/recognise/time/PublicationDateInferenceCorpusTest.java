package org.frontline.recognise.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Publication-date inference against the gold annotation of the shared corpus (read in place,
 * never copied). Documents whose gold date is inferred are the real test; documents with a
 * dateline are a sanity figure, since their text carries the date.
 */
@Tag("evaluation")
class PublicationDateInferenceCorpusTest {

    private static final Pattern GOLD = Pattern.compile(
            "\"doc\": \"([^\"]+)\", \"published\": \"([^\"]+)\", \"published_inferred\": (true|false)");

    private record Doc(String name, String text, LocalDate published, boolean inferred) { }

    @Test
    void inferenceMatchesTheGold() throws IOException {
        List<Doc> docs = goldDocs();
        PublicationDateInference inference = new PublicationDateInference();
        int inferred = 0;
        int inferredExact = 0;
        int inferredAnswered = 0;
        int dated = 0;
        int datedExact = 0;
        int datedNear = 0;
        for (Doc d : docs) {
            Optional<LocalDate> got = inference.infer(d.text());
            long off = got.map(g -> ChronoUnit.DAYS.between(d.published(), g)).orElse(Long.MAX_VALUE);
            System.out.printf("  %-34s gold %s %-9s got %s%n", d.name(), d.published(),
                    d.inferred() ? "inferred" : "dateline", got.map(LocalDate::toString).orElse("-"));
            if (d.inferred()) {
                inferred++;
                inferredAnswered += got.isPresent() ? 1 : 0;
                inferredExact += off == 0 ? 1 : 0;
            } else {
                dated++;
                datedExact += off == 0 ? 1 : 0;
                datedNear += Math.abs(off) <= 3 ? 1 : 0;
            }
        }
        System.out.printf("publication date inference: no-dateline docs %d/%d exact (%d answered); "
                + "dateline docs %d/%d exact, %d/%d within 3 days%n",
                inferredExact, inferred, inferredAnswered, datedExact, dated, datedNear, dated);
        assertTrue(inferred > 0 && dated > 0, "the gold files name both kinds of document");
        assertTrue(inferredExact * 3 >= inferred, "at least a third of the no-dateline docs exact");
        assertTrue(datedNear * 10 >= dated * 7, "at least 70% of the dateline docs within 3 days");
    }

    private static List<Doc> goldDocs() throws IOException {
        String shared = System.getProperty("frontline.shared");
        Path root = shared == null ? null : Path.of(shared);
        if (root == null || !Files.isDirectory(root.resolve("spec/gold"))) {
            Assumptions.assumeTrue(false, "no shared corpus: set -Dfrontline.shared to the folder holding spec/ and corpus/");
        }
        List<Doc> docs = new ArrayList<>();
        for (String set : List.of("seeds", "dev")) {
            Path gold = root.resolve("spec/gold/" + set + ".jsonl");
            if (!Files.exists(gold)) {
                continue;
            }
            for (String line : Files.readAllLines(gold)) {
                Matcher m = GOLD.matcher(line);
                Path text = m.find() ? root.resolve("corpus/" + set + "/" + m.group(1)) : null;
                if (text != null && Files.exists(text)) {
                    docs.add(new Doc(m.group(1), Files.readString(text), LocalDate.parse(m.group(2)),
                            Boolean.parseBoolean(m.group(3))));
                }
            }
        }
        Assumptions.assumeTrue(!docs.isEmpty(), "the gold files name no readable document");
        return docs;
    }
}
