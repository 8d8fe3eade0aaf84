package org.frontline.store;

import java.util.List;

/**
 * The documents written after a position of the store's write log, each once, and the position
 * the log has reached with them: pass it to the next call to see only what is newer.
 */
public record DocumentTouches(long upTo, List<String> docs) {

    public DocumentTouches {
        docs = List.copyOf(docs);
    }
}
