package org.frontline.serve.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The web page and its assets, from the jar's {@code /web/} folder only; no path escapes it. */
final class StaticFiles implements Routes {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
            "geojson", "application/geo+json", "png", "image/png", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8");

    @Override
    public boolean handle(String method, String path, HttpExchange ex) throws IOException {
        if (!method.equals("GET") || path.startsWith("/api/")) {
            return false;
        }
        String p = path.equals("/") ? "/index.html" : path;
        if (p.contains("..") || p.contains("//") || p.contains("\\") || !p.matches("/[A-Za-z0-9._/-]+")) {
            HttpExchangeIO.error(ex, 404, "not found");
            return true;
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream("/web" + p)) {
            if (in == null) {
                HttpExchangeIO.error(ex, 404, "not found: " + p);
                return true;
            }
            String ext = p.substring(p.lastIndexOf('.') + 1);
            HttpExchangeIO.send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
        }
        return true;
    }
}
