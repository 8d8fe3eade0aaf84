package org.frontline.serve.api;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventStore;
import org.frontline.testing.SharedCorpus;

/** The seeds ingested (clustered) into a fresh SQLite store, and a real API server over it on a free loopback port. */
final class SeedsServer implements AutoCloseable {
    final EventStore store;
    final ApiServer server;

    SeedsServer(Path db, String token) {
        Frontline frontline = Frontline.standard();
        store = EventStore.open(db.toString());
        Ingestion ingestion = new Ingestion(store, new EventClusterer());
        try (Stream<Frontline.Extracted> docs = frontline.extractWithArticles(List.of(SharedCorpus.seeds()))) {
            docs.forEach(ingestion::ingest);
        }
        server = ApiServer.start(store, frontline, ApiServer.Options.localhost(0, token));
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
