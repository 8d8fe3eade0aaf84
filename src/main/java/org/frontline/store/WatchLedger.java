package org.frontline.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code frontline watch} has seen, kept in the store beside the documents (tables
 * {@code watch_source} and {@code watch_item}, migration V6): each source's conditional-GET state
 * and last poll, and each feed item by GUID and URL. An item is claimed ({@code pending}) before
 * its page is fetched and marked {@code done} after its document is stored; ingest is idempotent
 * per document, so an item a kill left pending is fetched and stored again on restart, once.
 * Its own connection, so a watcher's bookkeeping never waits behind a long read.
 */
public final class WatchLedger implements AutoCloseable {
    /** The attempts an item that is never to be tried again is marked with. */
    private static final int NEVER = 1_000_000;
    private final Jdbc jdbc;

    private WatchLedger(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens (migrating as needed) the ledger of the store {@code db}: a path or a JDBC URL, as {@link EventStore#open}. */
    public static WatchLedger open(String db) {
        return new WatchLedger(JdbcEventStore.connect(db));
    }

    /** A source's conditional-GET validators, from its last good poll. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /** One source as {@code watch --status} and {@code /api/sources} show it. */
    public record SourceStatus(String sourceId, String kind, String outlet, String lastPoll, String lastSuccess,
                               String lastError, int consecutiveErrors, long polls, long itemsSeen,
                               long itemsStored, long itemsPending, long itemsFailed, long events) {
    }

    /** An item claimed but not yet stored: what a restart needs to fetch it again. */
    public record Pending(String sourceId, String itemKey, String url, String docId, String title, String published,
                          int attempts) {
    }

    /** What {@link #claim} found. */
    public enum Claim {
        /** Never seen: now pending, fetch and store it. */
        NEW,
        /** Seen before and not yet stored (a kill, or an earlier failure): fetch and store it again. */
        RETRY,
        /** Already stored, under this GUID or (another GUID for the same page) its URL. */
        SEEN
    }

    public synchronized Validators validators(String sourceId) {
        List<Validators> v = read(() -> jdbc.query("SELECT etag, last_modified FROM watch_source WHERE source_id = ?",
                List.of(sourceId), rs -> new Validators(rs.getString(1), rs.getString(2))));
        return v.isEmpty() ? Validators.NONE : v.get(0);
    }

    /**
     * Records a poll of a source: its validators when the poll succeeded (null keeps the old ones),
     * or its error.
     */
    public synchronized void polled(String sourceId, String kind, String outlet, Validators validators, String error) {
        String now = Instant.now().toString();
        write(() -> {
            jdbc.update("INSERT INTO watch_source (source_id, kind, outlet) VALUES (?, ?, ?) "
                    + "ON CONFLICT (source_id) DO UPDATE SET kind = excluded.kind, outlet = excluded.outlet",
                    List.of(sourceId, kind, outlet == null ? "" : outlet));
            if (error == null) {
                jdbc.update("UPDATE watch_source SET last_poll = ?, last_success = ?, last_error = NULL, "
                        + "consecutive_errors = 0, polls = polls + 1 WHERE source_id = ?", List.of(now, now, sourceId));
                if (validators != null) {
                    jdbc.update("UPDATE watch_source SET etag = ?, last_modified = ? WHERE source_id = ?",
                            java.util.Arrays.asList(validators.etag(), validators.lastModified(), sourceId));
                }
            } else {
                jdbc.update("UPDATE watch_source SET last_poll = ?, last_error = ?, consecutive_errors = consecutive_errors + 1, "
                        + "polls = polls + 1 WHERE source_id = ?", List.of(now, error, sourceId));
            }
            return null;
        });
    }

    /**
     * Claims an item in one transaction: new (now pending), to retry (pending or failed fewer than
     * {@code maxAttempts} times), or seen (stored already, under this GUID or its URL).
     */
    public synchronized Claim claim(String sourceId, String itemKey, String url, String docId, String title,
                                    String published, int maxAttempts) {
        return write(() -> {
            List<String[]> mine = jdbc.query("SELECT state, attempts FROM watch_item WHERE source_id = ? AND item_key = ?",
                    List.of(sourceId, itemKey), rs -> new String[] {rs.getString(1), rs.getString(2)});
            if (!mine.isEmpty()) {
                String state = mine.get(0)[0];
                int attempts = Integer.parseInt(mine.get(0)[1]);
                if (state.equals("pending") || (state.equals("failed") && attempts < maxAttempts)) {
                    // a failed item named again is tried again; a pending one was cut short (a kill)
                    return Claim.RETRY;
                }
                return Claim.SEEN;
            }
            String now = Instant.now().toString();
            boolean urlStored = jdbc.count("SELECT COUNT(*) FROM watch_item WHERE url = ? AND state = 'done'", List.of(url)) > 0;
            jdbc.update("INSERT INTO watch_item (source_id, item_key, url, doc_id, title, published, state, first_seen) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", java.util.Arrays.asList(sourceId, itemKey, url, docId, title,
                    published, urlStored ? "seen_url" : "pending", now));
            return urlStored ? Claim.SEEN : Claim.NEW;
        });
    }

    /** Marks an item stored, with how many events its document holds. */
    public synchronized void done(String sourceId, String itemKey, int events) {
        write(() -> jdbc.update("UPDATE watch_item SET state = 'done', attempts = attempts + 1, done_at = ?, error = NULL, "
                + "events = ? WHERE source_id = ? AND item_key = ?", List.of(Instant.now().toString(), events, sourceId, itemKey)));
    }

    /**
     * Marks an item not stored this time. A transient failure (the network, a 5xx, a backoff) leaves
     * it pending, to be tried on every poll; a permanent one (404, robots.txt, too large) marks it
     * failed, tried again by {@link #claim} until its attempts run out; with {@code never}, not again.
     */
    public synchronized void failed(String sourceId, String itemKey, String error, boolean permanent, boolean never) {
        write(() -> jdbc.update("UPDATE watch_item SET state = ?, attempts = " + (never ? NEVER : "attempts + 1") + ", error = ? "
                + "WHERE source_id = ? AND item_key = ?", List.of(permanent ? "failed" : "pending", error, sourceId, itemKey)));
    }

    /** Items of a source claimed and not stored, or failed fewer than {@code maxAttempts} times. */
    public synchronized List<Pending> unfinished(String sourceId, int maxAttempts) {
        return read(() -> jdbc.query("SELECT source_id, item_key, url, doc_id, title, published, attempts FROM watch_item "
                        + "WHERE source_id = ? AND (state = 'pending' OR (state = 'failed' AND attempts < ?)) ORDER BY first_seen",
                List.of(sourceId, maxAttempts), rs -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7))));
    }

    /** Every source polled so far, with its item counts. */
    public synchronized List<SourceStatus> sources() {
        return read(() -> sources(jdbc));
    }

    static List<SourceStatus> sources(Jdbc jdbc) throws SQLException {
        return jdbc.query("SELECT s.source_id, s.kind, s.outlet, s.last_poll, s.last_success, s.last_error, "
                + "s.consecutive_errors, s.polls, "
                + "(SELECT COUNT(*) FROM watch_item i WHERE i.source_id = s.source_id), "
                + "(SELECT COUNT(*) FROM watch_item i WHERE i.source_id = s.source_id AND i.state = 'done'), "
                + "(SELECT COUNT(*) FROM watch_item i WHERE i.source_id = s.source_id AND i.state = 'pending'), "
                + "(SELECT COUNT(*) FROM watch_item i WHERE i.source_id = s.source_id AND i.state = 'failed'), "
                + "(SELECT COALESCE(SUM(i.events), 0) FROM watch_item i WHERE i.source_id = s.source_id AND i.state = 'done') "
                + "FROM watch_source s ORDER BY s.source_id", List.of(),
                rs -> new SourceStatus(rs.getString(1), rs.getString(2), emptyToNull(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11), rs.getLong(12), rs.getLong(13)));
    }

    /** The state of one item, or empty when never seen (for tests and the status command). */
    public synchronized Optional<String> state(String sourceId, String itemKey) {
        List<String> s = read(() -> jdbc.query("SELECT state FROM watch_item WHERE source_id = ? AND item_key = ?",
                List.of(sourceId, itemKey), rs -> rs.getString(1)));
        return s.stream().findFirst();
    }

    @Override
    public synchronized void close() {
        JdbcEventStore.closeQuietly(jdbc.connection());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private <T> T write(Jdbc.Work<T> work) {
        long deadline = System.currentTimeMillis() + JdbcEventStore.WRITE_PATIENCE_MS;
        for (int attempt = 0; ; attempt++) {
            try {
                return jdbc.inTransaction(work);
            } catch (SQLException e) {
                if (!WriteContention.isTransient(e) || System.currentTimeMillis() >= deadline) {
                    throw new StoreException("cannot write the watch ledger: " + e.getMessage(), e);
                }
                try {
                    WriteContention.pause(attempt);
                } catch (SQLException interrupted) {
                    throw new StoreException("cannot write the watch ledger: " + interrupted.getMessage(), interrupted);
                }
            }
        }
    }

    private static <T> T read(Jdbc.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("cannot read the watch ledger: " + e.getMessage(), e);
        }
    }
}
