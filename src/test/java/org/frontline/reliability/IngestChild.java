package org.frontline.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.store.EventStore;
import org.frontline.store.IngestOutcome;

/**
 * Child-process driver for the crash tests: {@code IngestChild DB PATH...} does exactly what
 * {@code frontline ingest} does (IngestCommand: one Frontline, one store, Ingestion per document)
 * and prints a line per stored document, so the parent can aim its kill -9 mid-ingest.
 * Lives in test code: the child runs on the test classpath.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            paths.add(Path.of(args[i]));
        }
        try (EventStore store = EventStore.open(args[0]);
             Stream<Frontline.Extracted> docs = Frontline.standard(1).extractWithArticles(paths)) {
            System.out.println("ready");
            System.out.flush();
            Ingestion ingestion = new Ingestion(store, new EventClusterer());
            docs.forEach(x -> {
                IngestOutcome o = ingestion.ingest(x);
                System.out.println("stored " + o.doc() + " " + o.kind() + " " + o.mentionCount());
                System.out.flush();
            });
        }
        System.out.println("done");
        System.out.flush();
        System.exit(0);
    }
}
