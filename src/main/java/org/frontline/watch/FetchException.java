package org.frontline.watch;

import java.io.IOException;

/** Why a fetch gave no usable response, in words for the log and the status. */
public final class FetchException extends IOException {

    /** What the failure says about trying again. */
    public enum Kind {
        /** The network, a timeout, a 429 or 5xx, a backoff: try again at the next poll, as often as it takes. */
        TRANSIENT,
        /** A 4xx: the page may yet appear; try again when a listing names it, a few times. */
        GONE,
        /** robots.txt, a size limit, a redirect loop, a URL we do not fetch: never try again. */
        REFUSED
    }

    private final Kind kind;

    public FetchException(String message, Kind kind) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
