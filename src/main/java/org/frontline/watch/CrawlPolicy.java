package org.frontline.watch;

import java.time.Duration;

/**
 * How politely and within which limits {@link PoliteFetcher} fetches.
 *
 * @param userAgent   sent with every request and matched against robots.txt (its first word)
 * @param hostDelay   the least time between two requests to one host
 * @param timeout     for connecting, and again for the whole of one response
 * @param maxBytes    the largest response body (after gzip) read; a larger one fails that URL
 * @param maxRedirects how many redirects one fetch follows
 * @param maxWait     the longest backoff waited out in place; a longer one defers the source
 */
public record CrawlPolicy(String userAgent, Duration hostDelay, Duration timeout, long maxBytes, int maxRedirects,
                          Duration maxWait) {

    public static final String USER_AGENT = "FrontlineWatch/0.1 (+https://github.com/frontline/frontline; conflict-news research; polite, honours robots.txt)";

    public static CrawlPolicy standard() {
        return new CrawlPolicy(USER_AGENT, Duration.ofSeconds(2), Duration.ofSeconds(30), 10L << 20, 5, Duration.ofSeconds(30));
    }

    public CrawlPolicy withHostDelay(Duration d) {
        return new CrawlPolicy(userAgent, d, timeout, maxBytes, maxRedirects, maxWait);
    }

    public CrawlPolicy withTimeout(Duration d) {
        return new CrawlPolicy(userAgent, hostDelay, d, maxBytes, maxRedirects, maxWait);
    }

    public CrawlPolicy withMaxBytes(long n) {
        return new CrawlPolicy(userAgent, hostDelay, timeout, n, maxRedirects, maxWait);
    }

    /** The robots.txt product token: the User-Agent's first word before any slash. */
    String robotsName() {
        String first = userAgent.strip().split("[\\s/]", 2)[0];
        return first.toLowerCase(java.util.Locale.ROOT);
    }
}
