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
        // a file, never a folder: "/js/" or "/js" would read the folder's listing, or nothing
        if (p.contains("..") || p.contains("//") || p.contains("\\") || !p.matches("/[A-Za-z0-9._/-]+")
                || !TYPES.containsKey(extension(p))) {
            HttpExchangeIO.error(ex, 404, "not found");
            return true;
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream("/web" + p)) {
            if (in == null) {
                HttpExchangeIO.error(ex, 404, "not found: " + p);
                return true;
            }
            HttpExchangeIO.send(ex, 200, TYPES.get(extension(p)), in.readAllBytes());
        }
        return true;
    }

    /** What follows the last dot of the file name, or "" when it has none (a folder). */
    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
