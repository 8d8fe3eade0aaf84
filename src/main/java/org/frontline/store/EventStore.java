package org.frontline.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.frontline.model.Article;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.model.EventType;

/**
 * Where extracted documents, their events and control assertions, and the merged events live.
 * SQLite (a single file any SQLite tool opens) or PostgreSQL, the same schema in both.
 * Implementations are safe for use from several threads (calls are serialised).
 */
public interface EventStore extends AutoCloseable {

    /**
     * Opens (creating and migrating as needed) the store named by {@code db}: a file path or
     * {@code jdbc:sqlite:...} for SQLite, {@code jdbc:postgresql://...} for PostgreSQL (user and
     * password from the URL, else from the environment variables PGUSER and PGPASSWORD).
     */
    static EventStore open(String db) {
        return JdbcEventStore.open(db);
    }

    /**
     * The same store for a server: writes on one connection, reads on {@code readers} others, so
     * concurrent requests and a running ingest do not wait for each other.
     */
    static EventStore openPooled(String db, int readers) {
        return new PooledEventStore(db, Math.max(1, readers));
    }

    /**
     * Stores one document in one transaction. Ingesting the same document (same id, same
     * article text, same results) again changes nothing; a changed document replaces its earlier
     * mentions and controls. {@code article} may be null for a document that could not be read.
     */
    IngestOutcome ingest(DocumentResult result, Article article);

    /**
     * Like {@link #ingest(DocumentResult, Article)}, and in the same transaction rewrites the
     * clusters the planner decides for the document's new mentions: a crash leaves either the
     * document with its clusters, or neither.
     */
    IngestOutcome ingest(DocumentResult result, Article article, ClusterPlanner planner);

    /** Merged events (and unclustered mentions as events of their own), by start date. */
    List<StoredEvent> events(EventQuery q);

    /** As {@link #events}, with the cursor of the next page (keyset paging: see {@link EventQuery#after}). */
    EventPage page(EventQuery q);

    /**
     * Every event {@link #events} would list from the query's offset on (up to its limit, which
     * may be {@link Integer#MAX_VALUE}), in the same order, handed to {@code sink} in batches as
     * they are read from a forward-only cursor: memory stays constant however much is stored.
     */
    void forEachEvent(EventQuery q, java.util.function.Consumer<EventBatch> sink);

    /** How many events {@link #events} lists for the query's filters, whatever its page. */
    long count(EventQuery q);

    /** Every stored document's outlet, URL and ingest time, by doc id: what exports cite as sources. */
    java.util.Map<String, DocumentSummary> documentSummaries();

    /** A stored document with its text, if stored. */
    java.util.Optional<StoredDocument> document(String doc);

    /** One event by its {@link StoredEvent#id}, if stored. */
    java.util.Optional<StoredEvent> event(String id);

    /** The mentions an event was merged from (one for an unclustered mention), by document. */
    List<DocEvent> mentionsOf(String eventId);

    /**
     * Ids of mentions stored after mention {@code after} (ids only grow: a replaced document's
     * mentions are stored anew), lowest first, at most {@code limit}: what is new since a reader
     * last looked. {@code "mention:" + id} finds the event each belongs to ({@link #event}).
     */
    List<Long> mentionIdsAfter(long after, int limit);

    /** The position the write log has reached ({@link #documentsTouchedAfter}); 0 before any write. */
    long touchPosition();

    /**
     * The documents stored, replaced or removed after position {@code after} of the write log, in
     * write order: what a reader that keeps results derived from them must look at again.
     */
    DocumentTouches documentsTouchedAfter(long after);

    /** The stored runs ({@code place_day}) of these kinds that cover {@code day}, with where they and the write log stand. */
    PlaceDays placeDaysOn(java.util.Set<Integer> kinds, java.time.LocalDate day);

    /** Where along the write log the stored runs stand; -1 before they were first written. */
    long placeDaysPosition();

    /** Inside a write ({@link WriteFollower}): replaces stored runs and moves their position. */
    void keepPlaceDays(PlaceDayChange change);

    /** The follower every write transaction of this store runs last; null: none. */
    void followWrites(WriteFollower follower);

    /** A write transaction that only runs the follower: for writes another process made without it. */
    void catchUpFollower();

    /** The mentions and control assertions these documents hold now (none for a document gone). */
    DocumentRecords recordsOfDocuments(Collection<String> docs);

    /** The sources {@code frontline watch} follows into this store, with their state (empty when none). */
    List<WatchLedger.SourceStatus> watchedSources();

    /** Single-document mentions, by start date. */
    List<DocEvent> mentions(EventQuery q);

    /** Every stored place by its row id (a store holds a few thousand: one per name the reports placed). */
    java.util.Map<Long, org.frontline.model.Place> places();

    /**
     * The mentions of one type whose place is one of these rows, in the order {@link #mentions}
     * gives them (start date, document, ordinal): one place's part of what a timeline reads.
     */
    List<DocEvent> mentionsAt(EventType type, Collection<Long> placeIds);

    /** Control assertions at a place (name, case-insensitive), or everywhere when null, by date. */
    List<DocControl> controls(String placeNameOrNull);

    /** Documents whose title or text contains all the words, best first. */
    List<SearchHit> search(String words, int limit);

    Stats stats();

    /** The first start and last end date over {@link #events}: one query, however much is stored. */
    DateSpan dates();

    /**
     * A number every committed write changes, whichever process wrote: equal numbers mean the same
     * stored data, so whatever is derived from it can be kept until the number moves.
     */
    long generation();

    /**
     * Stored mentions of {@code e}'s type whose dates overlap {@code e}'s widened by {@code days},
     * within {@code km} of its place (or, when it has no coordinates, at a place of the same name,
     * or both without a place).
     */
    List<DocEvent> candidatesNear(Event e, int km, int days);

    /**
     * The clusters {@link #clustersNear} (or, with empty {@code circles}, {@link #clusters}; with
     * {@code placeless}, {@link #clustersWithoutPlace}) would return, without their members: each
     * with its running votes and one member per comparable form. Its cost does not grow with the
     * clusters' sizes.
     */
    List<ClusterHead> clusterHeads(EventType type, LocalDate from, LocalDate to, List<PlaceCircle> circles,
                                   boolean roadEnds, boolean namedRoads, boolean placeless);

    /** Stored clusters with a member of this type whose date range meets [from, to]. */
    List<StoredCluster> clusters(EventType type, LocalDate from, LocalDate to);

    /**
     * As {@link #clusters}, only clusters with such a member whose place may lie in one of the
     * circles (in a circle's bounding box, with its GeoNames id, or without coordinates); with
     * {@code roadEnds} a cut road's ends count as its places, with {@code namedRoads} any named road counts.
     */
    List<StoredCluster> clustersNear(EventType type, LocalDate from, LocalDate to, List<PlaceCircle> circles,
                                     boolean roadEnds, boolean namedRoads);

    /** As {@link #clusters}, only clusters with such a member that has no place. */
    List<StoredCluster> clustersWithoutPlace(EventType type, LocalDate from, LocalDate to);

    /**
     * In one transaction: deletes the clusters {@code retired} and writes {@code clusters}
     * (a cluster whose id is already stored with the same members is left as it is). A member
     * that is not a stored mention fails the whole call and changes nothing.
     */
    void replaceClusters(Collection<String> retired, List<StoredCluster> clusters);

    @Override
    void close();
}
