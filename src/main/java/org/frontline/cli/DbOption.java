package org.frontline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command shares. */
final class DbOption {
    @Option(names = "--db", defaultValue = "frontline.db", paramLabel = "DB",
            description = "SQLite file (default: ${DEFAULT-VALUE}) or jdbc:postgresql://host/db?user=...")
    String db;

    /**
     * The store, which must already exist: only {@code ingest} creates one, so a mistyped
     * {@code --db} is an error (exit status 2) rather than a new, empty store that answers nothing.
     */
    String existing() {
        String file = db.startsWith("jdbc:sqlite:") ? db.substring("jdbc:sqlite:".length()) : db.startsWith("jdbc:") ? null : db;
        if (file != null) {
            int q = file.indexOf('?');
            file = q < 0 ? file : file.substring(0, q);
        }
        if (file != null && !file.isEmpty() && !file.equals(":memory:") && !file.startsWith("file:")
                && !Files.isRegularFile(Path.of(file))) {
            throw new MissingStore("no store at " + file + " (check --db; `frontline ingest --db " + db
                    + " PATH...` creates one)");
        }
        return db;
    }

    /** A store command named a store that does not exist. */
    static final class MissingStore extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingStore(String message) {
            super(message);
        }
    }
}
