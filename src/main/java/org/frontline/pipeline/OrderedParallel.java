package org.frontline.pipeline;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps an iterator on worker threads and hands results back in input order. At most
 * {@code window} items are in flight, so memory stays bounded whatever the input size.
 */
public final class OrderedParallel<I, O> implements Iterator<O>, AutoCloseable {
    private final Iterator<I> input;
    private final Function<I, O> work;
    private final ExecutorService pool;
    private final ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();
    private final int window;

    public OrderedParallel(Iterator<I> input, Function<I, O> work, int threads) {
        this.input = input;
        this.work = work;
        this.window = Math.max(1, threads * 4);
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "frontline-worker");
            t.setDaemon(true);
            return t;
        });
    }

    private void fill() {
        while (inFlight.size() < window && input.hasNext()) {
            I item = input.next();
            inFlight.add(pool.submit(() -> work.apply(item)));
        }
    }

    @Override
    public boolean hasNext() {
        fill();
        return !inFlight.isEmpty();
    }

    @Override
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
