package org.frontline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration script into statements. JDBC runs one statement at a time, and a trigger
 * body holds semicolons of its own, so a statement that begins with CREATE TRIGGER ends only at
 * a line {@code END;} (unless it only names a function to execute). Our scripts keep to that layout;
 * a PostgreSQL function body between {@code $$} stays on one line. Whole-line {@code --} comments between
 * statements are dropped; those inside one are kept, so SQLite stores them with the CREATE text
 * and {@code sqlite3 .schema} shows them.
 */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : script.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("--")) {
                if (!line.isEmpty() && current.length() > 0) {
                    current.append(raw).append('\n');
                }
                continue;
            }
            current.append(raw).append('\n');
            String upper = current.toString().stripLeading().toUpperCase(Locale.ROOT);
            // PostgreSQL's CREATE TRIGGER ... EXECUTE FUNCTION f() has no body: it ends at its semicolon
            boolean trigger = upper.startsWith("CREATE TRIGGER") && !upper.contains(" EXECUTE FUNCTION ");
            boolean ends = trigger ? line.equalsIgnoreCase("END;") : line.endsWith(";");
            if (ends) {
                String stmt = current.toString().strip();
                out.add(stmt.substring(0, stmt.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration script ends inside a statement: " + current);
        }
        return out;
    }
}
