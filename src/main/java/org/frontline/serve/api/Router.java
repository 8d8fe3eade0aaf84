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

    private Router(List<Routes> routes, byte[] openApi) {
        this.routes = routes;
        this.openApi = openApi;
    }

    public static Router of(EventStore store, Frontline frontline, String token) {
        Reasoning reasoning = new Reasoning(store);
        Ingestion ingestion = new Ingestion(store, new EventClusterer());
        try (InputStream in = Router.class.getResourceAsStream("/serve/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("missing /serve/openapi.json");
            }
            return new Router(List.of(new EventRoutes(store), new PlaceRoutes(reasoning),
                    new DocumentRoutes(store, ingestion, frontline, new WriteToken(token)), new ExportRoutes(store, reasoning),
                    new StreamRoutes(store), new StaticFiles()), in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        } catch (BadRequest e) {
            HttpExchangeIO.error(ex, e.status, e.getMessage());
        } catch (RuntimeException e) {
            System.err.println("frontline serve: " + method + " " + path + ": " + e);
            HttpExchangeIO.error(ex, 500, "internal error; the server log has the details");
        }
    }
}
