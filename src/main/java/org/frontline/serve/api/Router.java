package org.frontline.serve.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.reason.EventClusterer;
import org.frontline.store.EventStore;

/**
 * Sends each request to the first route group that takes it; turns refusals into 4xx JSON and
 * anything unexpected into a 500 that does not leak internals.
 */
public final class Router implements HttpHandler, AutoCloseable {
    private final List<Routes> routes;
    private final byte[] openApi;
    private final EventStore store;
    /** Part of every ETag: another server process (another build, maybe) never answers a tag this one made. */
    private final String boot = Long.toHexString(System.currentTimeMillis());

    private Router(List<Routes> routes, byte[] openApi, EventStore store) {
        this.routes = routes;
        this.openApi = openApi;
        this.store = store;
    }

    public static Router of(EventStore store, Frontline frontline, String token) {
        Reasoning reasoning = new Reasoning(store);
        Ingestion ingestion = new Ingestion(store, new EventClusterer());
        Uploads uploads = Uploads.standard();
        uploads.sweep(); // bodies of requests a killed server was reading
        try (InputStream in = Router.class.getResourceAsStream("/serve/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("missing /serve/openapi.json");
            }
            return new Router(List.of(new EventRoutes(store), new PlaceRoutes(reasoning),
                    new DocumentRoutes(store, ingestion, frontline, new WriteToken(token), uploads), new ExportRoutes(store, reasoning),
                    new StreamRoutes(store), new StaticFiles()), in.readAllBytes(), store);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every read answer is a function of the stored data, which only a committed write changes,
     * and each such write moves the store's generation: the generation is the answer's version.
     * It is read before the answer is made, so a write landing meanwhile gives a newer answer an
     * older tag, which only costs the client one more full answer. The tag says whether the client
     * takes gzip, as a compressed answer is another representation (Jetty's header code refuses
     * weak W/ tags, so tags are strong). Cache-Control stays no-cache: a cache asks every time,
     * and a 304 answers for the cost of one lookup.
     */
    private boolean notModified(HttpExchange ex) throws IOException {
        String accept = String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding"));
        String tag = "\"" + store.generation() + "-" + boot + (accept.contains("gzip") ? "-gz" : "") + "\"";
        ex.getResponseHeaders().set("ETag", tag);
        String match = ex.getRequestHeaders().getFirst("If-None-Match");
        if (match == null || java.util.Arrays.stream(match.split(",")).map(String::strip)
                .map(m -> m.startsWith("W/") ? m.substring(2) : m).noneMatch(m -> m.equals("*") || m.equals(tag))) {
            return false;
        }
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return true;
    }

    /** Ends the open event streams (the server is stopping). */
    @Override
    public void close() {
        for (Routes r : routes) {
            if (r instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // stopping is best effort
                }
            }
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        PerGeneration.newRequest();
        // HEAD is GET without the body (HttpExchangeIO.send leaves it out)
        String method = ex.getRequestMethod().equals("HEAD") ? "GET" : ex.getRequestMethod();
        String path;
        try {
            path = ex.getRequestURI().getRawPath();
        } catch (IllegalArgumentException e) {
            // a request target the server passed on but no URI can hold ("%ZZ")
            HttpExchangeIO.error(ex, 400, "malformed percent-encoding in the request target");
            return;
        }
        try {
            if (path.equals("/openapi.json") && method.equals("GET")) {
                HttpExchangeIO.send(ex, 200, "application/json", openApi);
                return;
            }
            // the event stream never ends and the sources' poll state moves without a store write: no tags
            if (method.equals("GET") && path.startsWith("/api/") && !path.equals("/api/stream")
                    && !path.equals("/api/sources") && notModified(ex)) {
                return;
            }
            for (Routes r : routes) {
                if (r.handle(method, path, ex)) {
                    return;
                }
            }
            boolean known = method.equals("GET") || method.equals("POST");
            if (!known) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD, POST");
            }
            HttpExchangeIO.error(ex, known ? 404 : 405, "no such endpoint: " + method + " " + path + " (see /openapi.json)");
        } catch (HttpExchangeIO.StreamBroken e) {
            // the status is sent already: failing the exchange makes Jetty abort the connection
            System.err.println("frontline serve: " + method + " " + path + ": stopped mid-answer: " + e.getCause());
            throw new IOException("answer stopped mid-stream", e.getCause());
        } catch (BadRequest e) {
            HttpExchangeIO.error(ex, e.status, e.getMessage());
        } catch (RuntimeException e) {
            System.err.println("frontline serve: " + method + " " + path + ": " + e);
            HttpExchangeIO.error(ex, 500, "internal error; the server log has the details");
        }
    }
}
