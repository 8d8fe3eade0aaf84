package org.frontline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.DateRange;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Precision;
import org.frontline.model.Route;
import org.frontline.model.Status;

/**
 * Rows shaped like the contract's EVENT: a document's mentions and the merged events share the
 * same columns and party tables, so one writer and one reader serve both.
 */
final class EventRows {

    /** The two tables holding events, with their party table. Names are code, never input. */
    enum Owner {
        MENTION("mention", "mention_party", "mention_id"), EVENT("event", "event_party", "event_id");

        final String table;
        final String partyTable;
        final String partyKey;

        Owner(String table, String partyTable, String partyKey) {
            this.table = table;
            this.partyTable = partyTable;
            this.partyKey = partyKey;
        }
    }

    /** The name lists of one row. */
    record Parties(List<String> actor1, List<String> actor2, List<String> sources) {
        static final Parties NONE = new Parties(List.of(), List.of(), List.of());
    }

    private static final String FIELDS = "type, place_id, route_from_id, route_to_id, route_name, date_start, date_end, "
            + "date_precision, date_text, fatalities, displaced, status, evidence";

    private final Jdbc jdbc;
    private final PlaceRows places;

    EventRows(Jdbc jdbc, PlaceRows places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    long insertMention(long documentId, int ordinal, Event e) throws SQLException {
        List<Object> values = new ArrayList<>(List.of(documentId, ordinal));
        values.addAll(values(e));
        long id = jdbc.insert("INSERT INTO mention (document_id, ordinal, " + FIELDS + ") VALUES ("
                + Jdbc.placeholders(values.size()) + ")", values);
        insertParties(Owner.MENTION, id, e);
        return id;
    }

    long insertEvent(String clusterId, Event e, String tally) throws SQLException {
        List<Object> values = new ArrayList<>(List.of(clusterId));
        values.addAll(values(e));
        values.add(tally);
        long id = jdbc.insert("INSERT INTO event (cluster_id, " + FIELDS + ", tally) VALUES ("
                + Jdbc.placeholders(values.size()) + ")", values);
        insertParties(Owner.EVENT, id, e);
        return id;
    }

    /**
     * A grown cluster's new fields, in place: its row id, and so its stable id, stay. The name
     * lists are rewritten only when they changed (they are as long as the distinct names, not
     * the members).
     */
    void updateEvent(long id, String clusterId, Event e, String tally) throws SQLException {
        List<Object> values = new ArrayList<>(List.of(clusterId));
        values.addAll(values(e));
        values.add(tally);
        values.add(id);
        jdbc.update("UPDATE event SET cluster_id = ?, " + FIELDS.replace(", ", " = ?, ") + " = ?, tally = ? WHERE id = ?", values);
        Parties now = parties(Owner.EVENT, List.of(id)).getOrDefault(id, Parties.NONE);
        if (!now.equals(new Parties(e.actor1(), e.actor2(), e.sources()))) {
            jdbc.update("DELETE FROM event_party WHERE event_id = ?", List.of(id));
            insertParties(Owner.EVENT, id, e);
        }
    }

    /**
     * Records one member of a cluster as its comparable form's representative, unless the form
     * has one already. The form is what {@code Compatibility} reads: type, dates, place, road and
     * actors; the row repeats the columns the cluster search filters on.
     */
    void addProfile(long eventId, long mentionId, Event e) throws SQLException {
        String profile = Migrations.sha256(e.type() + "|" + e.date() + "|" + e.place() + "|" + e.route() + "|" + e.actor1()
                + "|" + e.actor2());
        if (jdbc.count("SELECT COUNT(*) FROM event_profile WHERE event_id = ? AND profile = ?", List.of(eventId, profile)) > 0) {
            return;
        }
        Route r = e.route();
        jdbc.update("INSERT INTO event_profile (event_id, profile, mention_id, type, place_id, route_from_id, route_to_id, "
                + "route_name, date_start, date_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(eventId, profile, mentionId, e.type().label(), places.idOf(e.place()),
                        r == null ? null : places.idOf(r.from()), r == null ? null : places.idOf(r.to()),
                        r == null ? null : r.name(), e.date().start(), e.date().end()));
    }

    private List<Object> values(Event e) throws SQLException {
        Route r = e.route();
        return Arrays.asList(e.type().label(), places.idOf(e.place()), r == null ? null : places.idOf(r.from()),
                r == null ? null : places.idOf(r.to()), r == null ? null : r.name(), e.dated() ? e.date().start() : null,
                e.dated() ? e.date().end() : null, e.dated() ? e.date().precision().label() : null, e.dateText(),
                e.fatalities(), e.displaced(), e.status().label(), e.evidence());
    }

    private void insertParties(Owner owner, long id, Event e) throws SQLException {
        String sql = "INSERT INTO " + owner.partyTable + " (" + owner.partyKey
                + ", role, position, name, name_key) VALUES (?, ?, ?, ?, ?)";
        String[] roles = {"actor1", "actor2", "source"};
        List<List<String>> lists = List.of(e.actor1(), e.actor2(), e.sources());
        for (int r = 0; r < roles.length; r++) {
            List<String> names = lists.get(r);
            for (int i = 0; i < names.size(); i++) {
                jdbc.update(sql, List.of(id, roles[r], i, names.get(i), PlaceRows.nameKey(names.get(i))));
            }
        }
    }

    /** Select list for a row aliased {@code x}, with its places joined by {@link #joins}. */
    static String columns(String x) {
        return x + ".id, " + x + ".type, " + x + ".route_name, " + x + ".date_start, " + x + ".date_end, "
                + x + ".date_precision, " + x + ".date_text, " + x + ".fatalities, " + x + ".displaced, " + x + ".status, " + x + ".evidence, "
                + PlaceRows.columns("pl") + ", " + PlaceRows.columns("rf") + ", " + PlaceRows.columns("rt");
    }

    static String joins(String x) {
        return " LEFT JOIN place pl ON pl.id = " + x + ".place_id LEFT JOIN place rf ON rf.id = " + x
                + ".route_from_id LEFT JOIN place rt ON rt.id = " + x + ".route_to_id";
    }

    /**
     * Select list for a row aliased {@code x} with its places as ids (place_id, route_from_id,
     * route_to_id), for a reader that knows the places already.
     */
    static String columnsByPlaceId(String x) {
        return x + ".id, " + x + ".type, " + x + ".route_name, " + x + ".date_start, " + x + ".date_end, "
                + x + ".date_precision, " + x + ".date_text, " + x + ".fatalities, " + x + ".displaced, " + x + ".status, "
                + x + ".evidence, " + x + ".place_id, " + x + ".route_from_id, " + x + ".route_to_id";
    }

    Event read(ResultSet rs, Parties p) throws SQLException {
        return read(rs, p, PlaceRows.read(rs, "pl"), PlaceRows.read(rs, "rf"), PlaceRows.read(rs, "rt"));
    }

    /** A row with its places given (read by {@link #columnsByPlaceId}). */
    Event read(ResultSet rs, Parties p, org.frontline.model.Place place, org.frontline.model.Place from,
               org.frontline.model.Place to) throws SQLException {
        Dialect d = jdbc.dialect();
        String precision = rs.getString("date_precision");
        // an undated report's events keep no date (issue 10)
        DateRange date = precision == null ? null : new DateRange(d.date(rs, "date_start"), d.date(rs, "date_end"),
                Precision.valueOf(precision.toUpperCase(java.util.Locale.ROOT)));
        String routeName = rs.getString("route_name");
        Route route = from == null && to == null && routeName == null ? null : new Route(from, to, routeName);
        return new Event(EventType.fromLabel(rs.getString("type")), p.actor1(), p.actor2(), place,
                route, date, rs.getString("date_text"), PlaceRows.count(rs, "fatalities"), PlaceRows.count(rs, "displaced"), p.sources(),
                Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)), rs.getString("evidence"));
    }

    /** {@code e} with the name lists read separately (rows are read before their parties). */
    static Event withParties(Event e, Parties p) {
        return new Event(e.type(), p.actor1(), p.actor2(), e.place(), e.route(), e.date(), e.dateText(), e.fatalities(),
                e.displaced(), p.sources(), e.status(), e.evidence());
    }

    /**
     * {@code e}, read with no places ({@link #read(ResultSet, Parties, org.frontline.model.Place,
     * org.frontline.model.Place, org.frontline.model.Place)} given nulls), with its places: as
     * {@link #read} would have made it with them.
     */
    static Event withPlaces(Event e, org.frontline.model.Place place, org.frontline.model.Place from,
                            org.frontline.model.Place to) {
        String routeName = e.route() == null ? null : e.route().name();
        Route route = from == null && to == null && routeName == null ? null : new Route(from, to, routeName);
        return new Event(e.type(), e.actor1(), e.actor2(), place, route, e.date(), e.dateText(), e.fatalities(),
                e.displaced(), e.sources(), e.status(), e.evidence());
    }

    static Event withEvidence(Event e, String evidence) {
        return new Event(e.type(), e.actor1(), e.actor2(), e.place(), e.route(), e.date(), e.dateText(), e.fatalities(),
                e.displaced(), e.sources(), e.status(), evidence);
    }

    /** Party lists of many rows at once (one query per 500 ids, not one per row). */
    Map<Long, Parties> parties(Owner owner, Collection<Long> ids) throws SQLException {
        Map<Long, List<List<String>>> lists = new HashMap<>();
        for (List<Long> chunk : Jdbc.chunks(ids)) {
            jdbc.query("SELECT " + owner.partyKey + ", role, name FROM " + owner.partyTable + " WHERE " + owner.partyKey
                    + " IN (" + Jdbc.placeholders(chunk.size()) + ") ORDER BY " + owner.partyKey + ", role, position",
                    chunk, rs -> {
                        List<List<String>> l = lists.computeIfAbsent(rs.getLong(1),
                                k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                        String role = rs.getString(2);
                        l.get(role.equals("actor1") ? 0 : role.equals("actor2") ? 1 : 2).add(rs.getString(3));
                        return null;
                    });
        }
        Map<Long, Parties> out = new HashMap<>();
        lists.forEach((id, l) -> out.put(id, new Parties(l.get(0), l.get(1), l.get(2))));
        return out;
    }
}
