package org.frontline.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.frontline.Frontline;
import org.frontline.store.EventStore;

/**
 * {@code frontline serve}: the REST API (described at {@code /openapi.json}) and the web map at
 * {@code /}, on the JDK's HTTP server. Binds to 127.0.0.1 unless told otherwise; reads are open,
 * writes need the token.
 *
 * <pre>
 * try (ApiServer s = ApiServer.start(store, new ApiServer.Options("127.0.0.1", 0, token, 8))) {
 *     int port = s.port();
 * }
 * </pre>
 */
public final class ApiServer implements AutoCloseable {

    /** Where to listen, the write token (null: writes off) and how many requests run at once. */
    public record Options(String bind, int port, String token, int threads) {
        public static Options localhost(int port, String token) {
            return new Options("127.0.0.1", port, token, 16);
        }
    }

    private final HttpServer server;
    private final ExecutorService pool;

    private ApiServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /** Starts serving {@code store} (the caller keeps ownership of it); port 0 picks a free port. */
    public static ApiServer start(EventStore store, Frontline frontline, Options options) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 128);
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, options.threads()), r -> {
                Thread t = new Thread(r, "frontline-http");
                t.setDaemon(true);
                return t;
            });
            http.setExecutor(pool);
            http.createContext("/", org.frontline.serve.api.Router.of(store, frontline, options.token()));
            http.start();
            return new ApiServer(http, pool);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + options.bind() + ":" + options.port(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
