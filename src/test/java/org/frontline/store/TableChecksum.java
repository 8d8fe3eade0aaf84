package org.frontline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row counts and a checksum of every row of every table, read over a separate connection, so a
 * test can say "nothing changed" about the whole database, FTS shadow tables included.
 */
final class TableChecksum {
    private TableChecksum() {
    }

    record Snapshot(Map<String, Integer> rows, String checksum) {
    }

    static Snapshot of(String url) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection(url)) {
            DatabaseMetaData md = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || schema.equals("public")) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            Collections.sort(tables);
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            row.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v)).append('\u001f');
                        }
                        rows.add(row.toString());
                    }
                }
                Collections.sort(rows);
                counts.put(t, rows.size());
                sha.update(t.getBytes(StandardCharsets.UTF_8));
                rows.forEach(r -> sha.update(r.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return new Snapshot(counts, HexFormat.of().formatHex(sha.digest()));
    }
}
