package org.frontline.serve;

import com.sun.net.httpserver.HttpServer;
import java.time.Duration;
import org.eclipse.jetty.http.spi.JettyHttpServer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.frontline.Frontline;
import org.frontline.store.EventStore;

/**
 * {@code frontline serve}: the REST API (described at {@code /openapi.json}) and the web map at
 * {@code /}. The handlers are written to the JDK's {@code com.sun.net.httpserver} API; Jetty runs
 * them (through its implementation of that API), because the JDK's own server gives a slow or
 * stalled client a thread for as long as it likes. Here a connection that sends nothing is closed
 * after {@link Limits#idle}, a request body that trickles in below {@link Limits#minBytesPerSecond}
 * is dropped, headers are parsed without holding a thread, and the thread pool is bounded with a
 * bounded queue. Binds to 127.0.0.1 unless told otherwise; reads are open, writes need the token.
 *
 * <pre>
 * try (ApiServer s = ApiServer.start(store, frontline, ApiServer.Options.localhost(0, token))) {
 *     int port = s.port();
 * }
 * </pre>
 */
public final class ApiServer implements AutoCloseable {

    /** Where to listen, the write token (null: writes off) and how many requests run at once. */
    public record Options(String bind, int port, String token, int threads, Limits limits) {
        public Options(String bind, int port, String token, int threads) {
            this(bind, port, token, threads, Limits.DEFAULT);
        }

        public static Options localhost(int port, String token) {
            return new Options("127.0.0.1", port, token, 16);
        }

        public Options with(Limits l) {
            return new Options(bind, port, token, threads, l);
        }
    }

    /**
     * What a client may take of the server.
     *
     * @param idle              a connection silent this long is closed (also a blocked body read or write)
     * @param minBytesPerSecond a request body slower than this is dropped
     * @param maxThreads        threads serving requests; a slow body holds one at most {@code idle}
     * @param queue             requests waiting for a thread before new ones are refused
     */
    public record Limits(Duration idle, long minBytesPerSecond, int maxThreads, int queue) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(30), 2_048, 200, 1_024);
    }

    private final Server jetty;
    private final HttpServer http;
    private final ServerConnector connector;

    private final org.frontline.serve.api.Router router;

    private ApiServer(Server jetty, HttpServer http, ServerConnector connector, org.frontline.serve.api.Router router) {
        this.router = router;
        this.jetty = jetty;
        this.http = http;
        this.connector = connector;
    }

    /** Starts serving {@code store} (the caller keeps ownership of it); port 0 picks a free port. */
    public static ApiServer start(EventStore store, Frontline frontline, Options options) {
        Limits limits = options.limits();
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(8, limits.maxThreads()),
                Math.min(8, limits.maxThreads()), 60_000, new BlockingArrayQueue<>(16, 16, limits.queue()));
        threads.setName("frontline-http");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        jetty.setStopTimeout(2_000);
        HttpConfiguration config = new HttpConfiguration();
        config.setIdleTimeout(limits.idle().toMillis());
        config.setMinRequestDataRate(limits.minBytesPerSecond());
        config.setSendServerVersion(false);
        config.setSendDateHeader(false);
        config.setRequestHeaderSize(16 * 1024);
        ServerConnector connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(options.bind());
        connector.setPort(options.port());
        connector.setIdleTimeout(limits.idle().toMillis());
        connector.setAcceptQueueSize(128);
        jetty.addConnector(connector);
        jetty.setHandler(new org.eclipse.jetty.server.handler.ContextHandlerCollection());
        jetty.setErrorHandler(new JsonErrors());
        JettyHttpServer http = new JettyHttpServer(jetty, true, config);
        org.frontline.serve.api.Router router = org.frontline.serve.api.Router.of(store, frontline, options.token());
        http.createContext("/", router);
        try {
            jetty.start();
        } catch (Exception e) {
            try {
                jetty.stop();
            } catch (Exception ignored) {
                // the start failure is what the caller needs to hear about
            }
            throw new IllegalStateException("cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage(), e);
        }
        return new ApiServer(jetty, http, connector, router);
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        router.close();
        http.stop(0);
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping is best effort: the JVM is usually about to exit
        }
    }
}
