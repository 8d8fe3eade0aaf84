package org.frontline.store;

/**
 * Keeps something derived from the store in step with it, inside each write transaction: it runs
 * last in every write, reads through {@code store} (which sees the transaction's own writes) and
 * writes what it derives there, so a document and what follows from it commit together. It must
 * not throw: a failure to derive must not cost the document (it can catch up later through
 * {@link EventStore#catchUpFollower}).
 */
@FunctionalInterface
public interface WriteFollower {
    void follow(EventStore store);
}
