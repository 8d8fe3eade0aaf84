package org.frontline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.frontline.model.Article;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.model.EventType;

/**
 * A store for a server: writes go through one connection, reads through a pool of others, so
 * readers do not queue behind each other or behind an ingest (SQLite in WAL mode and PostgreSQL
 * both let readers see the last commit while a writer works).
 */
final class PooledEventStore implements EventStore {
    private final EventStore writer;
    private final BlockingQueue<EventStore> readers;
    private final List<EventStore> all = new ArrayList<>();

    PooledEventStore(String db, int readerCount) {
        this.writer = JdbcEventStore.open(db);
        all.add(writer);
        this.readers = new ArrayBlockingQueue<>(readerCount);
        try {
            for (int i = 0; i < readerCount; i++) {
                EventStore r = JdbcEventStore.open(db);
                all.add(r);
                readers.add(r);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private <T> T read(Function<EventStore, T> work) {
        EventStore r;
        try {
            r = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a read connection", e);
        }
        try {
            return work.apply(r);
        } finally {
            readers.add(r);
        }
    }

    @Override
    public IngestOutcome ingest(DocumentResult result, Article article) {
        return writer.ingest(result, article);
    }

    @Override
    public IngestOutcome ingest(DocumentResult result, Article article, ClusterPlanner planner) {
        return writer.ingest(result, article, planner);
    }

    @Override
    public List<StoredEvent> events(EventQuery q) {
        return read(s -> s.events(q));
    }

    @Override
    public EventPage page(EventQuery q) {
        return read(s -> s.page(q));
    }

    /** Holds one read connection for the whole stream; the others go on serving. */
    @Override
    public void forEachEvent(EventQuery q, java.util.function.Consumer<EventBatch> sink) {
        read(s -> {
            s.forEachEvent(q, sink);
            return null;
        });
    }

    @Override
    public long count(EventQuery q) {
        return read(s -> s.count(q));
    }

    @Override
    public java.util.Map<String, DocumentSummary> documentSummaries() {
        return read(EventStore::documentSummaries);
    }

    @Override
    public List<WatchLedger.SourceStatus> watchedSources() {
        return read(EventStore::watchedSources);
    }

    @Override
    public List<Long> mentionIdsAfter(long after, int limit) {
        return read(s -> s.mentionIdsAfter(after, limit));
    }

    @Override
    public Optional<StoredDocument> document(String doc) {
        return read(s -> s.document(doc));
    }

    @Override
    public Optional<StoredEvent> event(String id) {
        return read(s -> s.event(id));
    }

    @Override
    public List<DocEvent> mentionsOf(String eventId) {
        return read(s -> s.mentionsOf(eventId));
    }

    @Override
    public List<DocEvent> mentions(EventQuery q) {
        return read(s -> s.mentions(q));
    }

    @Override
    public java.util.Map<Long, org.frontline.model.Place> places() {
        return read(EventStore::places);
    }

    @Override
    public List<DocEvent> mentionsAt(EventType type, Collection<Long> placeIds) {
        return read(s -> s.mentionsAt(type, placeIds));
    }

    @Override
    public long touchPosition() {
        return read(EventStore::touchPosition);
    }

    @Override
    public DocumentTouches documentsTouchedAfter(long after) {
        return read(s -> s.documentsTouchedAfter(after));
    }

    @Override
    public PlaceDays placeDaysOn(java.util.Set<Integer> kinds, LocalDate day) {
        return read(s -> s.placeDaysOn(kinds, day));
    }

    /** On the writer: inside a write, what the write itself has stored so far. */
    @Override
    public long placeDaysPosition() {
        return writer.placeDaysPosition();
    }

    /** Only inside a write, so on the writer's connection. */
    @Override
    public void keepPlaceDays(PlaceDayChange change) {
        writer.keepPlaceDays(change);
    }

    @Override
    public void followWrites(WriteFollower follower) {
        writer.followWrites(follower);
    }

    @Override
    public void catchUpFollower() {
        writer.catchUpFollower();
    }

    @Override
    public DocumentRecords recordsOfDocuments(Collection<String> docs) {
        return read(s -> s.recordsOfDocuments(docs));
    }

    @Override
    public List<DocControl> controls(String placeNameOrNull) {
        return read(s -> s.controls(placeNameOrNull));
    }

    @Override
    public List<SearchHit> search(String words, int limit) {
        return read(s -> s.search(words, limit));
    }

    @Override
    public Stats stats() {
        return read(EventStore::stats);
    }

    @Override
    public DateSpan dates() {
        return read(EventStore::dates);
    }

    @Override
    public long generation() {
        return read(EventStore::generation);
    }

    /** Cluster planning reads the writer's own view: it runs inside the writer's transaction. */
    @Override
    public List<DocEvent> candidatesNear(Event e, int km, int days) {
        return writer.candidatesNear(e, km, days);
    }

    @Override
    public List<StoredCluster> clusters(EventType type, LocalDate from, LocalDate to) {
        return writer.clusters(type, from, to);
    }

    @Override
    public List<StoredCluster> clustersNear(EventType type, LocalDate from, LocalDate to,
                                                         List<PlaceCircle> circles, boolean roadEnds, boolean namedRoads) {
        return writer.clustersNear(type, from, to, circles, roadEnds, namedRoads);
    }

    @Override
    public List<ClusterHead> clusterHeads(EventType type, LocalDate from, LocalDate to, List<PlaceCircle> circles,
                                          boolean roadEnds, boolean namedRoads, boolean placeless) {
        return writer.clusterHeads(type, from, to, circles, roadEnds, namedRoads, placeless);
    }

    @Override
    public List<StoredCluster> clustersWithoutPlace(EventType type, LocalDate from, LocalDate to) {
        return writer.clustersWithoutPlace(type, from, to);
    }

    @Override
    public void replaceClusters(Collection<String> retired, List<StoredCluster> clusters) {
        writer.replaceClusters(retired, clusters);
    }

    @Override
    public void close() {
        // readers first, the writer last: the last connection to close checkpoints SQLite's -wal
        List<EventStore> order = new ArrayList<>(all.subList(1, all.size()));
        order.add(writer);
        for (EventStore s : order) {
            try {
                s.close();
            } catch (RuntimeException ignored) {
                // closing the rest matters more than one failure to close
            }
        }
    }
}
