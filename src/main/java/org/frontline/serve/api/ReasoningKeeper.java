package org.frontline.serve.api;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.frontline.reason.PlaceStates;
import org.frontline.reason.Reasoned;
import org.frontline.reason.Sides;
import org.frontline.store.EventStore;
import org.frontline.store.PlaceDay;
import org.frontline.store.PlaceDayChange;
import org.frontline.store.WriteFollower;

/**
 * Keeps the control and siege reasoning ({@link PlaceFeed}) and the answers on a day stored from it
 * ({@code place_day}) in step with the store: inside each write transaction it reads what the
 * write touched, remakes those places and stores their runs ({@link DayRuns}), so the write and
 * its answers commit together and a request reads them without waiting. The state in memory is
 * trusted only while it stands where the stored runs do: a write that rolled back after it
 * followed, or runs moved by someone else, make it read everything again (on a thread of its own;
 * meanwhile writes leave the runs behind and requests wait for {@link #current} a while).
 */
final class ReasoningKeeper implements WriteFollower {
    private final EventStore store;
    private final Sides sides;
    private final DayRuns runs;
    /** Null until the first reading is done, and again after a failure. Guarded by this. */
    private PlaceFeed feed;
    private Reasoned last;
    /** The stored runs are to be written anew: the feed was read from scratch. */
    private boolean rewrite;
    private CompletableFuture<Void> loading;
    private CompletableFuture<Void> catching;

    ReasoningKeeper(EventStore store, Sides sides) {
        this.store = store;
        this.sides = sides;
        this.runs = new DayRuns(new PlaceJson(sides));
        store.followWrites(this);
    }

    @Override
    public void follow(EventStore tx) {
        synchronized (this) {
            if (feed == null) {
                load(); // not inside a write: a first reading takes seconds on a large store
                return;
            }
            try {
                long stored = tx.placeDaysPosition();
                if (!rewrite && stored != feed.position()) {
                    forget("the stored answers stand at write " + stored + ", the reasoning at " + feed.position());
                    return;
                }
                Reasoned r = feed.advance(tx);
                PlaceStates.Changes c = feed.lastChanges();
                boolean whole = rewrite || c.all();
                if (whole) {
                    tx.keepPlaceDays(PlaceDayChange.whole(runs.of(r, null, null), feed.position()));
                } else if (stored != feed.position() || !c.parts().isEmpty() || !c.sieges().isEmpty()) {
                    List<PlaceDay> rows = runs.of(r, c.parts(), c.sieges());
                    tx.keepPlaceDays(new PlaceDayChange(false, c.parts(), c.sieges(), rows, feed.position()));
                }
                last = r;
                rewrite = false;
            } catch (RuntimeException e) {
                forget(e.toString());
            }
        }
    }

    /** The reasoning over everything stored now: read once, then brought up to the last write. */
    Reasoned current() {
        CompletableFuture<Void> wait;
        synchronized (this) {
            load();
            wait = loading;
        }
        if (wait != null) {
            wait.join();
        }
        long now = store.touchPosition();
        synchronized (this) {
            if (feed != null && feed.position() >= now && !rewrite && last != null) {
                return last;
            }
        }
        store.catchUpFollower(); // a write transaction of its own, which runs follow
        synchronized (this) {
            if (last == null) {
                throw new IllegalStateException("the control reasoning could not be brought up to write " + now);
            }
            return last;
        }
    }

    /** Starts reading the store now (on a thread of its own), so that the first writes find the reasoning in memory. */
    synchronized void start() {
        load();
    }

    /** The reasoning is in memory: catching up with a write costs the places it touched. */
    synchronized boolean ready() {
        return feed != null && loading == null;
    }

    /** {@link #current} on a thread of its own, one at a time: for a request that found the stored answers behind. */
    synchronized CompletableFuture<Void> catchUp() {
        if (catching == null) {
            catching = CompletableFuture.runAsync(this::current, ReasoningKeeper::daemon)
                    .whenComplete((v, e) -> {
                        synchronized (this) {
                            catching = null;
                        }
                    });
        }
        return catching;
    }

    /** Starts the first reading, unless it is done or under way. Under the lock. */
    private void load() {
        if (feed != null || loading != null) {
            return;
        }
        loading = CompletableFuture.runAsync(() -> {
            PlaceFeed f = new PlaceFeed(store, sides);
            Reasoned r = f.advance();
            synchronized (this) {
                feed = f;
                last = r;
                rewrite = true;
            }
        }, ReasoningKeeper::daemon).whenComplete((v, e) -> {
            synchronized (this) {
                loading = null;
            }
            if (e != null) {
                System.err.println("frontline: cannot read the store for the control reasoning: " + e);
            }
        });
    }

    /** Drops the state in memory and reads everything again. Under the lock. */
    private void forget(String why) {
        System.err.println("frontline: the control reasoning reads the store again (" + why + ")");
        feed = null;
        last = null;
        load();
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "frontline-reasoning");
        t.setDaemon(true);
        t.start();
    }
}
