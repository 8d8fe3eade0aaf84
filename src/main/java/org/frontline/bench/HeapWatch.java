package org.frontline.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap while a measurement runs, two ways: the highest heap use sampled every 10 ms
 * (includes garbage not yet collected, so it depends on -Xmx), and the highest heap left after
 * a collection (the live set: what the work really keeps). The second is the honest "memory
 * the pipeline needs"; the first is what the operating system sees.
 */
final class HeapWatch implements AutoCloseable {
    /** Peak figures in bytes. */
    record Peak(long sampledBytes, long liveAfterGcBytes) {
        double sampledMb() {
            return sampledBytes / 1048576.0;
        }

        double liveMb() {
            return liveAfterGcBytes / 1048576.0;
        }
    }

    private final AtomicLong sampled = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final AtomicLong notifications = new AtomicLong();
    private final Thread sampler;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private volatile boolean running = true;

    HeapWatch() {
        System.gc(); // start from the live set, not from the previous measurement's garbage
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                sampled.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long after = 0;
        for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            after += u.getUsed();
        }
        // the after-GC map also lists non-heap pools (Metaspace, code cache): count heap pools only
        long nonHeap = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.NON_HEAP) {
                MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                nonHeap += u == null ? 0 : u.getUsed();
            }
        }
        live.accumulateAndGet(after - nonHeap, Math::max);
        notifications.incrementAndGet();
    }

    /** Stops watching; forces one collection so a run without GCs still reports a live set. */
    Peak stop() {
        running = false;
        sampler.interrupt();
        sampled.accumulateAndGet(used(), Math::max);
        long seen = notifications.get();
        System.gc();
        try {
            for (int i = 0; i < 100 && notifications.get() == seen; i++) {
                Thread.sleep(10); // notifications are delivered asynchronously
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        return new Peak(sampled.get(), live.get());
    }

    @Override
    public void close() {
        running = false;
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already removed by an earlier close
            }
        }
        emitters.clear();
    }
}
