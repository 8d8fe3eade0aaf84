package org.frontline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.dedup.NearDuplicateDetector;
import org.frontline.model.DocumentResult;
import org.frontline.model.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Properties of the benchmark corpus: deterministic, distinct, parseable, and full of events. */
class CorpusGeneratorTest {
    private static CorpusGenerator gen;

    @BeforeAll
    static void load() {
        gen = new CorpusGenerator(7);
    }

    @Test
    void sameSeedSameArticlesOtherSeedOthers() {
        CorpusGenerator again = new CorpusGenerator(7);
        CorpusGenerator other = new CorpusGenerator(8);
        for (long i = 0; i < 50; i++) {
            assertEquals(gen.article(i), again.article(i));
            assertNotEquals(gen.article(i).text(), other.article(i).text());
        }
    }

    @Test
    void articlesAreDistinctAndNoneIsANearDuplicate() {
        Set<String> texts = new HashSet<>(), ids = new HashSet<>();
        NearDuplicateDetector dedup = new NearDuplicateDetector();
        for (long i = 0; i < 3000; i++) {
            GeneratedArticle a = gen.article(i);
            assertTrue(texts.add(a.text()), "repeated text at " + i);
            assertTrue(ids.add(a.id()), "repeated id at " + i);
            assertNull(dedup.offer(a.id(), a.text()), "near-duplicate at " + i);
        }
    }

    @Test
    void writesOneParseableJsonLinePerArticle(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.jsonl");
        long bytes = gen.write(file, 120);
        assertEquals(Files.size(file), bytes);
        List<String> lines = Files.readAllLines(file);
        assertEquals(120, lines.size());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = json.readTree(lines.get(i));
            assertEquals(gen.article(i).id(), n.get("id").asText());
            assertTrue(n.get("published").asText().matches("20\\d\\d-\\d\\d-\\d\\d"));
            assertTrue(n.get("text").asText().length() > 800, "wire-report length");
            assertTrue(!n.get("title").asText().isBlank());
        }
    }

    @Test
    void frontlineReadsEventsFromMostArticles(@TempDir Path dir) {
        Path file = dir.resolve("g.jsonl");
        gen.write(file, 60);
        int withEvents = 0, docs = 0;
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        try (Stream<DocumentResult> results = Frontline.standard(2).extract(List.of(file))) {
            for (DocumentResult r : (Iterable<DocumentResult>) results::iterator) {
                docs++;
                assertNull(r.error(), r.doc());
                assertNull(r.duplicateOf(), r.doc());
                assertTrue(r.published() != null && !r.publishedInferred(), "published from the JSON: " + r.doc());
                withEvents += r.events().isEmpty() ? 0 : 1;
                r.events().forEach(e -> types.add(e.type()));
            }
        }
        assertEquals(60, docs);
        assertTrue(withEvents >= 54, "events in " + withEvents + " of 60 articles");
        assertTrue(types.size() >= 6, "event types seen: " + types);
    }
}
