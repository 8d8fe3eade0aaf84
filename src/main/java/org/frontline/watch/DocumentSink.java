package org.frontline.watch;

import java.nio.file.Path;
import org.frontline.model.RawDocument;

/** Where the watcher's documents go: read, deduplicated, extracted and stored like any other. */
public interface DocumentSink {

    /** What storing one document did. */
    record Stored(String doc, String outcome, int events, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Stores a fetched page; {@code outlet} (may be null) stands in when the page names no outlet. */
    Stored store(RawDocument page, String outlet);

    /** Stores the documents in a file dropped into a watched folder (a file may hold several). */
    java.util.List<Stored> storeFile(Path file, String outlet);
}
