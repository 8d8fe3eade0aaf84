package org.frontline.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on loopback, written by us for the watcher's tests (every text is our own): an RSS
 * feed whose items can change (its ETag with them), an Atom feed, a Google News sitemap, a plain
 * sitemap, a malformed feed, robots.txt, article pages, and the bad cases: a 404, a 429 with
 * Retry-After, a slow page, a redirect loop, a 50 MB page, a page robots.txt forbids. Every request
 * is logged with its time, so politeness can be checked from the server's side.
 */
final class FeedServer implements AutoCloseable {
    /** One request as the server saw it: when it began and ended, what, from whom. */
    record Hit(long startNanos, long endNanos, String path, String userAgent, String ifNoneMatch, int status) {
    }

    private final HttpServer server;
    private final org.eclipse.jetty.server.Server jetty;
    private final int port;
    private final List<Hit> log = new CopyOnWriteArrayList<>();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final AtomicInteger busyCalls = new AtomicInteger();
    private volatile List<String[]> rssItems = new ArrayList<>();
    private volatile int slowMillis = 4_000;

    FeedServer() throws IOException {
        jetty = new org.eclipse.jetty.server.Server();
        org.eclipse.jetty.server.ServerConnector connector = new org.eclipse.jetty.server.ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        jetty.setHandler(new org.eclipse.jetty.server.handler.ContextHandlerCollection());
        server = new org.eclipse.jetty.http.spi.JettyHttpServer(jetty, true);
        server.createContext("/", this::handle);
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IOException("cannot start the test site: " + e, e);
        }
        port = connector.getLocalPort();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    List<Hit> hits() {
        return List.copyOf(log);
    }

    void page(String path, String html) {
        pages.put(path, html);
    }

    /** The RSS feed's items: {guid, path, title, pubDate (RFC 822)}; a change changes its ETag. */
    void rss(List<String[]> items) {
        rssItems = List.copyOf(items);
    }

    void slowMillis(int ms) {
        slowMillis = ms;
    }

    private void handle(HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        String path = ex.getRequestURI().getPath();
        int status = 500;
        try {
            status = answer(ex, path);
        } catch (IOException e) {
            status = -1; // the client went away (a timeout, a size limit)
        } finally {
            java.net.URI u = ex.getRequestURI();
            log.add(new Hit(start, System.nanoTime(), u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()), ex.getRequestHeaders().getFirst("User-Agent"),
                    ex.getRequestHeaders().getFirst("If-None-Match"), status));
            ex.close();
        }
    }

    private int answer(HttpExchange ex, String path) throws IOException {
        switch (path) {
            case "/robots.txt":
                return send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
            case "/feed.rss": {
                String body = rssBody();
                String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
                ex.getResponseHeaders().set("ETag", etag);
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    return 304;
                }
                return send(ex, 200, "application/rss+xml; charset=utf-8", body);
            }
            case "/atom.xml":
                return send(ex, 200, "application/atom+xml", atomBody());
            case "/news-sitemap.xml":
                return send(ex, 200, "application/xml", newsSitemap());
            case "/sitemap.xml":
                return send(ex, 200, "application/xml", plainSitemap());
            case "/broken.rss":
                return send(ex, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Broken<item><link>"
                        + base() + "/a/never.html</lin");
            case "/gone.rss":
                return send(ex, 404, "text/plain", "no feed here");
            case "/a/busy.html":
                if (busyCalls.getAndIncrement() == 0) {
                    ex.getResponseHeaders().set("Retry-After", "1");
                    return send(ex, 429, "text/plain", "slow down");
                }
                break;
            case "/a/slow.html":
                try {
                    Thread.sleep(slowMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                break;
            case "/a/loop1.html":
                ex.getResponseHeaders().set("Location", "/a/loop2.html");
                return send(ex, 302, "text/plain", "");
            case "/a/loop2.html":
                ex.getResponseHeaders().set("Location", "/a/loop1.html");
                return send(ex, 302, "text/plain", "");
            case "/a/moved.html":
                ex.getResponseHeaders().set("Location", "/a/moved-here.html");
                return send(ex, 301, "text/plain", "");
            case "/a/huge.html":
                return huge(ex);
            default:
                break;
        }
        String html = pages.get(path);
        if (html == null) {
            return send(ex, 404, "text/plain", "not found");
        }
        return send(ex, 200, "text/html; charset=utf-8", html);
    }

    /** 50 MB of our own words, sent chunked (no Content-Length), so only reading tells the size. */
    private static int huge(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>Filler paragraph written for a size-limit test. </p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = ex.getResponseBody()) {
            for (long sent = 0; sent < 50L << 20; sent += chunk.length) {
                out.write(chunk);
            }
        }
        return 200;
    }

    private static int send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        }
        return status;
    }

    private String rssBody() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Frontline test wire</title><link>" + base() + "/</link><description>test</description>\n");
        for (String[] it : rssItems) {
            sb.append("<item><guid isPermaLink=\"false\">").append(it[0]).append("</guid><link>").append(base()).append(it[1])
                    .append("</link><title>").append(it[2]).append("</title><pubDate>").append(it[3]).append("</pubDate></item>\n");
        }
        return sb.append("</channel></rss>").toString();
    }

    private String atomBody() {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Test Atom</title>"
                + "<id>urn:test:atom</id><updated>2024-03-10T10:00:00Z</updated>\n"
                + entry("urn:test:atom:1", "/b/atom1.html", "2024-03-08T09:00:00Z")
                + entry("urn:test:atom:2", "/b/atom2.html", "2024-03-09T09:00:00Z")
                // the same page as RSS item r1, under another id and with tracking parameters: not stored twice
                + entry("urn:test:atom:again", "/a/r1.html?utm_source=atom&amp;utm_medium=feed", "2024-03-01T09:00:00Z")
                + "</feed>";
    }

    private String entry(String id, String path, String updated) {
        return "<entry><id>" + id + "</id><title>Atom " + id + "</title><link href=\"" + base() + path + "\"/><updated>"
                + updated + "</updated></entry>\n";
    }

    private String newsSitemap() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (int i = 1; i <= 2; i++) {
            sb.append("<url><loc>").append(base()).append("/c/news").append(i).append(".html</loc><news:news><news:publication>")
                    .append("<news:name>Test Gazette</news:name><news:language>en</news:language></news:publication>")
                    .append("<news:publication_date>2024-03-1").append(i).append("T08:00:00Z</news:publication_date>")
                    .append("<news:title>News sitemap story ").append(i).append("</news:title></news:news></url>\n");
        }
        return sb.append("</urlset>").toString();
    }

    private String plainSitemap() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "<url><loc>" + base() + "/d/plain1.html</loc><lastmod>2024-03-14</lastmod></url>\n"
                + "<url><loc>" + base() + "/d/plain2.html</loc><lastmod>2024-03-15</lastmod></url>\n"
                + "</urlset>";
    }

    @Override
    public void close() {
        server.stop(0);
        try {
            jetty.stop();
        } catch (Exception ignored) {
            // the test is over
        }
    }
}
