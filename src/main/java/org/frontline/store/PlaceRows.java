package org.frontline.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.frontline.model.Place;

/**
 * Places are stored once and referenced: the same town recurs in hundreds of mentions. The key
 * is every field of the record, so two entries differing in anything stay distinct.
 */
final class PlaceRows {
    private final Jdbc jdbc;

    PlaceRows(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The row id of this place, inserting it when new; null for no place. */
    Long idOf(Place p) throws SQLException {
        if (p == null) {
            return null;
        }
        String key = String.join("\u001f", Arrays.asList(p.name(), String.valueOf(p.lat()), String.valueOf(p.lon()),
                String.valueOf(p.country()), String.valueOf(p.admin1()), String.valueOf(p.geonamesId()),
                String.valueOf(p.precision())));
        List<Long> found = jdbc.query("SELECT id FROM place WHERE place_key = ?", List.of(key), rs -> rs.getLong(1));
        if (!found.isEmpty()) {
            return found.get(0);
        }
        return jdbc.insert("INSERT INTO place (place_key, name, name_key, lat, lon, country, admin1, geonames_id, precision) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(key, p.name(), nameKey(p.name()), p.lat(), p.lon(), p.country(), p.admin1(),
                        p.geonamesId(), p.precision()));
    }

    /** Lower case in Java, not SQL: SQLite's lower() folds ASCII only. */
    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Columns of a place joined as {@code alias}, named {@code alias_field}. */
    static String columns(String alias) {
        return Arrays.stream(new String[] {"name", "lat", "lon", "country", "admin1", "geonames_id", "precision"})
                .map(f -> alias + "." + f + " AS " + alias + "_" + f)
                .reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    static Place read(ResultSet rs, String alias) throws SQLException {
        String name = rs.getString(alias + "_name");
        if (name == null) {
            return null;
        }
        return new Place(name, real(rs, alias + "_lat"), real(rs, alias + "_lon"), rs.getString(alias + "_country"),
                rs.getString(alias + "_admin1"), whole(rs, alias + "_geonames_id"), rs.getString(alias + "_precision"));
    }

    /** Every place row, by id. */
    static java.util.Map<Long, Place> all(Jdbc jdbc) throws SQLException {
        java.util.Map<Long, Place> out = new java.util.HashMap<>();
        jdbc.query("SELECT pl.id, " + columns("pl") + " FROM place pl", List.of(), rs -> out.put(rs.getLong("id"), read(rs, "pl")));
        return out;
    }

    /** The places of these row ids (one query per 500 ids); an id with no row is left out. */
    static java.util.Map<Long, Place> byIds(Jdbc jdbc, java.util.Collection<Long> ids) throws SQLException {
        java.util.Map<Long, Place> out = new java.util.HashMap<>();
        for (List<Long> chunk : Jdbc.chunks(ids)) {
            jdbc.query("SELECT pl.id, " + columns("pl") + " FROM place pl WHERE pl.id IN (" + Jdbc.placeholders(chunk.size())
                    + ")", chunk, rs -> out.put(rs.getLong("id"), read(rs, "pl")));
        }
        return out;
    }

    /**
     * Places by row id, each read once and then kept: a streamed read of a million rows meets the
     * same few thousand places again and again. Bounded: past {@link #MAX} places it starts over.
     */
    static final class Cache {
        static final int MAX = 50_000;
        private final Jdbc jdbc;
        private final java.util.Map<Long, Place> byId = new java.util.HashMap<>();

        Cache(Jdbc jdbc) {
            this.jdbc = jdbc;
        }

        /** The place of row {@code id}; null for null. */
        Place get(Long id) throws SQLException {
            if (id == null) {
                return null;
            }
            Place p = byId.get(id);
            if (p == null) {
                p = byIds(jdbc, List.of(id)).get(id);
                if (p == null) {
                    return null; // as a LEFT JOIN finds nothing
                }
                if (byId.size() >= MAX) {
                    byId.clear();
                }
                byId.put(id, p);
            }
            return p;
        }
    }

    static Double real(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static Long whole(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer count(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
