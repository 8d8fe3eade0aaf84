package org.frontline.serve.export;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.frontline.store.EventBatch;
import org.frontline.store.EventQuery;
import org.frontline.store.EventStore;

/**
 * A streamed read whose batches are written on a thread of their own: the store reads the next
 * batch while the one before is turned into text, so an export uses two cores instead of
 * one. The batches keep their order (one writer, a queue), and at most {@link #AHEAD} of them wait
 * between the two threads, so memory stays that of a few batches whatever the store holds. A
 * failure on either side stops both and is thrown to the caller.
 */
public final class HandOff {
    /** Batches read ahead of the writer at most. */
    static final int AHEAD = 2;
    /** A page this small is read and written on the calling thread: a second one would not pay for itself. */
    static final int SMALL = 1000;
    private static final Object END = new Object();

    private HandOff() {
    }

    /** {@code store.forEachEvent(q, sink)}, with {@code sink} run on another thread; returns when it has taken every batch. */
    public static void forEachEvent(EventStore store, EventQuery q, Consumer<EventBatch> sink) {
        if (q.limit() <= SMALL) {
            store.forEachEvent(q, sink);
            return;
        }
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        Throwable[] failed = {null};
        Thread writer = new Thread(() -> {
            try {
                for (Object o = queue.take(); o != END; o = queue.take()) {
                    if (failed[0] == null) {
                        try {
                            sink.accept((EventBatch) o);
                        } catch (Throwable t) {
                            synchronized (failed) {
                                failed[0] = t;
                            }
                            // keep taking, so the reader is never left waiting on a full queue
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "export-writer");
        writer.setDaemon(true);
        writer.start();
        RuntimeException reading = null;
        try {
            store.forEachEvent(q, batch -> {
                synchronized (failed) {
                    if (failed[0] != null) {
                        throw new Stopped();
                    }
                }
                put(queue, batch);
            });
        } catch (RuntimeException e) {
            reading = e; // Stopped (perhaps wrapped by the store) when the writer failed: its failure is thrown below
        } finally {
            put(queue, END);
            join(writer);
        }
        synchronized (failed) {
            if (failed[0] instanceof RuntimeException r) {
                throw r;
            }
            if (failed[0] instanceof Error err) {
                throw err;
            }
            if (failed[0] != null) {
                throw new IllegalStateException(failed[0]);
            }
        }
        if (reading != null) {
            throw reading;
        }
    }

    private static void put(BlockingQueue<Object> queue, Object o) {
        try {
            queue.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("export interrupted", e);
        }
    }

    private static void join(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown through the store's read to stop it when the writer has failed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
