package org.frontline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.bench.CorpusGenerator;
import org.frontline.model.Article;
import org.frontline.model.DocEvent;
import org.frontline.model.DocumentResult;
import org.frontline.reason.EventClusterer;
import org.frontline.reason.MergedEvent;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingesting one document at a time reads only the stored clusters near each new mention; the
 * clusters it stores must be the ones clustering every mention at once gives.
 */
class IncrementalClusteringTest {

    @Test
    void storedClustersEqualClusteringEverythingAtOnce(@TempDir Path tmp) throws Exception {
        List<Frontline.Extracted> docs = generated(tmp, 7, 400);
        // a second outlet's copy of every third report: each of its events must join the original's
        addCopies(docs, docs.size() / 3);
        EventClusterer clusterer = new EventClusterer();
        List<DocEvent> all = new ArrayList<>();
        for (Frontline.Extracted x : docs) {
            DocumentResult r = x.result();
            r.events().forEach(e -> all.add(new DocEvent(r.doc(), r.published(), e)));
        }
        List<String> batch = clusterer.cluster(all).stream().map(IncrementalClusteringTest::key).sorted().toList();
        try (EventStore store = EventStore.open(tmp.resolve("i.db").toString())) {
            Ingestion ingestion = new Ingestion(store, clusterer);
            docs.forEach(ingestion::ingest);
            List<String> stored = store.events(EventQuery.all().page(Integer.MAX_VALUE, 0)).stream()
                    .map(e -> e.event().type().label() + " " + e.documents()).sorted().toList();
            assertEquals(batch, stored);
            // and every field, as the rebuild from all members gives it (issue 16: votes kept incrementally)
            List<String> batchFields = clusterer.cluster(all).stream().map(IncrementalClusteringTest::fields).sorted().toList();
            List<String> storedFields = store.events(EventQuery.all().page(Integer.MAX_VALUE, 0)).stream()
                    .map(e -> fields(e.event(), e.documents(), e.evidence())).sorted().toList();
            assertEquals(batchFields, storedFields);
            long merged = stored.stream().filter(k -> k.contains(",")).count();
            assertTrue(merged > 100, "the generated corpus repeats places and days, so reports merge: " + merged);
        }
    }

    /**
     * A store written before votes were kept (V5) has clusters without tally or representatives:
     * opening it gives them representatives, the next report that reaches one rebuilds it, and the
     * result is still what clustering everything at once gives.
     */
    @Test
    void clustersStoredBeforeVotesWereKeptAreRebuiltOnce(@TempDir Path tmp) throws Exception {
        List<Frontline.Extracted> docs = generated(tmp, 9, 60);
        addCopies(docs, docs.size());
        EventClusterer clusterer = new EventClusterer();
        String db = tmp.resolve("old.db").toString();
        try (EventStore store = EventStore.open(db)) {
            Ingestion ingestion = new Ingestion(store, clusterer);
            docs.subList(0, 60).forEach(ingestion::ingest);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM event_profile");
            st.executeUpdate("UPDATE event SET tally = NULL");
        }
        List<DocEvent> all = new ArrayList<>();
        for (Frontline.Extracted x : docs) {
            DocumentResult r = x.result();
            r.events().forEach(e -> all.add(new DocEvent(r.doc(), r.published(), e)));
        }
        try (EventStore store = EventStore.open(db)) {
            Ingestion ingestion = new Ingestion(store, clusterer);
            docs.subList(60, docs.size()).forEach(ingestion::ingest);
            List<String> batch = clusterer.cluster(all).stream().map(IncrementalClusteringTest::fields).sorted().toList();
            List<String> stored = store.events(EventQuery.all().page(Integer.MAX_VALUE, 0)).stream()
                    .map(e -> fields(e.event(), e.documents(), e.evidence())).sorted().toList();
            assertEquals(batch, stored);
        }
    }

    private static List<Frontline.Extracted> generated(Path tmp, long seed, int n) throws Exception {
        Path corpus = tmp.resolve("generated.jsonl");
        new CorpusGenerator(seed).write(corpus, n);
        try (Stream<Frontline.Extracted> s = Frontline.standard(2).extractWithArticles(List.of(corpus))) {
            return new ArrayList<>(s.toList());
        } finally {
            Files.deleteIfExists(corpus);
        }
    }

    /** Another outlet's copy of each of the first {@code n} reports, appended. */
    private static void addCopies(List<Frontline.Extracted> docs, int n) {
        for (Frontline.Extracted x : List.copyOf(docs).subList(0, n)) {
            DocumentResult r = x.result();
            String id = r.doc() + "-copy";
            docs.add(new Frontline.Extracted(new DocumentResult(id, r.title(), r.outlet(), r.byline(), r.published(),
                    r.publishedInferred(), null, r.error(), r.events(), r.control()), renamed(x.article(), id)));
        }
    }

    private static Article renamed(Article a, String id) {
        return new Article(id, a.origin(), a.title(), a.outlet(), a.byline(), a.url() + "?copy", a.published(),
                a.publishedInferred(), a.text());
    }

    private static String fields(MergedEvent e) {
        return fields(e.asEvent(), e.documents(), e.evidence());
    }

    private static String fields(org.frontline.model.Event e, List<String> docs, List<String> evidence) {
        return String.join(" / ", e.type().label(), e.actor1().toString(), e.actor2().toString(), String.valueOf(e.place()),
                String.valueOf(e.route()), String.valueOf(e.date()), String.valueOf(e.fatalities()),
                String.valueOf(e.displaced()), e.status().toString(), e.sources().toString(), docs.toString(),
                evidence.toString(), e.evidence());
    }

    private static String key(MergedEvent e) {
        return e.type().label() + " " + e.mentions().stream().map(DocEvent::doc).distinct().sorted().toList();
    }
}
