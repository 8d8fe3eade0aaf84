package org.frontline.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@code place_day} (migration V13): the stored answers on a day, by place. */
final class PlaceDayRows {
    /** The runs of some kinds that cover a day: a seek on {@code place_day_on} per kind, the end tested on its entries. */
    static String on(int kinds) {
        return "SELECT kind, place_key, day_from, day_to, body FROM place_day WHERE kind IN ("
                + String.join(", ", java.util.Collections.nCopies(kinds, "?")) + ") AND day_from <= ? AND (day_to IS NULL OR day_to >= ?)";
    }

    private final Jdbc jdbc;

    PlaceDayRows(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    long position() throws SQLException {
        return jdbc.count("SELECT log_position FROM place_day_position WHERE id = 1", List.of());
    }

    List<PlaceDay> on(java.util.Set<Integer> kinds, LocalDate day) throws SQLException {
        if (kinds.isEmpty()) {
            return List.of();
        }
        long d = day.toEpochDay();
        List<Object> params = new ArrayList<>(new java.util.TreeSet<>(kinds));
        params.add(d);
        params.add(d);
        return jdbc.query(on(kinds.size()), params, rs -> {
            long to = rs.getLong(4);
            LocalDate last = rs.wasNull() ? null : LocalDate.ofEpochDay(to);
            return new PlaceDay(rs.getInt(1), rs.getString(2), LocalDate.ofEpochDay(rs.getLong(3)), last, rs.getString(5));
        });
    }

    void keep(PlaceDayChange change) throws SQLException {
        if (change.whole()) {
            jdbc.update("DELETE FROM place_day", List.of());
        } else {
            for (String key : change.heldKeys()) {
                jdbc.update("DELETE FROM place_day WHERE kind IN (?, ?) AND place_key = ?", List.of(PlaceDay.HELD, PlaceDay.UNKNOWN, key));
            }
            for (String key : change.siegeKeys()) {
                jdbc.update("DELETE FROM place_day WHERE kind = ? AND place_key = ?", List.of(PlaceDay.BESIEGED, key));
            }
        }
        for (PlaceDay r : change.runs()) {
            List<Object> params = new ArrayList<>(List.of(r.kind(), r.placeKey(), r.from().toEpochDay()));
            params.add(r.to() == null ? null : r.to().toEpochDay());
            params.add(r.body());
            jdbc.update("INSERT INTO place_day (kind, place_key, day_from, day_to, body) VALUES (?, ?, ?, ?, ?)", params);
        }
        jdbc.update("UPDATE place_day_position SET log_position = ? WHERE id = 1", List.of(change.upTo()));
    }
}
