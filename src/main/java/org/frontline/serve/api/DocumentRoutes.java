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
import org.frontline.store.StoredDocument;

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
    private final Uploads uploads;

    DocumentRoutes(EventStore store, Ingestion ingestion, Frontline frontline, WriteToken token, Uploads uploads) {
        this.store = store;
        this.ingestion = ingestion;
        this.frontline = frontline;
        this.token = token;
        this.uploads = uploads;
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
        HttpExchangeIO.json(ex, 200, json(d.get()));
    }

    /** A stored document in the API's dialect: snake_case, as the contract; where the server read it from stays private. */
    static ObjectNode json(StoredDocument d) {
        ObjectNode o = HttpExchangeIO.JSON.createObjectNode();
        o.put("doc", d.doc());
        o.put("url", d.url());
        o.put("title", d.title());
        o.put("outlet", d.outlet());
        o.put("byline", d.byline());
        o.put("published", d.published() == null ? null : d.published().toString());
        o.put("published_inferred", d.publishedInferred());
        o.put("published_source", d.publishedSource());
        o.put("duplicate_of", d.duplicateOf());
        o.put("error", d.error());
        o.put("content_hash", d.contentHash());
        o.put("ingested_at", d.ingestedAt());
        o.put("mentions", d.mentions());
        o.put("controls", d.controls());
        o.put("text", d.text());
        return o;
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
        String id = new Params(HttpExchangeIO.query(ex)).text("id", 200);
        if (id != null && !ID.matcher(id).matches()) {
            throw new BadRequest("id may hold letters, digits and . _ : - only, got '" + id + "'");
        }
        Path dir = uploads.create();
        try {
            Path file;
            if (type.contains("json")) {
                file = dir.resolve("posted.jsonl");
                Files.write(file, body);
            } else {
                // one text or HTML document, stored under exactly the id it was posted with (or one
                // its content names, so two different posts never replace each other)
                file = dir.resolve("posted.jsonl");
                String text = new String(body, charset(type));
                ObjectNode line = HttpExchangeIO.JSON.createObjectNode();
                line.put("id", id != null ? id : "posted-" + sha256(body).substring(0, 16));
                line.put(type.contains("html") ? "html" : "text", text);
                Files.writeString(file, HttpExchangeIO.JSON.writeValueAsString(line) + "\n", java.nio.charset.StandardCharsets.UTF_8);
            }
            ArrayNode outcomes = HttpExchangeIO.JSON.createArrayNode();
            int failed = 0;
            try (ClientPresence client = ClientPresence.of(ex);
                 Stream<Frontline.Extracted> docs = frontline.extractWithArticles(List.of(file))) {
                java.util.Iterator<Frontline.Extracted> it = docs.iterator();
                while (it.hasNext()) {
                    Frontline.Extracted raw = it.next();
                    if (client.gone()) {
                        // a document boundary: what is stored stays (one transaction each); the answer
                        // says so in case anyone still reads it
                        Uploads.delete(dir);
                        HttpExchangeIO.error(ex, 499, "the client closed the connection; stopped after "
                                + outcomes.size() + " document(s), which are stored");
                        return;
                    }
                    // the upload's temporary path is no part of the document: the same body posted
                    // again is "unchanged", and no server path reaches a reader
                    Frontline.Extracted x = posted(raw, file.toString());
                    IngestOutcome o = ingestion.ingest(x);
                    failed += o.kind() == IngestOutcome.Kind.FAILED ? 1 : 0;
                    ObjectNode n = outcomes.addObject();
                    n.put("doc", o.doc());
                    n.put("outcome", o.kind().name().toLowerCase(java.util.Locale.ROOT));
                    n.put("events", o.mentionCount());
                    n.put("error", o.reason());
                }
            }
            // nothing stored is not a success: 422 names each document's reason
            int status = outcomes.size() > 0 && failed == outcomes.size() ? 422 : 200;
            // gone before the answer: a client that has its answer never sees the body on disk
            Uploads.delete(dir);
            HttpExchangeIO.json(ex, status, java.util.Map.of("documents", outcomes));
        } finally {
            Uploads.delete(dir); // again for the paths that threw; a no-op when it is gone
        }
    }

    /** {@code x} as if read from "POST /api/documents" rather than the temporary file the body went through. */
    private static Frontline.Extracted posted(Frontline.Extracted x, String tempFile) {
        org.frontline.model.DocumentResult r = x.result();
        String error = r.error() == null ? null : r.error().replace(tempFile, "the posted body");
        org.frontline.model.DocumentResult clean = new org.frontline.model.DocumentResult(r.doc(), r.title(), r.outlet(),
                r.byline(), r.published(), r.publishedInferred(), r.publishedSource(), r.duplicateOf(), error,
                r.events(), r.control());
        org.frontline.model.Article a = x.article();
        org.frontline.model.Article named = a == null ? null : new org.frontline.model.Article(a.id(),
                a.origin().replace(tempFile, "POST /api/documents"), a.title(), a.outlet(), a.byline(), a.url(),
                a.published(), a.publishedInferred(), a.publishedSource(), a.text());
        return new Frontline.Extracted(clean, named);
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    /** The charset the Content-Type names, UTF-8 when it names none or one Java does not know. */
    static java.nio.charset.Charset charset(String contentType) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("charset=\"?([A-Za-z0-9._-]+)").matcher(contentType);
        try {
            return m.find() ? java.nio.charset.Charset.forName(m.group(1)) : java.nio.charset.StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }

    static String sha256(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
