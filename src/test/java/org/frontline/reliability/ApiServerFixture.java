package org.frontline.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventStore;

/** A SQLite store filled with generated reports and a real API server over it, on a free loopback port. */
final class ApiServerFixture implements AutoCloseable {
    static final String TOKEN = "reliability-token-5c1e";
    final Frontline frontline;
    final EventStore store;
    final ApiServer server;
    final Http http;

    /** {@code documents} generated reports, ingested before the server starts; {@code threads} server threads. */
    ApiServerFixture(Path dir, int documents, int threads) throws Exception {
        frontline = Frontline.standard(2);
        store = EventStore.open(dir.resolve("api.db").toString());
        if (documents > 0) {
            Path corpus = SyntheticNews.writeJsonLines(dir.resolve("corpus.jsonl"), 5, 0, documents, "api");
            ingest(frontline, store, corpus);
        }
        server = ApiServer.start(store, frontline, new ApiServer.Options("127.0.0.1", 0, TOKEN, threads));
        http = new Http(server.port());
    }

    static void ingest(Frontline frontline, EventStore store, Path corpus) {
        Ingestion ingestion = new Ingestion(store, new EventClusterer());
        try (Stream<Frontline.Extracted> docs = frontline.extractWithArticles(List.of(corpus))) {
            docs.forEach(ingestion::ingest);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
