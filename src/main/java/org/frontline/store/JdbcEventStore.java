package org.frontline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.frontline.model.Article;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.model.EventType;

/**
 * The store over one JDBC connection, for either dialect. Calls are serialised on the
 * connection: SQLite has one writer anyway, and a CLI run is one stream of documents.
 */
final class JdbcEventStore implements EventStore {
    private final Jdbc jdbc;
    private final DocumentWriter documents;
    private final ClusterWriter clusterWriter;
    private final EventReader events;
    private final MentionReader mentions;
    private final ControlRows controls;
    private final DocumentRows documentRows;
    private final PlaceDayRows placeDays;
    private volatile WriteFollower follower;

    private JdbcEventStore(Jdbc jdbc) {
        this.jdbc = jdbc;
        PlaceRows places = new PlaceRows(jdbc);
        EventRows rows = new EventRows(jdbc, places);
        this.controls = new ControlRows(jdbc, places);
        this.documents = new DocumentWriter(jdbc, rows, controls);
        this.mentions = new MentionReader(jdbc, rows);
        this.events = new EventReader(jdbc, rows, mentions);
        this.clusterWriter = new ClusterWriter(jdbc, rows, mentions);
        this.documentRows = new DocumentRows(jdbc);
        this.placeDays = new PlaceDayRows(jdbc);
    }

    static EventStore open(String db) {
        Jdbc jdbc = connect(db);
        JdbcEventStore store = new JdbcEventStore(jdbc);
        try {
            store.backfillProfiles(); // events stored before V6 get their representatives once
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw new StoreException("cannot open the event store " + redact(db) + ": " + e.getMessage(), e);
        }
        return store;
    }

    /** A migrated connection to the store named by {@code db} (see {@link EventStore#open}). */
    static Jdbc connect(String db) {
        Dialect dialect;
        String url;
        Properties props = new Properties();
        if (db.startsWith("jdbc:postgresql:")) {
            dialect = new PostgresDialect();
            url = db;
            if (!db.contains("user=") && System.getenv("PGUSER") != null) {
                props.setProperty("user", System.getenv("PGUSER"));
            }
            if (!db.contains("password=") && System.getenv("PGPASSWORD") != null) {
                props.setProperty("password", System.getenv("PGPASSWORD"));
            }
        } else if (db.startsWith("jdbc:sqlite:")) {
            dialect = new SqliteDialect();
            url = db;
            props.setProperty("transaction_mode", "IMMEDIATE");
        } else if (db.startsWith("jdbc:")) {
            throw new IllegalArgumentException("unsupported database URL (use a file path, jdbc:sqlite: or jdbc:postgresql:): " + db);
        } else {
            dialect = new SqliteDialect();
            Path file = Path.of(db).toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
            } catch (java.io.IOException e) {
                throw new StoreException("cannot create the folder for " + file, e);
            }
            url = "jdbc:sqlite:" + file;
            // a write transaction takes the lock when it begins, so it waits for another writer
            // instead of failing at its first write (a deferred read upgraded in WAL mode cannot wait)
            props.setProperty("transaction_mode", "IMMEDIATE");
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection(url, props);
            dialect.configure(c);
            new Migrations(dialect).migrate(c);
            return new Jdbc(c, dialect);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw new StoreException("cannot open the event store " + redact(db) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized IngestOutcome ingest(DocumentResult result, Article article) {
        return ingest(result, article, null);
    }

    @Override
    public synchronized IngestOutcome ingest(DocumentResult result, Article article, ClusterPlanner planner) {
        try {
            return writing(() -> {
                IngestOutcome o = documents.ingest(result, article);
                boolean changed = o.kind() == IngestOutcome.Kind.NEW || o.kind() == IngestOutcome.Kind.REPLACED;
                if (planner != null && changed) {
                    // the planner reads through this store on this thread: same connection, same transaction
                    boolean replaced = o.kind() == IngestOutcome.Kind.REPLACED;
                    if (replaced) {
                        // clusters that held the old version lost members and perhaps their representatives
                        clusterWriter.reprofileOrphans();
                    }
                    ClusterPlanner.Plan plan = planner.plan(o.doc(), o.mentions(), replaced);
                    clusterWriter.replace(plan.retired(), plan.clusters());
                    clusterWriter.grow(plan.grown());
                }
                return o;
            });
        } catch (SQLException | RuntimeException e) {
            // the transaction rolled back: what was stored before is intact, the batch goes on
            return new IngestOutcome(result.doc(), IngestOutcome.Kind.FAILED, List.of(), IngestOutcome.NOT_STORED + e.getMessage());
        }
    }

    @Override
    public synchronized List<StoredEvent> events(EventQuery q) {
        return read("events", () -> events.events(q));
    }

    @Override
    public synchronized EventPage page(EventQuery q) {
        return read("events", () -> events.page(q));
    }

    @Override
    public synchronized void forEachEvent(EventQuery q, java.util.function.Consumer<EventBatch> sink) {
        read("events", () -> {
            events.stream(q, documentRows, sink);
            return null;
        });
    }

    @Override
    public synchronized long count(EventQuery q) {
        return read("event count", () -> events.count(q));
    }

    @Override
    public synchronized java.util.Map<String, DocumentSummary> documentSummaries() {
        return read("document summaries", documentRows::summaries);
    }

    @Override
    public synchronized java.util.Optional<StoredDocument> document(String doc) {
        return read("document " + doc, () -> documentRows.find(doc));
    }

    @Override
    public synchronized java.util.Optional<StoredEvent> event(String id) {
        return read("event " + id, () -> events.byId(id));
    }

    @Override
    public synchronized List<DocEvent> mentionsOf(String eventId) {
        return read("mentions of " + eventId, () -> events.members(eventId));
    }

    @Override
    public synchronized List<Long> mentionIdsAfter(long after, int limit) {
        return read("new mentions", () -> jdbc.query("SELECT id FROM mention WHERE id > ? ORDER BY id LIMIT ?",
                List.of(after, limit), rs -> rs.getLong(1)));
    }

    @Override
    public synchronized long touchPosition() {
        return read("write log", () -> jdbc.count("SELECT COALESCE(MAX(id), 0) FROM document_touch", List.of()));
    }

    @Override
    public synchronized DocumentTouches documentsTouchedAfter(long after) {
        return read("write log", () -> {
            long[] upTo = {after};
            java.util.Set<String> docs = new java.util.LinkedHashSet<>();
            jdbc.query("SELECT id, doc_id FROM document_touch WHERE id > ? ORDER BY id", List.of(after), rs -> {
                upTo[0] = Math.max(upTo[0], rs.getLong(1));
                return docs.add(rs.getString(2));
            });
            return new DocumentTouches(upTo[0], List.copyOf(docs));
        });
    }

    @Override
    public synchronized PlaceDays placeDaysOn(java.util.Set<Integer> kinds, LocalDate day) {
        return read("stored answers on " + day, () -> new PlaceDays(placeDays.position(),
                jdbc.count("SELECT COALESCE(MAX(id), 0) FROM document_touch", List.of()), placeDays.on(kinds, day)));
    }

    @Override
    public synchronized long placeDaysPosition() {
        return read("stored answers' position", placeDays::position);
    }

    @Override
    public synchronized void keepPlaceDays(PlaceDayChange change) {
        try {
            placeDays.keep(change);
        } catch (SQLException e) {
            throw new StoreException("cannot store the answers on a day up to write " + change.upTo() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void followWrites(WriteFollower follower) {
        this.follower = follower;
    }

    @Override
    public synchronized void catchUpFollower() {
        try {
            writing(() -> null);
        } catch (SQLException e) {
            throw new StoreException("cannot catch up with the writes: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized DocumentRecords recordsOfDocuments(Collection<String> docs) {
        return read("documents' records", () -> new DocumentRecords(mentions.ofDocuments(docs), controls.ofDocuments(docs)));
    }

    @Override
    public synchronized List<WatchLedger.SourceStatus> watchedSources() {
        return read("watched sources", () -> WatchLedger.sources(jdbc));
    }

    @Override
    public synchronized List<DocEvent> mentions(EventQuery q) {
        return read("mentions", () -> mentions.find(q).stream().map(MentionReader.MentionRow::mention).toList());
    }

    @Override
    public synchronized java.util.Map<Long, org.frontline.model.Place> places() {
        return read("places", () -> PlaceRows.all(jdbc));
    }

    @Override
    public synchronized List<DocEvent> mentionsAt(EventType type, Collection<Long> placeIds) {
        return read("mentions at places", () -> mentions.atPlaces(type, placeIds).stream()
                .map(MentionReader.MentionRow::mention).toList());
    }

    @Override
    public synchronized List<DocControl> controls(String placeNameOrNull) {
        return read("controls", () -> controls.read(placeNameOrNull));
    }

    @Override
    public synchronized List<SearchHit> search(String words, int limit) {
        Dialect d = jdbc.dialect();
        List<Object> params = new java.util.ArrayList<>(d.searchParams(words));
        if (words.isBlank() || params.get(0).toString().isBlank()) {
            return List.of();
        }
        params.add(limit);
        return read("search", () -> jdbc.query(d.searchSql(), params,
                rs -> new SearchHit(rs.getString("doc_id"), rs.getString("title"), rs.getString("snippet"))));
    }

    @Override
    public synchronized Stats stats() {
        return read("stats", () -> new Stats(
                jdbc.count("SELECT COUNT(*) FROM document", List.of()),
                jdbc.count("SELECT COUNT(*) FROM document WHERE error IS NOT NULL", List.of()),
                jdbc.count("SELECT COUNT(*) FROM mention", List.of()),
                jdbc.count("SELECT (SELECT COUNT(*) FROM event) + (SELECT COUNT(*) FROM mention m WHERE NOT EXISTS "
                        + "(SELECT 1 FROM event_mention em WHERE em.mention_id = m.id))", List.of()),
                jdbc.count("SELECT COUNT(*) FROM control", List.of())));
    }

    @Override
    public synchronized DateSpan dates() {
        return read("dates", events::span);
    }

    @Override
    public synchronized long generation() {
        return read("generation", () -> jdbc.count("SELECT n FROM store_generation WHERE id = 1", List.of()));
    }

    /**
     * One write transaction, which also moves the generation if it changed any row. The bump comes
     * last so that on PostgreSQL concurrent writers hold its row lock only just before they commit.
     */
    /**
     * One write transaction. Several writers may share a store (a CLI ingest, the server, a
     * watcher): SQLite transactions begin IMMEDIATE and wait {@code busy_timeout} for the lock, and
     * a transaction that still meets a busy store or a PostgreSQL serialisation failure is rolled
     * back and run again, with growing pauses, for up to {@link #WRITE_PATIENCE_MS} in all.
     */
    private <T> T writing(Jdbc.Work<T> work) throws SQLException {
        long deadline = System.currentTimeMillis() + WRITE_PATIENCE_MS;
        for (int attempt = 0; ; attempt++) {
            try {
                return jdbc.inTransaction(() -> {
                    String turn = jdbc.dialect().writeTurnSql();
                    if (turn != null) {
                        jdbc.query(turn, List.of(), rs -> 1);
                    }
                    long before = jdbc.rowsWritten();
                    T result = work.run();
                    WriteFollower f = follower;
                    if (f != null) {
                        f.follow(this);
                    }
                    if (jdbc.rowsWritten() != before) {
                        jdbc.update("UPDATE store_generation SET n = n + 1 WHERE id = 1", List.of());
                    }
                    return result;
                });
            } catch (SQLException e) {
                if (!WriteContention.isTransient(e) || System.currentTimeMillis() >= deadline) {
                    throw e;
                }
                WriteContention.pause(attempt);
            }
        }
    }

    /** How long a write may keep retrying against other writers before its document fails. */
    static final long WRITE_PATIENCE_MS = Long.getLong("frontline.writePatienceMs", 120_000);

    @Override
    public synchronized List<DocEvent> candidatesNear(Event e, int km, int days) {
        return read("candidates", () -> mentions.near(e, km, days).stream().map(MentionReader.MentionRow::mention).toList());
    }

    /** Clusters stored before V6 get their representatives once, at the first open. */
    private void backfillProfiles() throws SQLException {
        if (jdbc.count("SELECT COUNT(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM event_profile p WHERE p.event_id = e.id)",
                List.of()) > 0) {
            writing(() -> {
                clusterWriter.reprofileOrphans();
                return null;
            });
        }
    }

    @Override
    public synchronized List<ClusterHead> clusterHeads(EventType type, LocalDate from, LocalDate to, List<PlaceCircle> circles,
                                                       boolean roadEnds, boolean namedRoads, boolean placeless) {
        return read("cluster heads", () -> events.heads(type, from, to, circles, roadEnds, namedRoads, placeless));
    }

    @Override
    public synchronized List<StoredCluster> clusters(EventType type, LocalDate from, LocalDate to) {
        return read("clusters", () -> events.clusters(type, from, to));
    }

    @Override
    public synchronized List<StoredCluster> clustersNear(EventType type, LocalDate from, LocalDate to,
                                                         List<PlaceCircle> circles, boolean roadEnds, boolean namedRoads) {
        return read("clusters near", () -> events.clustersNear(type, from, to, circles, roadEnds, namedRoads));
    }

    @Override
    public synchronized List<StoredCluster> clustersWithoutPlace(EventType type, LocalDate from, LocalDate to) {
        return read("clusters without place", () -> events.clustersWithoutPlace(type, from, to));
    }

    @Override
    public synchronized void replaceClusters(Collection<String> retired, List<StoredCluster> clusters) {
        try {
            writing(() -> {
                clusterWriter.replace(retired, clusters);
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("cannot replace clusters: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (jdbc.dialect() instanceof SqliteDialect) {
            // fold the write-ahead log into the .db now: a copy of the file alone then has every commit
            try (java.sql.Statement s = jdbc.connection().createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException ignored) {
                // a reader elsewhere can hold the log; SQLite checkpoints when the last connection closes
            }
        }
        closeQuietly(jdbc.connection());
    }

    private static <T> T read(String what, Jdbc.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is best effort; the data is committed or rolled back already
            }
        }
    }

    /** Never print a password that came in the URL. */
    static String redact(String db) {
        return db.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
