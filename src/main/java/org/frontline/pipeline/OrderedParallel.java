package org.frontline.pipeline;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps an iterator on worker threads and hands results back in input order. A feeder thread of
 * its own pulls the input and submits work, so pulling (reading files, or an earlier
 * OrderedParallel in a chain) overlaps with the work and with the caller. At most {@code window}
 * results wait to be taken, so memory stays bounded whatever the input size.
 */
public final class OrderedParallel<I, O> implements Iterator<O>, AutoCloseable {
    /** Marks the end of the input in the queue. */
    private static final Future<?> END = CompletableFuture.completedFuture(null);

    /** The input itself failed (not the work): rethrown as it was. */
    private static final class InputFailure extends RuntimeException {
        InputFailure(Throwable cause) {
            super(cause);
        }
    }

    private final ExecutorService pool;
    private final BlockingQueue<Future<?>> ready;
    private final Thread feeder;
    private Future<?> head;

    public OrderedParallel(Iterator<I> input, Function<I, O> work, int threads) {
        this.ready = new ArrayBlockingQueue<>(Math.max(1, threads * 4));
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "frontline-worker");
            t.setDaemon(true);
            return t;
        });
        this.feeder = new Thread(() -> feed(input, work), "frontline-feeder");
        feeder.setDaemon(true);
        feeder.start();
    }

    private void feed(Iterator<I> input, Function<I, O> work) {
        try {
            try {
                while (input.hasNext()) {
                    I item = input.next();
                    ready.put(pool.submit(() -> work.apply(item)));
                }
            } catch (RuntimeException | Error e) {
                ready.put(CompletableFuture.failedFuture(new InputFailure(e)));
            }
            ready.put(END);
        } catch (InterruptedException e) {
            // closed: nobody is waiting for the rest
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed while submitting
        }
    }

    @Override
    public boolean hasNext() {
        if (head == null) {
            try {
                head = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return head != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Future<?> f = head;
        head = null;
        try {
            return (O) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InputFailure in) {
                if (in.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) in.getCause();
            }
            throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        feeder.interrupt();
        pool.shutdownNow();
        try {
            // the feeder may be inside the input (a file read); let it leave before the input closes
            feeder.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
