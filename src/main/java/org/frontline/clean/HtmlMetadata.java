package org.frontline.clean;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, outlet, byline and publication date from a page's own metadata: Open Graph and article
 * meta tags, schema.org JSON-LD, {@code <time datetime>}, rel=author. Page metadata is written by
 * the publisher, so it is trusted over anything guessed from the text.
 */
final class HtmlMetadata {

    /** Any field may be null. */
    record Meta(String title, String outlet, String byline, LocalDate published) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON-LD graphs are shallow; a deeper walk is looking at something else. */
    private static final int MAX_JSON_NODES = 10_000;

    private HtmlMetadata() {
    }

    static Meta read(Document doc) {
        Map<String, String> ld = jsonLd(doc);
        String title = first(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                blankToNull(doc.title()), text(doc, "h1"));
        String outlet = first(meta(doc, "meta[property=og:site_name]"), meta(doc, "meta[name=application-name]"),
                ld.get("publisher"));
        String byline = first(meta(doc, "meta[name=author]"), notUrl(meta(doc, "meta[property=article:author]")),
                ld.get("author"), text(doc, "[rel=author]"), text(doc, "[itemprop=author]"));
        LocalDate published = date(first(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"), ld.get("datePublished"),
                attr(doc, "time[datetime]", "datetime"),
                meta(doc, "meta[name=date], meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], "
                        + "meta[name=dc.date], meta[name=DC.date.issued], meta[name=dcterms.created], "
                        + "meta[name=sailthru.date], meta[name=parsely-pub-date], meta[property=og:published_time]")));
        return new Meta(title, outlet, byline, published);
    }

    /** datePublished, author name and publisher name from the first JSON-LD block that has them. */
    private static Map<String, String> jsonLd(Document doc) {
        Map<String, String> out = new java.util.HashMap<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (Exception e) { // malformed or too deeply nested JSON-LD is common; it is only a hint
                continue;
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.push(root);
            int seen = 0;
            while (!todo.isEmpty() && seen++ < MAX_JSON_NODES) {
                JsonNode n = todo.pop();
                if (n == null) {
                    continue;
                }
                if (n.isObject()) {
                    putText(out, "datePublished", n.get("datePublished"));
                    putName(out, "author", n.get("author"));
                    putName(out, "publisher", n.get("publisher"));
                }
                n.elements().forEachRemaining(todo::push);
            }
        }
        return out;
    }

    private static void putText(Map<String, String> out, String key, JsonNode v) {
        if (v != null && v.isTextual() && !v.asText().isBlank()) {
            out.putIfAbsent(key, v.asText().strip());
        }
    }

    private static void putName(Map<String, String> out, String key, JsonNode v) {
        JsonNode n = v != null && v.isArray() && v.size() > 0 ? v.get(0) : v;
        if (n != null && n.isObject()) {
            putText(out, key, n.get("name"));
        } else {
            putText(out, key, n);
        }
    }

    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        DateParsing.Found f = DateParsing.first(s);
        return f == null ? null : f.date();
    }

    private static String meta(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String attr(Document doc, String query, String attr) {
        Element e = doc.selectFirst(query);
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String text(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? null : blankToNull(e.text());
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
