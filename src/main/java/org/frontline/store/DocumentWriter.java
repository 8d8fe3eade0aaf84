package org.frontline.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.frontline.model.Article;
import org.frontline.model.DocEvent;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;

/**
 * Ingest of one document. Two fingerprints decide what happens: the SHA-256 of the article text
 * (the contract's content hash) and the SHA-256 of everything else we store about it (the result
 * and the article's url and origin). When both match the stored ones nothing is written, not even
 * a timestamp, so re-running a batch leaves the database byte-for-byte as it was.
 */
final class DocumentWriter {
    private final Jdbc jdbc;
    private final EventRows events;
    private final ControlRows controls;

    DocumentWriter(Jdbc jdbc, EventRows events, ControlRows controls) {
        this.jdbc = jdbc;
        this.events = events;
        this.controls = controls;
    }

    private record Existing(long id, String contentHash, String resultHash, String error) {
    }

    /** Runs inside the caller's transaction. */
    IngestOutcome ingest(DocumentResult r, Article a) throws SQLException {
        String contentHash = a == null || a.text() == null ? null : Migrations.sha256(a.text());
        String resultHash = resultHash(r, a);
        List<Existing> found = jdbc.query("SELECT id, content_hash, result_hash, error FROM document WHERE doc_id = ?",
                List.of(r.doc()), rs -> new Existing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        IngestOutcome.Kind kind;
        long id;
        if (found.isEmpty()) {
            id = jdbc.insert("INSERT INTO document (doc_id, origin, url, title, outlet, byline, published, "
                    + "published_inferred, published_source, duplicate_of, error, content_hash, result_hash, text, ingested_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", with(r.doc(), documentValues(r, a, contentHash, resultHash)));
            kind = IngestOutcome.Kind.NEW;
        } else {
            Existing old = found.get(0);
            if (Objects.equals(old.contentHash(), contentHash) && old.resultHash().equals(resultHash)) {
                return outcome(r, IngestOutcome.Kind.UNCHANGED, List.of());
            }
            if (r.error() != null && old.error() == null) {
                // a document that read well before and fails now (a truncated re-download, say)
                // keeps what was stored: nothing already stored is lost to bad input
                return new IngestOutcome(r.doc(), IngestOutcome.Kind.FAILED, List.of(),
                        r.error() + " (the version stored earlier is kept)");
            }
            id = old.id();
            removeContents(id);
            jdbc.update("UPDATE document SET origin = ?, url = ?, title = ?, outlet = ?, byline = ?, published = ?, "
                    + "published_inferred = ?, published_source = ?, duplicate_of = ?, error = ?, content_hash = ?, result_hash = ?, text = ?, "
                    + "ingested_at = ? WHERE id = ?", with(documentValues(r, a, contentHash, resultHash), id));
            kind = IngestOutcome.Kind.REPLACED;
        }
        List<DocEvent> stored = new ArrayList<>();
        if (r.error() == null) {
            for (int i = 0; i < r.events().size(); i++) {
                Event e = r.events().get(i);
                events.insertMention(id, i, e);
                stored.add(new DocEvent(r.doc(), r.published(), e));
            }
            for (int i = 0; i < r.control().size(); i++) {
                controls.insert(id, i, r.control().get(i));
            }
        }
        return outcome(r, kind, stored);
    }

    private static IngestOutcome outcome(DocumentResult r, IngestOutcome.Kind kind, List<DocEvent> stored) {
        return r.error() == null ? new IngestOutcome(r.doc(), kind, stored, null)
                : new IngestOutcome(r.doc(), IngestOutcome.Kind.FAILED, List.of(), r.error());
    }

    /**
     * Drops a document's mentions and controls before its new version is written. Merged events
     * that held only its mentions go too; merged events shared with other documents keep their
     * other members until the reasoning layer recomputes them.
     */
    private void removeContents(long documentId) throws SQLException {
        List<Long> touched = jdbc.query("SELECT DISTINCT em.event_id FROM event_mention em JOIN mention m "
                + "ON m.id = em.mention_id WHERE m.document_id = ?", List.of(documentId), rs -> rs.getLong(1));
        jdbc.update("DELETE FROM mention WHERE document_id = ?", List.of(documentId));
        jdbc.update("DELETE FROM control WHERE document_id = ?", List.of(documentId));
        deleteEmptyEvents(jdbc, touched);
        for (List<Long> chunk : Jdbc.chunks(touched)) {
            // their votes counted the old version: the next report to reach them rebuilds them
            jdbc.update("UPDATE event SET tally = NULL WHERE id IN (" + Jdbc.placeholders(chunk.size()) + ")", chunk);
            jdbc.update("DELETE FROM event_profile WHERE event_id IN (" + Jdbc.placeholders(chunk.size()) + ")", chunk);
        }
    }

    static void deleteEmptyEvents(Jdbc jdbc, List<Long> eventIds) throws SQLException {
        for (List<Long> chunk : Jdbc.chunks(eventIds)) {
            jdbc.update("DELETE FROM event WHERE id IN (" + Jdbc.placeholders(chunk.size()) + ") AND NOT EXISTS "
                    + "(SELECT 1 FROM event_mention em WHERE em.event_id = event.id)", chunk);
        }
    }

    /** The document's columns after doc_id, in table order. */
    private static List<Object> documentValues(DocumentResult r, Article a, String contentHash, String resultHash) {
        return Arrays.asList(a == null ? null : a.origin(), a == null ? null : a.url(), r.title(), r.outlet(),
                r.byline(), r.published(), r.publishedInferred(),
                r.publishedSource() == null ? null : r.publishedSource().json(), r.duplicateOf(), r.error(), contentHash, resultHash,
                a == null ? null : a.text(), Instant.now());
    }

    private static List<Object> with(Object first, List<Object> rest) {
        List<Object> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static List<Object> with(List<Object> rest, Object last) {
        List<Object> out = new ArrayList<>(rest);
        out.add(last);
        return out;
    }

    /**
     * Records print every component deterministically (lists, places, dates, enums), so the
     * printed result is a faithful canonical form of what we are about to store.
     */
    private static String resultHash(DocumentResult r, Article a) {
        String meta = a == null ? "no article" : a.url() + "\u0000" + a.origin();
        return Migrations.sha256(r + "\u0000" + meta);
    }
}
