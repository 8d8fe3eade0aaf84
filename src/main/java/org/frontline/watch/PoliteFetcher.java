package org.frontline.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The JDK HttpClient, made polite: a clear User-Agent, robots.txt honoured (crawler-commons),
 * one request at a time per host and {@link CrawlPolicy#hostDelay} apart, backoff on 429 and 5xx
 * (Retry-After obeyed), conditional GET, gzip, bounded redirects (loops refused), and per response
 * a timeout and a size limit. Every response received is written to the WARC log when there is one.
 */
public final class PoliteFetcher implements Fetcher, AutoCloseable {
    private static final Duration ROBOTS_TTL = Duration.ofHours(24);
    private static final Duration ROBOTS_ERROR_TTL = Duration.ofMinutes(10);
    private final HttpClient client;
    private final CrawlPolicy policy;
    private final HostGate gate;
    private final WarcLog warc;
    private final Clock clock;
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();
    private final Map<String, Object> robotsLocks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-timeouts");
        t.setDaemon(true);
        return t;
    });

    /** A host's rules until a time; {@code why} says why it allows nothing, when it does not come from the file. */
    private record Robots(BaseRobotRules rules, Instant until, String why) {
        Robots(BaseRobotRules rules, Instant until) {
            this(rules, until, "");
        }
    }

    /** A response as received: status, headers, the raw (maybe gzipped) body. */
    private record Raw(URI uri, int status, HttpResponse<?> head, byte[] body, Instant at) {
    }

    /**
     * A fetcher writing every response to rolling WARC files in {@code warcFolder} (null: none),
     * each up to about {@code warcFileBytes}.
     */
    public static PoliteFetcher create(CrawlPolicy policy, Path warcFolder, long warcFileBytes) throws IOException {
        return new PoliteFetcher(policy, warcFolder == null ? null : new WarcLog(warcFolder, warcFileBytes), Clock.systemUTC());
    }

    PoliteFetcher(CrawlPolicy policy, WarcLog warc, Clock clock) {
        this.policy = policy;
        this.warc = warc;
        this.clock = clock;
        this.gate = new HostGate(policy.hostDelay(), policy.maxWait(), clock);
        this.client = HttpClient.newBuilder().connectTimeout(policy.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public Fetched get(URI uri, String etag, String lastModified, ArchiveTag archiveTag) throws FetchException {
        URI current = uri;
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            checkScheme(current);
            if (!visited.add(current)) {
                throw new FetchException(uri + ": redirect loop at " + current, FetchException.Kind.REFUSED);
            }
            Robots rules = robots(current);
            if (!rules.rules().isAllowed(current.toString())) {
                throw new FetchException(current + ": disallowed by robots.txt" + rules.why(), rules.why().isEmpty() ? FetchException.Kind.REFUSED : FetchException.Kind.TRANSIENT);
            }
            Raw r = request(current, hop == 0 ? etag : null, hop == 0 ? lastModified : null, archiveTag);
            int s = r.status();
            if (s >= 300 && s < 400 && s != 304) {
                Optional<String> location = r.head().headers().firstValue("location");
                if (location.isEmpty()) {
                    throw new FetchException(current + ": " + s + " without a Location", FetchException.Kind.REFUSED);
                }
                if (hop >= policy.maxRedirects()) {
                    throw new FetchException(uri + ": more than " + policy.maxRedirects() + " redirects", FetchException.Kind.REFUSED);
                }
                try {
                    current = current.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(current + ": bad redirect Location " + location.get(), FetchException.Kind.REFUSED);
                }
                continue;
            }
            if (s == 304 || (s >= 200 && s < 300)) {
                byte[] body = s == 304 ? new byte[0] : decoded(r);
                var h = r.head().headers();
                return new Fetched(current, s, body, h.firstValue("content-type").orElse(null),
                        h.firstValue("etag").orElse(null), h.firstValue("last-modified").orElse(null), r.at());
            }
            FetchException.Kind kind = s == 429 || s == 408 || s >= 500 ? FetchException.Kind.TRANSIENT : FetchException.Kind.GONE;
            throw new FetchException(current + ": HTTP " + s + (s == 429 || s == 503
                    ? r.head().headers().firstValue("retry-after").map(v -> " (Retry-After " + v + ")").orElse("") : ""),
                    kind);
        }
    }

    private static void checkScheme(URI u) throws FetchException {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
            throw new FetchException(u + ": only http and https URLs are fetched", FetchException.Kind.REFUSED);
        }
    }

    /** One request, in the host's turn; the host's next turn is set by how it answered. */
    private Raw request(URI uri, String etag, String lastModified, ArchiveTag archiveTag) throws FetchException {
        String host = authority(uri);
        gate.acquire(host);
        Duration backoff = null;
        boolean failed = true;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(policy.timeout()).GET()
                    .header("User-Agent", policy.userAgent()).header("Accept-Encoding", "gzip")
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5");
            if (etag != null) {
                b.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                b.header("If-Modified-Since", lastModified);
            }
            HttpResponse<InputStream> resp;
            try {
                resp = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new FetchException(uri + ": " + describe(e), FetchException.Kind.TRANSIENT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(uri + ": interrupted", FetchException.Kind.TRANSIENT);
            }
            byte[] body = readBody(uri, resp);
            Instant at = clock.instant();
            int s = resp.statusCode();
            if (s == 429 || s == 503) {
                backoff = retryAfter(resp.headers().firstValue("retry-after").orElse(null), at);
            }
            failed = s == 429 || s >= 500;
            if (warc != null) {
                try {
                    warc.write((s >= 200 && s < 300) ? archiveTag : null, uri, at, s, resp.headers().map(), body);
                } catch (IOException e) {
                    throw new FetchException("cannot write the WARC log: " + e.getMessage(), FetchException.Kind.TRANSIENT);
                }
            }
            return new Raw(uri, s, resp, body, at);
        } finally {
            gate.release(host, backoff, failed);
        }
    }

    /** The body as sent (maybe gzipped), at most {@code maxBytes}, within the timeout. */
    private byte[] readBody(URI uri, HttpResponse<InputStream> resp) throws FetchException {
        InputStream in = resp.body();
        long declared = resp.headers().firstValueAsLong("content-length").orElse(-1);
        if (declared > policy.maxBytes()) {
            closeQuietly(in);
            throw new FetchException(uri + ": response of " + declared + " bytes is over the limit of " + policy.maxBytes(), FetchException.Kind.REFUSED);
        }
        ScheduledFuture<?> stop = watchdog.schedule(() -> closeQuietly(in), policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        try (in) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
            if (body.length > policy.maxBytes()) {
                throw new FetchException(uri + ": response over the limit of " + policy.maxBytes() + " bytes", FetchException.Kind.REFUSED);
            }
            return body;
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            if (System.nanoTime() - started >= policy.timeout().toNanos() - 50_000_000L) {
                throw new FetchException(uri + ": response not complete within " + policy.timeout().toSeconds() + " s", FetchException.Kind.TRANSIENT);
            }
            throw new FetchException(uri + ": " + describe(e), FetchException.Kind.TRANSIENT);
        } finally {
            stop.cancel(false);
        }
    }

    private byte[] decoded(Raw r) throws FetchException {
        String enc = r.head().headers().firstValue("content-encoding").orElse("").strip().toLowerCase(java.util.Locale.ROOT);
        if (!enc.equals("gzip") && !enc.equals("x-gzip")) {
            return r.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > policy.maxBytes()) {
                    throw new FetchException(r.uri() + ": gzipped response over the limit of " + policy.maxBytes() + " bytes", FetchException.Kind.REFUSED);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException(r.uri() + ": bad gzip body: " + describe(e), FetchException.Kind.REFUSED);
        }
    }

    /** robots.txt for the URL's host, fetched once a day (a 4xx allows all; a 5xx or no answer, nothing for now). */
    private Robots robots(URI uri) throws FetchException {
        String origin = uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + authority(uri);
        // one fetch of robots.txt per origin, however many threads ask at once
        synchronized (robotsLocks.computeIfAbsent(origin, k -> new Object())) {
            Robots r = robots.get(origin);
            if (r == null || clock.instant().isAfter(r.until())) {
                r = fetchRobots(URI.create(origin + "/robots.txt"));
                robots.put(origin, r);
            }
            return r;
        }
    }

    private Robots fetchRobots(URI robotsUri) throws FetchException {
        Instant now = clock.instant();
        try {
            Raw raw = request(robotsUri, null, null, null);
            int s = raw.status();
            if (s >= 200 && s < 300) {
                SimpleRobotRules rules = new SimpleRobotRulesParser().parseContent(robotsUri.toString(), decoded(raw),
                        raw.head().headers().firstValue("content-type").orElse("text/plain"), policy.robotsName());
                if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > 0) {
                    gate.crawlDelay(authority(robotsUri), Duration.ofMillis(rules.getCrawlDelay()));
                }
                return new Robots(rules, now.plus(ROBOTS_TTL));
            }
            if (s >= 400 && s < 500 && s != 429) {
                return new Robots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(ROBOTS_TTL));
            }
            if (s >= 300 && s < 400) {
                return new Robots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(ROBOTS_TTL));
            }
            // RFC 9309: a server error on robots.txt means "assume complete disallow" for a while
            return new Robots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), now.plus(ROBOTS_ERROR_TTL),
                    " (it answered " + s + ": nothing is fetched from the host for a while)");
        } catch (FetchException e) {
            if (e.getMessage().contains("backing off")) {
                throw e;
            }
            return new Robots(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), now.plus(ROBOTS_ERROR_TTL),
                    " (unreachable: " + e.getMessage() + ")");
        }
    }

    /** Retry-After as seconds or an HTTP date; capped at an hour; 60 s when absent or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        Duration d = Duration.ofSeconds(60);
        if (value != null) {
            String v = value.strip();
            try {
                d = v.matches("\\d{1,9}") ? Duration.ofSeconds(Long.parseLong(v))
                        : Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (RuntimeException ignored) {
                // an unreadable Retry-After keeps the default
            }
        }
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        return d.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : d;
    }

    static String authority(URI u) {
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(java.util.Locale.ROOT);
        return u.getPort() < 0 ? host : host + ":" + u.getPort();
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing a cut stream may fail; there is nothing more to read from it anyway
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        if (warc != null) {
            try {
                warc.close();
            } catch (IOException ignored) {
                // the last record is written or cut; readers skip a cut one
            }
        }
    }
}
