package org.frontline.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option every store command shares. */
final class DbOption {
    @Option(names = "--db", defaultValue = "frontline.db", paramLabel = "DB",
            description = "SQLite file (default: ${DEFAULT-VALUE}) or jdbc:postgresql://host/db?user=...")
    String db;
}
