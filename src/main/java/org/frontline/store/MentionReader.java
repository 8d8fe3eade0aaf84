package org.frontline.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontline.model.DocEvent;
import org.frontline.model.Event;
import org.frontline.model.Place;
import org.frontline.store.EventRows.Owner;
import org.frontline.store.EventRows.Parties;

/** Mentions (one document's events) read back as the contract's events, with their row ids. */
final class MentionReader {
    private final Jdbc jdbc;
    private final EventRows rows;

    MentionReader(Jdbc jdbc, EventRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** A stored mention and its row id. */
    record MentionRow(long id, DocEvent mention) {
    }

    List<MentionRow> find(EventQuery q) throws SQLException {
        QueryFilter f = QueryFilter.of(q, Owner.MENTION, "m");
        List<Object> params = new ArrayList<>(f.params());
        String paging = Paging.sql(q, params);
        List<MentionRow> found = read(" WHERE 1 = 1" + f.sql() + " ORDER BY m.date_start, d.doc_id, m.ordinal" + paging,
                params);
        return q.near() == null ? found
                : Paging.apply(q, found.stream().filter(r -> QueryFilter.within(q.near(), r.mention().event().place())).toList());
    }

    /** Mentions with these row ids, in id order. */
    List<MentionRow> byIds(List<Long> ids) throws SQLException {
        List<MentionRow> out = new ArrayList<>();
        for (List<Long> chunk : Jdbc.chunks(ids)) {
            out.addAll(read(" WHERE m.id IN (" + Jdbc.placeholders(chunk.size()) + ") ORDER BY m.id", chunk));
        }
        return out;
    }

    /** A document's mentions in the order it reported them. */
    List<MentionRow> ofDocument(String doc) throws SQLException {
        return read(" WHERE d.doc_id = ? ORDER BY m.ordinal", List.of(doc));
    }

    /** The mentions of these documents, by document then in the order each reported them. */
    List<DocEvent> ofDocuments(java.util.Collection<String> docs) throws SQLException {
        List<DocEvent> out = new ArrayList<>();
        for (List<String> chunk : Jdbc.chunks(docs)) {
            read(" WHERE d.doc_id IN (" + Jdbc.placeholders(chunk.size()) + ") ORDER BY d.doc_id, m.ordinal", chunk)
                    .forEach(r -> out.add(r.mention()));
        }
        return out;
    }

    /**
     * Mentions of a type at these place rows, in {@link #find}'s order. The type is compared as an
     * expression ({@code || ''}) so the planner starts from the place index (a place's few hundred
     * rows), not from the type's date index (every capture in the store) for each place.
     */
    List<MentionRow> atPlaces(org.frontline.model.EventType type, java.util.Collection<Long> placeIds) throws SQLException {
        if (placeIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(placeIds);
        params.add(type.label());
        return read(" WHERE m.place_id IN (" + Jdbc.placeholders(placeIds.size()) + ") AND (m.type || '') = ?"
                + " ORDER BY m.date_start, d.doc_id, m.ordinal", params);
    }

    /** Mentions like {@code e}: see {@link EventStore#candidatesNear}. */
    List<MentionRow> near(Event e, int km, int days) throws SQLException {
        EventQuery q = EventQuery.all().page(Integer.MAX_VALUE, 0).type(e.type())
                .between(e.date().start().minusDays(days), e.date().end().plusDays(days));
        if (e.place() == null) {
            return find(q).stream().filter(r -> r.mention().event().place() == null).toList();
        }
        if (e.place().lat() == null) {
            return find(q.place(e.place().name()));
        }
        return find(q.near(e.place().lat(), e.place().lon(), km));
    }

    /**
     * The rows with their places by id: the places the rows name are then read once each (one
     * query per 500), not joined three times into every row, which for the mentions of a whole
     * store (what an export's notes read) repeats the same few thousand places again and again.
     */
    private List<MentionRow> read(String whereAndOrder, List<?> params) throws SQLException {
        Dialect d = jdbc.dialect();
        record Head(long id, String doc, java.time.LocalDate published, Event event, Long place, Long from, Long to) {
        }
        // what many rows repeat (a document's id and day, a list of names) is held once: the mentions
        // of a whole store are read into memory at once, and the copies were most of its heap
        Map<Object, Object> held = new java.util.HashMap<>();
        List<Head> heads = jdbc.query("SELECT d.doc_id, d.published, " + EventRows.columnsByPlaceId("m")
                + " FROM mention m JOIN document d ON d.id = m.document_id" + whereAndOrder,
                params, rs -> new Head(rs.getLong("id"), once(held, rs.getString("doc_id")), once(held, d.date(rs, "published")),
                        rows.read(rs, Parties.NONE, null, null, null), PlaceRows.whole(rs, "place_id"),
                        PlaceRows.whole(rs, "route_from_id"), PlaceRows.whole(rs, "route_to_id")));
        java.util.Set<Long> placeIds = new java.util.HashSet<>();
        for (Head h : heads) {
            java.util.stream.Stream.of(h.place(), h.from(), h.to()).filter(java.util.Objects::nonNull).forEach(placeIds::add);
        }
        Map<Long, Place> places = PlaceRows.byIds(jdbc, placeIds);
        Map<Long, Parties> parties = rows.parties(Owner.MENTION, heads.stream().map(Head::id).toList());
        List<MentionRow> out = new ArrayList<>();
        for (Head h : heads) {
            Event e = EventRows.withPlaces(h.event(), places.get(h.place()), places.get(h.from()), places.get(h.to()));
            Parties p = parties.getOrDefault(h.id(), Parties.NONE);
            p = new Parties(once(held, List.copyOf(p.actor1())), once(held, List.copyOf(p.actor2())),
                    once(held, List.copyOf(p.sources())));
            out.add(new MentionRow(h.id(), new DocEvent(h.doc(), h.published(), EventRows.withParties(e, p))));
        }
        return out;
    }

    /** The instance equal to {@code x} that {@code held} has already, else {@code x}, kept from now on. */
    @SuppressWarnings("unchecked")
    private static <T> T once(Map<Object, Object> held, T x) {
        return x == null ? null : (T) held.computeIfAbsent(x, k -> k);
    }
}
