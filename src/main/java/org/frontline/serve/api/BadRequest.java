package org.frontline.serve.api;

/** A request the API refuses, with the status and a message that says what to fix. */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    BadRequest(String message) {
        this(400, message);
    }

    BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }
}
