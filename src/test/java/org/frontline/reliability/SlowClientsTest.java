package org.frontline.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.frontline.Frontline;
import org.frontline.serve.ApiServer;
import org.frontline.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stalled and trickling clients cannot take the server down (issue 16): 64 connections that
 * stop mid-headers or announce a huge body and send three bytes are held open while 16 normal
 * clients are answered, each well under a second; the body that never comes is dropped after
 * the configured idle time. Loopback only, bounded in time.
 */
class SlowClientsTest {
    static final ApiServer.Limits LIMITS = new ApiServer.Limits(Duration.ofSeconds(2), 1_024, 200, 1_024);

    @TempDir
    Path dir;

    @Test
    void stalledConnectionsDoNotStopOtherClients() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.db").toString());
             ApiServer server = ApiServer.start(store, Frontline.standard(1),
                     new ApiServer.Options("127.0.0.1", 0, "slow-token", 16).with(LIMITS))) {
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 64; i++) {
                    Socket s = new Socket("127.0.0.1", server.port());
                    OutputStream out = s.getOutputStream();
                    String head = i % 2 == 0
                            ? "GET /api/range HTTP/1.1\r\nHost: x\r\n"                      // headers never finished
                            : "POST /api/documents?id=slow HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer slow-token\r\n"
                                    + "Content-Type: text/plain\r\nContent-Length: 100000000\r\n\r\nabc"; // a body that never comes
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    stalled.add(s);
                }
                ExecutorService pool = Executors.newFixedThreadPool(16);
                List<Future<Long>> answers = new ArrayList<>();
                Http http = new Http(server.port());
                for (int i = 0; i < 16; i++) {
                    answers.add(pool.submit(() -> {
                        long t0 = System.nanoTime();
                        assertEquals(200, http.get("/api/range").statusCode());
                        return (System.nanoTime() - t0) / 1_000_000;
                    }));
                }
                pool.shutdown();
                for (Future<Long> a : answers) {
                    long ms = a.get(30, TimeUnit.SECONDS);
                    assertTrue(ms < 1_000, "a normal client waited " + ms + " ms behind stalled ones");
                }
                // the POST whose body never comes is dropped after the idle time, not held for ever
                Socket trickle = stalled.get(1);
                trickle.setSoTimeout(15_000);
                long t0 = System.nanoTime();
                InputStream in = trickle.getInputStream();
                try {
                    while (in.read() >= 0) {
                        // an error status may come first; the connection must then close
                    }
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("a body that never came held its connection for 15 s", e);
                } catch (java.io.IOException e) {
                    // reset by the server: dropped, as it should be
                }
                long waited = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(waited < 10_000, "dropped only after " + waited + " ms");
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
        }
    }
}
