package org.frontline.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.frontline.Frontline;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code frontline serve}: the REST API and the web map. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the REST API (/openapi.json) and the web map (/) over the store.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DbOption db;
    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;
    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String bind;
    @Option(names = "--token", description = "write token for POST /api/documents (default: $FRONTLINE_TOKEN; none: writes off)")
    String token;

    /** True for an address only this machine can reach (127.0.0.0/8, ::1, localhost). */
    static boolean isLoopback(String address) {
        try {
            return java.net.InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            System.err.println("frontline serve: --port must be 0-65535");
            return 2;
        }
        String writeToken = token != null ? token : System.getenv("FRONTLINE_TOKEN");
        if (writeToken != null && writeToken.isBlank()) {
            writeToken = null; // an empty token is no token: writes are off, and the banner says so
        }
        if (!isLoopback(bind)) {
            System.err.println("frontline serve: warning: listening on " + bind + " serves plain HTTP beyond this machine;"
                    + " put a TLS proxy in front of it" + (writeToken == null ? "" : ", or the write token travels in clear text"));
        }
        EventStore store = EventStore.openPooled(db.existing(), 8);
        ApiServer server;
        try {
            server = ApiServer.start(store, Frontline.standard(), new ApiServer.Options(bind, port, writeToken, 16));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        // SIGTERM and Ctrl-C end the JVM as soon as its hooks are done, not when this thread is: the
        // hook itself stops the server and closes the store, which checkpoints SQLite's -wal into the
        // .db file, so a copy of the .db alone holds every committed write
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                store.close();
            } finally {
                closed.countDown();
            }
        }, "frontline-shutdown"));
        System.err.printf("frontline: serving %s on http://%s:%d/ (API: /openapi.json; writes %s)%n", db.db, bind,
                server.port(), writeToken == null ? "off" : "need the token");
        closed.await();
        return 0;
    }
}
