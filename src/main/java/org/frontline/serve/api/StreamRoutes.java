package org.frontline.serve.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import org.frontline.store.EventStore;
import org.frontline.store.WatchLedger;

/**
 * {@code /api/stream}: new and updated events as server-sent events; {@code /api/sources}: what
 * {@code frontline watch} follows into this store. Reads, so open like every read.
 */
final class StreamRoutes implements Routes, AutoCloseable {
    /** Streams held open at once; each holds a server thread. */
    static final int MAX_SUBSCRIBERS = Integer.getInteger("frontline.maxStreams", 32);
    private final EventStore store;
    private final EventStream stream;

    StreamRoutes(EventStore store) {
        this.store = store;
        this.stream = new EventStream(store, Long.getLong("frontline.streamPollMillis", 1_000),
                Long.getLong("frontline.streamHeartbeatMillis", 10_000));
    }

    @Override
    public boolean handle(String method, String path, HttpExchange ex) throws IOException {
        if (!method.equals("GET")) {
            return false;
        }
        if (path.equals("/api/stream")) {
            stream(ex);
        } else if (path.equals("/api/sources")) {
            sources(ex);
        } else {
            return false;
        }
        return true;
    }

    private void stream(HttpExchange ex) throws IOException {
        if (stream.subscribers() >= MAX_SUBSCRIBERS) {
            ex.getResponseHeaders().set("Retry-After", "30");
            HttpExchangeIO.error(ex, 503, "too many open streams (" + MAX_SUBSCRIBERS + "); try again later");
            return;
        }
        Long last = null;
        String lastId = ex.getRequestHeaders().getFirst("Last-Event-ID");
        if (lastId != null && lastId.strip().matches("\\d{1,18}")) {
            last = Long.parseLong(lastId.strip());
        }
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("X-Accel-Buffering", "no");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(200, -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(200, 0);
        try {
            stream.serve(ex.getResponseBody(), last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ex.close();
        }
    }

    private void sources(HttpExchange ex) throws IOException {
        ObjectNode out = HttpExchangeIO.JSON.createObjectNode();
        ArrayNode arr = out.putArray("sources");
        for (WatchLedger.SourceStatus s : store.watchedSources()) {
            ObjectNode o = arr.addObject();
            o.put("source", s.sourceId());
            o.put("kind", s.kind());
            o.put("outlet", s.outlet());
            o.put("last_poll", s.lastPoll());
            o.put("last_success", s.lastSuccess());
            o.put("last_error", s.lastError());
            o.put("consecutive_errors", s.consecutiveErrors());
            o.put("polls", s.polls());
            o.put("items_seen", s.itemsSeen());
            o.put("items_stored", s.itemsStored());
            o.put("items_pending", s.itemsPending());
            o.put("items_failed", s.itemsFailed());
            o.put("events", s.events());
        }
        HttpExchangeIO.json(ex, 200, out);
    }

    @Override
    public void close() {
        stream.close();
    }
}
