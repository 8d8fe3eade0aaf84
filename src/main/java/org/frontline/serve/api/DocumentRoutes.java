package org.frontline.serve.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.frontline.Frontline;
import org.frontline.ingest.Ingestion;
import org.frontline.store.EventStore;
import org.frontline.store.IngestOutcome;
import org.frontline.store.SearchHit;

/**
 * {@code /api/documents}: read a stored document, search them, and (with the write token) add
 * documents, which are extracted and ingested exactly as {@code frontline ingest} does.
 */
final class DocumentRoutes implements Routes {
    static final int MAX_BODY = 16 * 1024 * 1024;
    private final EventStore store;
    private final Ingestion ingestion;
    private final Frontline frontline;
    private final WriteToken token;

    DocumentRoutes(EventStore store, Ingestion ingestion, Frontline frontline, WriteToken token) {
        this.store = store;
        this.ingestion = ingestion;
        this.frontline = frontline;
        this.token = token;
    }

    @Override
    public boolean handle(String method, String path, HttpExchange ex) throws IOException {
        if (method.equals("GET") && path.startsWith("/api/documents/")) {
            one(ex, HttpExchangeIO.decode(path.substring("/api/documents/".length())));
        } else if (method.equals("GET") && (path.equals("/api/documents") || path.equals("/api/search"))) {
            search(ex);
        } else if (method.equals("POST") && path.equals("/api/documents")) {
            token.check(ex);
            add(ex);
        } else {
            return false;
        }
        return true;
    }

    private void one(HttpExchange ex, String doc) throws IOException {
        var d = store.document(doc);
        if (d.isEmpty()) {
            HttpExchangeIO.error(ex, 404, "no document " + doc);
            return;
        }
        HttpExchangeIO.json(ex, 200, d.get());
    }

    private void search(HttpExchange ex) throws IOException {
        Params p = new Params(HttpExchangeIO.query(ex));
        String q = p.text("q", 500);
        if (q == null) {
            throw new BadRequest("q is required: the words to search for");
        }
        List<SearchHit> hits = store.search(q, p.integer("limit", 20, 1, 1000));
        HttpExchangeIO.json(ex, 200, java.util.Map.of("hits", hits));
    }

    /**
     * The body is JSON Lines ({"id","url","title","published","text"|"html"} per line) or one
     * plain-text or HTML document named by ?id=. It goes through the same reader as files do.
     */
    private void add(HttpExchange ex) throws IOException {
        byte[] body = HttpExchangeIO.body(ex, MAX_BODY);
        if (body.length == 0) {
            throw new BadRequest("empty body: send JSON Lines, or text/HTML with ?id=NAME");
        }
        String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type")).toLowerCase(java.util.Locale.ROOT);
        Path dir = Files.createTempDirectory("frontline-post");
        try {
            Path file = dir.resolve(fileName(type, new Params(HttpExchangeIO.query(ex)).text("id", 200)));
            Files.write(file, body);
            ArrayNode outcomes = HttpExchangeIO.JSON.createArrayNode();
            try (Stream<Frontline.Extracted> docs = frontline.extractWithArticles(List.of(file))) {
                docs.forEach(x -> {
                    IngestOutcome o = ingestion.ingest(x);
                    ObjectNode n = outcomes.addObject();
                    n.put("doc", o.doc());
                    n.put("outcome", o.kind().name().toLowerCase(java.util.Locale.ROOT));
                    n.put("events", o.mentionCount());
                    n.put("error", o.reason());
                });
            }
            HttpExchangeIO.json(ex, 200, java.util.Map.of("documents", outcomes));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** A safe local file name that tells the reader the format; the document id comes from it for text and HTML. */
    static String fileName(String contentType, String id) {
        if (contentType.contains("json")) {
            return "posted.jsonl";
        }
        String base = id == null ? "posted" : id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.startsWith(".")) {
            base = "_" + base;
        }
        String ext = contentType.contains("html") ? ".html" : ".txt";
        return base.endsWith(ext) ? base : base + ext;
    }
}
