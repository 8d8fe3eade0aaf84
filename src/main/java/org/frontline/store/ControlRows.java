package org.frontline.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.Control;
import org.frontline.model.DocControl;
import org.frontline.model.Status;

/** A document's control assertions: written with the document, read by place. */
final class ControlRows {
    private static final String[] ROLES = {"besieged_by", "contested_by", "source"};

    private final Jdbc jdbc;
    private final PlaceRows places;

    ControlRows(Jdbc jdbc, PlaceRows places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    void insert(long documentId, int ordinal, Control c) throws SQLException {
        long id = jdbc.insert("INSERT INTO control (document_id, ordinal, place_id, controller, as_of, share, evidence, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(documentId, ordinal, places.idOf(c.place()), c.controller(), c.asOf(), c.share(), c.evidence(),
                        c.status() == null ? null : c.status().label()));
        List<List<String>> lists = List.of(c.besiegedBy(), c.contestedBy(), c.sources());
        for (int r = 0; r < ROLES.length; r++) {
            for (int i = 0; i < lists.get(r).size(); i++) {
                jdbc.update("INSERT INTO control_party (control_id, role, position, name) VALUES (?, ?, ?, ?)",
                        List.of(id, ROLES[r], i, lists.get(r).get(i)));
            }
        }
    }

    List<DocControl> read(String placeName) throws SQLException {
        return placeName == null ? read("", List.of()) : read(" WHERE pl.name_key = ?", List.of(PlaceRows.nameKey(placeName)));
    }

    /** The assertions of these documents. */
    List<DocControl> ofDocuments(java.util.Collection<String> docs) throws SQLException {
        List<DocControl> out = new ArrayList<>();
        for (List<String> chunk : Jdbc.chunks(docs)) {
            out.addAll(read(" WHERE d.doc_id IN (" + Jdbc.placeholders(chunk.size()) + ")", chunk));
        }
        return out;
    }

    private List<DocControl> read(String where, List<?> params) throws SQLException {
        record Row(long id, DocControl partial) {
        }
        Dialect d = jdbc.dialect();
        List<Row> rows = jdbc.query("SELECT c.id, c.controller, c.as_of, c.share, c.evidence, c.status, d.doc_id, d.published, "
                + PlaceRows.columns("pl") + " FROM control c JOIN document d ON d.id = c.document_id "
                + "LEFT JOIN place pl ON pl.id = c.place_id" + where + " ORDER BY c.as_of, d.doc_id, c.ordinal",
                params, rs -> new Row(rs.getLong("id"), new DocControl(rs.getString("doc_id"), d.date(rs, "published"),
                        new Control(PlaceRows.read(rs, "pl"), rs.getString("controller"), d.date(rs, "as_of"),
                                PlaceRows.real(rs, "share"), List.of(), List.of(), List.of(), status(rs.getString("status")),
                                rs.getString("evidence")))));
        Map<Long, List<List<String>>> parties = new HashMap<>();
        for (List<Long> chunk : Jdbc.chunks(rows.stream().map(Row::id).toList())) {
            jdbc.query("SELECT control_id, role, name FROM control_party WHERE control_id IN ("
                    + Jdbc.placeholders(chunk.size()) + ") ORDER BY control_id, role, position", chunk, rs -> {
                        List<List<String>> l = parties.computeIfAbsent(rs.getLong(1),
                                k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                        l.get(Arrays.asList(ROLES).indexOf(rs.getString(2))).add(rs.getString(3));
                        return null;
                    });
        }
        List<DocControl> out = new ArrayList<>();
        for (Row r : rows) {
            Control c = r.partial().control();
            List<List<String>> l = parties.getOrDefault(r.id(), List.of(List.of(), List.of(), List.of()));
            out.add(new DocControl(r.partial().doc(), r.partial().published(), new Control(c.place(), c.controller(),
                    c.asOf(), c.share(), l.get(0), l.get(1), l.get(2), c.status(), c.evidence())));
        }
        return out;
    }

    private static Status status(String label) {
        return label == null ? null : Status.valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}
