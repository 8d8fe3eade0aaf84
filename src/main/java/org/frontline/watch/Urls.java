package org.frontline.watch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A page's URL as the watcher keeps it, and the id its document is stored under. */
final class Urls {
    private Urls() {
    }

    /**
     * The URL without what does not name the page: the fragment, {@code utm_*} and other tracking
     * parameters; scheme and host lower-cased, a default port dropped.
     */
    static String canonical(String url) {
        URI u;
        try {
            u = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
        if (u.getHost() == null) {
            return url.strip();
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String query = u.getRawQuery() == null ? null : Stream.of(u.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !tracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("&"));
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port) + path
                + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private static boolean tracking(String name) {
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("ocid")
                || name.equals("cmpid") || name.equals("at_medium") || name.equals("at_campaign");
    }

    /**
     * The document id of a page: a name-based UUID of its canonical URL, as a WARC record id, so
     * the page's record in the WARC log and its stored document carry the same id and
     * {@code frontline ingest} of the WARC files gives back the same documents.
     */
    static String docId(String canonicalUrl) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("frontline-watch:" + canonicalUrl).getBytes(StandardCharsets.UTF_8));
    }
}
