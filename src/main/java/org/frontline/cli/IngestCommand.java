package org.frontline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.ingest.Progress;
import org.frontline.ingest.Summary;
import org.frontline.reason.EventClusterer;
import org.frontline.store.EventStore;
import org.frontline.store.IngestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code frontline ingest}: extract and store, one transaction per document. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extracts events from PATHs and stores them. Idempotent: the same document again changes nothing.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Mixin
    DateOptions dateOptions = new DateOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                System.err.println("frontline ingest: no such file or folder: " + p);
                return 2;
            }
        }
        Summary summary = new Summary();
        List<String> notStored = new java.util.ArrayList<>();
        Progress progress = Progress.onConsole();
        try (EventStore store = EventStore.open(db.db);
             Stream<Frontline.Extracted> docs = Frontline.standard().with(dateOptions.dates()).extractWithArticles(paths)) {
            Ingestion ingestion = new Ingestion(store, new EventClusterer());
            docs.forEach(x -> {
                IngestOutcome o = ingestion.ingest(x);
                summary.add(o);
                if (o.kind() == IngestOutcome.Kind.FAILED) {
                    System.err.println("\r" + o.doc() + ": " + o.reason());
                }
                if (!o.stored()) {
                    notStored.add(o.doc());
                }
                progress.step(summary.documents(), o.doc());
            });
            progress.done();
            System.err.println(summary + "; store now holds " + store.stats());
        }
        if (!notStored.isEmpty()) {
            // a batch that stored fewer documents than it read must not look like a success
            System.err.println("frontline ingest: " + notStored.size() + " document(s) not stored: "
                    + String.join(", ", notStored.subList(0, Math.min(20, notStored.size())))
                    + (notStored.size() > 20 ? ", ..." : "") + " (run again to store them)");
            return 1;
        }
        return 0;
    }
}
