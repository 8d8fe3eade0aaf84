package org.frontline.cli;

import org.frontline.reason.ControlTimeline;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;

/** The control timeline of everything stored, as the control, contradictions and export commands read it. */
final class StoredTimeline {

    private StoredTimeline() {
    }

    static ControlTimeline of(EventStore store) {
        return ControlTimeline.build(store.mentions(EventQuery.all().page(Integer.MAX_VALUE, 0)), store.controls(null));
    }

    /**
     * What an export's notes need of the timeline (contradictions beside captures and sieges):
     * built from the capture and siege mentions alone, the only ones that make claims, so an
     * export of a million events does not hold every mention (issue 12). The notes are the same:
     * a contradiction is about a place some claim names, and those places are all still seen.
     * The two types are read at once, each on a thread (and, from a pooled store, a connection)
     * of its own, and put together in the same order as one after the other.
     */
    static ControlTimeline forNotes(EventStore store) {
        java.util.List<java.util.concurrent.CompletableFuture<java.util.List<org.frontline.model.DocEvent>>> reads =
                new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "notes-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            for (org.frontline.model.EventType t : java.util.List.of(org.frontline.model.EventType.TERRITORY_CAPTURED,
                    org.frontline.model.EventType.SIEGE)) {
                reads.add(java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> store.mentions(EventQuery.all().type(t).page(Integer.MAX_VALUE, 0)), pool));
            }
            java.util.List<org.frontline.model.DocEvent> claiming = new java.util.ArrayList<>();
            for (java.util.concurrent.CompletableFuture<java.util.List<org.frontline.model.DocEvent>> r : reads) {
                claiming.addAll(r.join());
            }
            return ControlTimeline.build(claiming, store.controls(null));
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            pool.shutdownNow();
        }
    }
}
