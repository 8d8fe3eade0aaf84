package org.frontline.serve.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.frontline.serve.StoredJson;
import org.frontline.store.EventStore;
import org.frontline.store.StoredEvent;

/**
 * New and updated events as server-sent events: one thread looks at the store's generation every
 * {@code pollMillis} and, when a writer (a watcher, an ingest, a POST) moved it, reads the mentions
 * stored since it last looked and sends each event they belong to, once per change, to every
 * subscriber ({@code event: event}, {@code id:} the last mention id, so a reconnecting browser's
 * Last-Event-ID resumes where it left off). A comment line every {@code heartbeatMillis} keeps the
 * connection inside the server's idle timeout and tells a subscriber that went away.
 */
final class EventStream implements AutoCloseable {
    private static final int BATCH = 2_000;
    private final EventStore store;
    private final long pollMillis;
    private final long heartbeatMillis;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile long watermark;
    private volatile boolean closed;

    /** One connected client: its output, written by the stream's thread and the heartbeat alike (synchronised). */
    static final class Subscriber {
        private final OutputStream out;
        private volatile boolean gone;

        Subscriber(OutputStream out) {
            this.out = out;
        }

        synchronized void send(String frame) {
            if (gone) {
                return;
            }
            try {
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException | RuntimeException e) {
                gone = true; // the browser closed the page, or the connection died
            }
        }

        boolean gone() {
            return gone;
        }

        void end() {
            gone = true;
        }
    }

    EventStream(EventStore store, long pollMillis, long heartbeatMillis) {
        this.store = store;
        this.pollMillis = pollMillis;
        this.heartbeatMillis = heartbeatMillis;
        this.watermark = lastMention(0);
        this.thread = new Thread(this::run, "event-stream");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** The highest stored mention id, looking only past {@code from}. */
    private long lastMention(long from) {
        long w = from;
        for (List<Long> ids; !(ids = store.mentionIdsAfter(w, BATCH)).isEmpty(); ) {
            w = ids.get(ids.size() - 1);
        }
        return w;
    }

    int subscribers() {
        return subscribers.size();
    }

    long watermark() {
        return watermark;
    }

    /**
     * Holds the calling (request) thread and streams to {@code out} until the client goes away or
     * the server stops; first, what the client missed since {@code lastEventId} (at most a batch).
     */
    void serve(OutputStream out, Long lastEventId) throws InterruptedException {
        Subscriber s = new Subscriber(out);
        s.send("retry: 3000\n: connected\n\n");
        if (lastEventId != null && lastEventId < watermark) {
            send(List.of(s), lastEventId, watermark);
        }
        subscribers.add(s);
        try {
            while (!s.gone() && !closed) {
                Thread.sleep(heartbeatMillis);
                s.send(": heartbeat\n\n");
            }
        } finally {
            subscribers.remove(s);
        }
    }

    private void run() {
        long generation = store.generation();
        while (!closed) {
            try {
                Thread.sleep(pollMillis);
                long g = store.generation();
                if (g == generation) {
                    continue;
                }
                generation = g;
                long from = watermark;
                long to = lastMention(from);
                if (to > from) {
                    watermark = to;
                    send(subscribers, from, to);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a store hiccup (a busy file) is tried again at the next tick
                System.err.println("frontline serve: event stream: " + e.getMessage());
            }
        }
    }

    /** Each event holding a mention in (from, to], once, to each subscriber. */
    private void send(List<Subscriber> to, long from, long upTo) {
        if (to.isEmpty()) {
            return;
        }
        Map<String, StoredEvent> events = new LinkedHashMap<>();
        long w = from;
        for (List<Long> ids; w < upTo && !(ids = store.mentionIdsAfter(w, BATCH)).isEmpty(); ) {
            for (long id : ids) {
                if (id > upTo) {
                    break;
                }
                Optional<StoredEvent> e = store.event("mention:" + id);
                e.ifPresent(ev -> events.put(ev.id(), ev));
            }
            w = ids.get(ids.size() - 1);
        }
        List<String> frames = new ArrayList<>();
        for (StoredEvent e : events.values()) {
            ObjectNode o = StoredJson.tree(e);
            String json;
            try {
                json = HttpExchangeIO.JSON.writeValueAsString(o);
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                continue;
            }
            // JSON never holds a raw newline, so one data line carries the event
            frames.add("id: " + upTo + "\nevent: event\ndata: " + json + "\n\n");
        }
        for (Subscriber s : to) {
            frames.forEach(s::send);
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        subscribers.forEach(Subscriber::end);
    }
}
