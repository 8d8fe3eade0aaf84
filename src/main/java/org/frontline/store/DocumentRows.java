package org.frontline.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reading one stored document back. */
final class DocumentRows {
    private final Jdbc jdbc;

    DocumentRows(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    java.util.Map<String, DocumentSummary> summaries() throws SQLException {
        java.util.Map<String, DocumentSummary> out = new java.util.HashMap<>();
        for (DocumentSummary s : jdbc.query(SUMMARY, List.of(), this::summary)) {
            out.put(s.doc(), s);
        }
        return out;
    }

    private static final String SUMMARY = "SELECT doc_id, outlet, url, ingested_at FROM document";

    /** The summaries of these documents only: what one batch of a streamed export cites. */
    java.util.Map<String, DocumentSummary> summaries(java.util.Collection<String> docs) throws SQLException {
        java.util.Map<String, DocumentSummary> out = new java.util.HashMap<>();
        for (List<String> chunk : Jdbc.chunks(docs)) {
            for (DocumentSummary s : jdbc.query(SUMMARY + " WHERE doc_id IN (" + Jdbc.placeholders(chunk.size()) + ")",
                    chunk, this::summary)) {
                out.put(s.doc(), s);
            }
        }
        return out;
    }

    private DocumentSummary summary(java.sql.ResultSet rs) throws SQLException {
        return new DocumentSummary(rs.getString("doc_id"), rs.getString("outlet"), rs.getString("url"),
                jdbc.dialect().instant(rs, "ingested_at"));
    }

    Optional<StoredDocument> find(String doc) throws SQLException {
        Dialect d = jdbc.dialect();
        return jdbc.query("SELECT d.*, (SELECT COUNT(*) FROM mention m WHERE m.document_id = d.id) AS mentions, "
                + "(SELECT COUNT(*) FROM control c WHERE c.document_id = d.id) AS controls "
                + "FROM document d WHERE d.doc_id = ?", List.of(doc), rs -> new StoredDocument(rs.getString("doc_id"),
                rs.getString("origin"), rs.getString("url"), rs.getString("title"), rs.getString("outlet"),
                rs.getString("byline"), d.date(rs, "published"), rs.getBoolean("published_inferred"),
                rs.getString("published_source"), rs.getString("duplicate_of"), rs.getString("error"), rs.getString("content_hash"), rs.getString("text"),
                d.instant(rs, "ingested_at"), rs.getInt("mentions"), rs.getInt("controls"))).stream().findFirst();
    }
}
