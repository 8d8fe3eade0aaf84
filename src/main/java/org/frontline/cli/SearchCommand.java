package org.frontline.cli;

import java.util.concurrent.Callable;
import org.frontline.serve.TextTable;
import org.frontline.store.EventStore;
import org.frontline.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code frontline search "words"}: full-text search over stored article text. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Finds stored documents containing all the words.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    DbOption db;
    @Parameters(index = "0", paramLabel = "WORDS")
    String words;
    @Option(names = "--limit", defaultValue = "20")
    int limit;

    @Override
    public Integer call() {
        if (words.isBlank() || limit <= 0) {
            System.err.println("frontline search: give some words and a positive --limit");
            return 2;
        }
        try (EventStore store = EventStore.open(db.existing())) {
            for (SearchHit h : store.search(words, limit)) {
                System.out.printf("%s  %s%n    %s%n", h.doc(), h.title() == null ? "" : TextTable.oneLine(h.title()),
                        TextTable.oneLine(h.snippet()));
            }
        }
        return 0;
    }
}
