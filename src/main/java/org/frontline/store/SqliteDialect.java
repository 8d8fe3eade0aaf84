package org.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** SQLite: dates as ISO text, WAL so readers do not block the writer, FTS5 for search. */
final class SqliteDialect implements Dialect {

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public void configure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            // foreign keys are off by default in SQLite and must be enabled on every connection
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("PRAGMA synchronous = NORMAL");
        }
    }

    @Override
    public void bindDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        ps.setString(i, d.toString());
    }

    @Override
    public LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : day(s);
    }

    /** ISO yyyy-mm-dd as stored, read without a formatter (an export reads two a row); anything else by LocalDate.parse. */
    static LocalDate day(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4), m = digits(s, 5, 7), d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + c - '0';
        }
        return n;
    }

    @Override
    public void bindInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        ps.setString(i, t.toString());
    }

    @Override
    public String instant(ResultSet rs, String column) throws SQLException {
        return rs.getString(column);
    }

    @Override
    public String searchSql() {
        return "SELECT d.doc_id, d.title, snippet(document_fts, 1, '[', ']', '…', 16) AS snippet "
                + "FROM document_fts JOIN document d ON d.id = document_fts.rowid "
                + "WHERE document_fts MATCH ? ORDER BY rank LIMIT ?";
    }

    /**
     * Each word the user typed (split at spaces) becomes a quoted FTS5 string, so user input is
     * never read as FTS syntax (operators, column filters like {@code al-bab}'s "-bab", unbalanced
     * quotes); a word with inner punctuation ("al-bab") is a phrase of its parts; strings are ANDed.
     */
    @Override
    public List<Object> searchParams(String words) {
        List<String> terms = new ArrayList<>();
        for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                terms.add('"' + w.replace("\"", "\"\"") + '"');
            }
        }
        return List.of(String.join(" ", terms));
    }
}
