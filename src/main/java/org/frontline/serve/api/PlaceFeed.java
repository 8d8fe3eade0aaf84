package org.frontline.serve.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.DocControl;
import org.frontline.model.DocEvent;
import org.frontline.reason.PlaceStates;
import org.frontline.reason.Reasoned;
import org.frontline.reason.Sides;
import org.frontline.store.DocumentTouches;
import org.frontline.store.EventStore;
import org.frontline.store.DocumentRecords;

/**
 * Keeps {@link PlaceStates} in step with the store: the first call reads every document once, each
 * later one reads the store's write log from where the last stopped and hands over only the
 * documents written since, as they are now (a replaced document's old word is remembered by the
 * states, its rows being gone). Used by one thread at a time ({@link PerGeneration}).
 */
final class PlaceFeed {
    private static final int PAGE = 500;

    private final EventStore store;
    private final PlaceStates states;
    /** Where the write log was read to; below zero before the first reading. */
    private long logPosition = -1;

    PlaceFeed(EventStore store, Sides sides) {
        this.store = store;
        this.states = new PlaceStates(sides);
    }

    Reasoned advance() {
        return advance(store);
    }

    /**
     * As {@link #advance()}, the writes since read through {@code via}: inside a write transaction,
     * the writer, which sees the transaction's own rows. The first reading goes through the feed's
     * own store all the same.
     */
    Reasoned advance(EventStore via) {
        if (logPosition < 0) {
            // the log's position first: whatever is written while we read is read again next time
            long position = store.touchPosition();
            List<String> docs = List.copyOf(store.documentSummaries().keySet());
            states.clear();
            // a page of documents at a time: what is kept is their reports, never every mention at once
            for (int i = 0; i < docs.size(); i += PAGE) {
                List<String> page = docs.subList(i, Math.min(docs.size(), i + PAGE));
                hand(byDocument(store.recordsOfDocuments(page), page));
            }
            logPosition = position;
        } else {
            DocumentTouches touched = via.documentsTouchedAfter(logPosition);
            if (!touched.docs().isEmpty()) {
                hand(byDocument(via.recordsOfDocuments(touched.docs()), touched.docs()));
            }
            logPosition = touched.upTo();
        }
        return states.snapshot();
    }

    /** The write log's position the states are up to; below zero before the first reading. */
    long position() {
        return logPosition;
    }

    /** What the last {@link #advance} changed. */
    PlaceStates.Changes lastChanges() {
        return states.lastChanges();
    }

    private void hand(Map<String, DocumentRecords> byDocument) {
        byDocument.forEach((doc, r) -> states.document(doc, r.mentions(), r.controls()));
    }

    /** The records by document, with {@code docs} there even when they hold none (they are gone). */
    private static Map<String, DocumentRecords> byDocument(DocumentRecords records, List<String> docs) {
        Map<String, List<DocEvent>> mentions = new HashMap<>();
        Map<String, List<DocControl>> controls = new HashMap<>();
        docs.forEach(d -> mentions.put(d, new ArrayList<>()));
        records.mentions().forEach(m -> mentions.computeIfAbsent(m.doc(), d -> new ArrayList<>()).add(m));
        records.controls().forEach(c -> controls.computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(c));
        controls.keySet().forEach(d -> mentions.putIfAbsent(d, new ArrayList<>()));
        Map<String, DocumentRecords> out = new HashMap<>();
        mentions.forEach((d, m) -> out.put(d, new DocumentRecords(m, controls.getOrDefault(d, List.of()))));
        return out;
    }
}
