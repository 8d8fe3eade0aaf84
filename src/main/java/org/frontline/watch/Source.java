package org.frontline.watch;

import java.time.Duration;

/**
 * One source {@code frontline watch} follows.
 *
 * @param location the feed's or sitemap's URL, or a folder's path
 * @param outlet   who publishes it, when the pages do not say (may be null)
 * @param theatre  a hint where its stories happen ("Syria"; may be null): shown in the status
 */
public record Source(String location, SourceKind kind, Duration interval, String outlet, String theatre) {

    public Source {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("a source needs a url (or a folder for kind folder)");
        }
        if (interval == null || interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("poll interval of " + location + " must be at least 1s");
        }
    }

    /** The id it is kept under in the store: its location. */
    public String id() {
        return location;
    }
}
