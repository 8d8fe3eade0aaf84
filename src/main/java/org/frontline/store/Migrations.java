package org.frontline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@code store/<dialect>/V<n>__<what>.sql} in order, each in its own transaction, and
 * records it in {@code schema_version} with a checksum. The scripts are named in
 * {@code migrations.list} because a folder inside a jar cannot be listed portably. A script that
 * was edited after it was applied fails the open: the database and the code disagree.
 */
final class Migrations {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    record Script(int version, String name, String sql, String checksum) {
    }

    private final Dialect dialect;

    Migrations(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The scripts this build ships, by version; versions must increase. A gap is allowed, so work
     * on branches can reserve numbers: a lower version that ships later is applied when it arrives.
     */
    List<Script> scripts() {
        String folder = "/store/" + dialect.name() + "/";
        List<Script> out = new ArrayList<>();
        for (String line : resource(folder + "migrations.list").split("\n")) {
            String name = line.strip();
            if (name.isEmpty()) {
                continue;
            }
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("migration name must be V<n>__<what>.sql: " + name);
            }
            int version = Integer.parseInt(m.group(1));
            if (!out.isEmpty() && version <= out.get(out.size() - 1).version()) {
                throw new IllegalStateException("migration " + name + " out of sequence, after V" + out.get(out.size() - 1).version());
            }
            String sql = resource(folder + name);
            out.add(new Script(version, name, sql, sha256(sql)));
        }
        return out;
    }

    /** Brings the schema up to date; returns the versions applied now. */
    List<Integer> migrate(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "script TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        Map<Integer, String> applied = applied(c);
        List<Integer> now = new ArrayList<>();
        for (Script script : scripts()) {
            String done = applied.get(script.version());
            if (done != null) {
                if (!done.equals(script.checksum())) {
                    throw new IllegalStateException("migration " + script.name() + " changed after it was applied");
                }
                continue;
            }
            apply(c, script);
            now.add(script.version());
        }
        return now;
    }

    private void apply(Connection c, Script script) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                for (String stmt : SqlScript.statements(script.sql())) {
                    s.execute(stmt);
                }
            }
            // the primary key makes a concurrent migrator's second insert fail and roll back
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO schema_version (version, script, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                dialect.bind(ps, List.of(script.version(), script.name(), script.checksum(), Instant.now().toString()));
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw new SQLException("migration " + script.name() + " failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static Map<Integer, String> applied(Connection c) throws SQLException {
        Map<Integer, String> out = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version")) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2));
            }
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
