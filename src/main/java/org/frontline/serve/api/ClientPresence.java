package org.frontline.serve.api;

import com.sun.net.httpserver.HttpExchange;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.spi.JettyHttpExchange;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Whether the client of a request is still there. A long POST of many documents asks at each
 * document boundary and stops when its client has gone (issue 16): what is stored stays, one
 * transaction per document, and nobody is left to read the answer.
 *
 * <p>Jetty does not read a connection while its request is being handled, so a client that hangs
 * up is only noticed at the idle timeout. Once the body is read, a client waiting for its answer
 * sends nothing more (no client we know pipelines requests), so this asks Jetty to say when the
 * connection turns readable and reads one byte: an end of input is the client closing it. An idle
 * timeout of the interest, under load while the store waits for its write lock, is not (it was:
 * 200 clients got a 499 for a POST nobody left). The interest is withdrawn before the answer is
 * written, so the connection then reads its next request as usual.
 */
final class ClientPresence implements AutoCloseable {
    private final AtomicBoolean gone = new AtomicBoolean();
    private final AtomicBoolean fired = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final EndPoint endPoint;
    private final boolean watching;

    private ClientPresence(HttpExchange ex) {
        EndPoint ep = null;
        boolean w = false;
        if (ex instanceof JettyHttpExchange j) {
            // not Request.addFailureListener: an idle timeout while a slow store works is no hang-up
            Request r = j.getRequest();
            ep = r.getConnectionMetaData().getConnection().getEndPoint();
            w = ep.tryFillInterested(Callback.from(this::readable, this::failed));
        }
        this.endPoint = ep;
        this.watching = w;
    }

    /** Call once the request's body has been read whole. */
    static ClientPresence of(HttpExchange ex) {
        return new ClientPresence(ex);
    }

    /**
     * The connection turned readable. Only an end of input is a hang-up: a read of one byte tells
     * (a client waiting for its answer sends nothing, so nothing is lost); nothing to read yet asks
     * again.
     */
    private void readable() {
        if (closed.get()) {
            fired.set(true);
            return;
        }
        try {
            int n = endPoint.fill(BufferUtil.allocate(1));
            if (n < 0) {
                fired.set(true);
                gone.set(true);
            } else if (n == 0) {
                endPoint.tryFillInterested(Callback.from(this::readable, this::failed));
            } else {
                fired.set(true); // a byte of a next request: the client is there
            }
        } catch (java.io.IOException e) {
            fired.set(true);
            gone.set(true);
        }
    }

    /** The interest failed: an idle timeout while a slow store works is no hang-up (a closed connection shows in isOpen). */
    private void failed(Throwable failure) {
        fired.set(true);
    }

    boolean gone() {
        return gone.get() || endPoint != null && !endPoint.isOpen();
    }

    /** Withdraws the interest: call before answering. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && watching && !fired.get() && endPoint instanceof AbstractEndPoint a) {
            a.getFillInterest().onFail(new CancellationException("answered; the connection reads as usual"));
        }
    }
}
