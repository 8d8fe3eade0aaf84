package org.frontline.clean;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Title, outlet, byline and publication date from a page's own metadata, read as Mozilla Readability
 * reads them and a little further: schema.org JSON-LD (the article object, also inside
 * {@code @graph} or an array), Dublin Core, Open Graph, Twitter and Parse.ly meta tags,
 * {@code <time datetime>}, rel=author and itemprop=author. Page metadata is written by the publisher,
 * so it is trusted over anything guessed from the text.
 */
final class HtmlMetadata {

    /** Any field may be null. */
    record Meta(String title, String outlet, String byline, LocalDate published) {
        Meta withByline(String b) {
            return byline != null || b == null ? this : new Meta(title, outlet, b, published);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON-LD graphs are shallow; a deeper walk is looking at something else. */
    private static final int MAX_JSON_NODES = 10_000;
    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))"
            + "\\s*[-.:]\\s*)?(author|creator|pub-date|description|title|site_name)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE_TYPE = Pattern.compile("^(Article|AdvertiserContentArticle|NewsArticle"
            + "|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle"
            + "|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting"
            + "|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$");
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s[|\\-–—:·•»/]\\s");
    /** Meta tags that carry a publication date, beyond Readability's two. */
    private static final String DATE_METAS = "meta[property=og:published_time], meta[itemprop=datePublished], "
            + "meta[name=date], meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], "
            + "meta[name=dc.date], meta[name=DC.date.issued], meta[name=dcterms.created], meta[name=dcterms.date], "
            + "meta[name=sailthru.date], meta[name=article.published], meta[property=article:published], "
            + "meta[name=citation_publication_date], meta[name=parsely-pub-date]";

    private HtmlMetadata() {
    }

    static Meta read(Document doc) {
        Map<String, String> values = metaValues(doc);
        JsonLd ld = jsonLd(doc);
        String title = first(ld.title, values.get("dc:title"), values.get("dcterm:title"), values.get("og:title"),
                values.get("weibo:article:title"), values.get("weibo:webpage:title"), values.get("title"),
                values.get("twitter:title"), values.get("parsely-title"));
        if (title == null) {
            title = TitleReader.read(doc);
        }
        String articleAuthor = values.get("article:author");
        String byline = first(ld.author, values.get("dc:creator"), values.get("dcterm:creator"), values.get("author"),
                values.get("parsely-author"), articleAuthor == null || articleAuthor.startsWith("http") ? null
                        : articleAuthor);
        String outlet = first(ld.publisher, values.get("og:site_name"), meta(doc, "meta[name=application-name]"));
        LocalDate published = firstDate(ld.published, values.get("article:published_time"),
                values.get("parsely-pub-date"), meta(doc, DATE_METAS), headerTime(doc));
        outlet = unescape(outlet);
        return new Meta(withoutSite(unescape(title), outlet), outlet, unescape(byline), published);
    }

    /** "Ferry service resumes | Harbour News" is "Ferry service resumes" when the page names Harbour News as its site. */
    static String withoutSite(String title, String site) {
        if (title == null || site == null || site.isBlank()) {
            return title;
        }
        Matcher m = SITE_SUFFIX.matcher(title);
        while (m.find()) {
            String tail = title.substring(m.end()).strip();
            if (tail.equalsIgnoreCase(site.strip()) && m.start() > 0) {
                return title.substring(0, m.start()).strip();
            }
        }
        return title;
    }

    /** Meta tags by Readability's keys: "og:title", "dc:creator", "author", "parsely-pub-date"; the last of a key wins. */
    private static Map<String, String> metaValues(Document doc) {
        Map<String, String> values = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            Matcher p = PROPERTY.matcher(m.attr("property"));
            if (p.find()) {
                values.put(p.group().toLowerCase(Locale.ROOT).replaceAll("\\s", ""), content);
            } else if (NAME.matcher(m.attr("name")).matches()) {
                values.put(m.attr("name").toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':'), content);
            }
        }
        return values;
    }

    /** {@code <time datetime>} in the article's header or, failing that, the first on the page. */
    private static String headerTime(Document doc) {
        Element t = doc.selectFirst("article header time[datetime], header time[datetime], "
                + "time[itemprop=datePublished], time[pubdate]");
        if (t == null) {
            t = doc.selectFirst("time[datetime]");
        }
        return t == null ? null : blankToNull(t.attr("datetime"));
    }

    private static final class JsonLd {
        String title;
        String author;
        String publisher;
        String published;
    }

    /**
     * The first schema.org article object in the page's JSON-LD (top level, in an array or in
     * {@code @graph}); author, publisher and datePublished fall back to the first object anywhere that
     * has them.
     */
    private static JsonLd jsonLd(Document doc) {
        JsonLd out = new JsonLd();
        Map<String, String> anywhere = new HashMap<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data().replaceAll("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$", ""));
            } catch (Exception e) { // malformed or too deeply nested JSON-LD is common; it is only a hint
                continue;
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.push(root);
            int seen = 0;
            while (!todo.isEmpty() && seen++ < MAX_JSON_NODES) {
                JsonNode n = todo.pollLast();
                if (n == null) {
                    continue;
                }
                if (n.isObject()) {
                    if (out.title == null && out.author == null && isArticle(n)) {
                        article(n, doc, out);
                    }
                    putText(anywhere, "datePublished", n.get("datePublished"));
                    putName(anywhere, "author", n.get("author"));
                    putName(anywhere, "publisher", n.get("publisher"));
                }
                n.elements().forEachRemaining(todo::addFirst);
            }
        }
        out.author = first(out.author, anywhere.get("author"));
        out.publisher = first(out.publisher, anywhere.get("publisher"));
        out.published = first(out.published, anywhere.get("datePublished"));
        return out;
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && ARTICLE_TYPE.matcher(t.asText()).matches()) {
                    return true;
                }
            }
            return false;
        }
        return type != null && type.isTextual() && ARTICLE_TYPE.matcher(type.asText()).matches();
    }

    private static void article(JsonNode n, Document doc, JsonLd out) {
        String name = text(n.get("name"));
        String headline = text(n.get("headline"));
        if (name != null && headline != null && !name.equals(headline)) {
            String pageTitle = TitleReader.read(doc);
            boolean nameMatches = pageTitle != null && PagePreparer.similarity(name, pageTitle) > 0.75;
            boolean headlineMatches = pageTitle != null && PagePreparer.similarity(headline, pageTitle) > 0.75;
            out.title = headlineMatches && !nameMatches ? headline : name;
        } else {
            out.title = first(name, headline);
        }
        JsonNode author = n.get("author");
        if (author != null && author.isArray()) {
            StringBuilder names = new StringBuilder();
            for (JsonNode a : author) {
                String an = a.isObject() ? text(a.get("name")) : text(a);
                if (an != null) {
                    names.append(names.length() > 0 ? ", " : "").append(an);
                }
            }
            out.author = blankToNull(names.toString());
        } else if (author != null) {
            out.author = author.isObject() ? text(author.get("name")) : text(author);
        }
        JsonNode publisher = n.get("publisher");
        out.publisher = publisher != null && publisher.isObject() ? text(publisher.get("name")) : null;
        out.published = text(n.get("datePublished"));
    }

    private static String text(JsonNode v) {
        return v != null && v.isTextual() ? blankToNull(v.asText()) : null;
    }

    private static void putText(Map<String, String> out, String key, JsonNode v) {
        String t = text(v);
        if (t != null) {
            out.putIfAbsent(key, t);
        }
    }

    private static void putName(Map<String, String> out, String key, JsonNode v) {
        JsonNode n = v != null && v.isArray() && v.size() > 0 ? v.get(0) : v;
        putText(out, key, n != null && n.isObject() ? n.get("name") : n);
    }

    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        DateParsing.Found f = DateParsing.first(s);
        return f == null ? null : f.date();
    }

    /** The first candidate that parses as a date. */
    private static LocalDate firstDate(String... candidates) {
        for (String c : candidates) {
            LocalDate d = date(c);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String meta(Document doc, String query) {
        for (Element e : doc.select(query)) {
            String c = blankToNull(e.attr("content"));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** Publishers escape entities twice ("&amp;amp;"); jsoup has undone one level. */
    private static String unescape(String s) {
        return s == null || s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
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
