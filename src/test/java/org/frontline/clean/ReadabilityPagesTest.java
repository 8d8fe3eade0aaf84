package org.frontline.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.frontline.model.Article;
import org.frontline.model.RawDocument;

/**
 * The Clean stage against Mozilla Readability's own test pages ({@code ../shared/readability}, read in
 * place, never copied): each page's cleaned article text is compared with the visible text of
 * Readability's {@code expected.html} as bags of words (F1), and title, byline, site name and
 * publication date with {@code expected-metadata.json}. Prints one line per page and a summary table;
 * the floors sit a little under the figures reached.
 */
@Tag("evaluation")
class ReadabilityPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Letters and digits; CJK ideographs and kana count one word each (those scripts do not space words). */
    private static final Pattern WORD = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}\\p{M}]+");

    /** How one page came out; a metadata field is null when the expected metadata has none. */
    record PageScore(String page, double f1, boolean empty, Boolean titleExact, Boolean title, Boolean byline,
                     Boolean site, Boolean published) {
    }

    /** The figures of a whole run. */
    record Summary(int pages, double meanF1, double medianF1, int under05, int empty, int[] titleExact, int[] title,
                   int[] byline, int[] site, int[] published) {

        String table() {
            return String.format(Locale.ROOT, """
                    | pages | mean F1 | median F1 | F1 < 0.5 | empty | title | title as Readability's | byline \
                    | site name | published |
                    |---|---|---|---|---|---|---|---|---|---|
                    | %d | %.3f | %.3f | %d | %d | %d/%d | %d/%d | %d/%d | %d/%d | %d/%d |""",
                    pages, meanF1, medianF1, under05, empty, title[0], title[1], titleExact[0], titleExact[1], byline[0],
                    byline[1], site[0], site[1], published[0], published[1]);
        }
    }

    @Test
    void articleTextAndMetadataCloseToReadabilitys() throws IOException {
        Path root = pagesRoot();
        List<PageScore> scores = score(root);
        Summary s = summarise(scores);
        for (PageScore p : scores) {
            System.out.printf(Locale.ROOT, "  %-34s F1 %.3f%s title %s byline %s site %s published %s%n", p.page(),
                    p.f1(), p.empty() ? " EMPTY" : "", mark(p.title()) + (p.titleExact() == Boolean.FALSE ? "~" : ""),
                    mark(p.byline()), mark(p.site()),
                    mark(p.published()));
        }
        System.out.println("Readability test pages (" + root + "):\n" + s.table());
        // floors a little under the figures reached on 2026-12-07 (README, "Measured")
        assertTrue(s.pages() >= 90, "the page set is complete");
        assertTrue(s.meanF1() >= 0.97, "mean article-text F1 " + s.meanF1());
        assertTrue(s.medianF1() >= 0.99, "median article-text F1 " + s.medianF1());
        assertTrue(s.under05() == 0, s.under05() + " pages under F1 0.5");
        assertTrue(s.empty() == 0, s.empty() + " pages with no article text");
        assertTrue(s.title()[0] >= s.title()[1] * 0.95, "titles right " + s.title()[0]);
        assertTrue(s.titleExact()[0] >= s.titleExact()[1] * 0.92, "titles as Readability's " + s.titleExact()[0]);
        assertTrue(s.byline()[0] >= s.byline()[1] * 0.95, "bylines right " + s.byline()[0]);
        assertTrue(s.site()[0] >= s.site()[1] * 0.95, "site names right " + s.site()[0]);
        assertTrue(s.published()[0] >= s.published()[1] * 0.95, "dates right " + s.published()[0]);
    }

    private static String mark(Boolean b) {
        return b == null ? "-" : b ? "ok" : "NO";
    }

    static Path pagesRoot() {
        String shared = System.getProperty("frontline.shared");
        Path root = shared == null ? null : Path.of(shared, "readability");
        Assumptions.assumeTrue(root != null && Files.isDirectory(root),
                "no Readability test pages: set -Dfrontline.shared to the folder holding readability/");
        return root;
    }

    static List<PageScore> score(Path root) throws IOException {
        ArticleCleaner cleaner = new ArticleCleaner(LocalDate.of(2026, 1, 1));
        List<Path> pages;
        try (Stream<Path> s = Files.list(root)) {
            pages = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        List<PageScore> out = new ArrayList<>();
        for (Path page : pages) {
            String name = page.getFileName().toString();
            String source = Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8);
            String expected = Jsoup.parse(Files.readString(page.resolve("expected.html"), StandardCharsets.UTF_8))
                    .text();
            JsonNode meta = JSON.readTree(page.resolve("expected-metadata.json").toFile());
            Article a = cleaner.clean(new RawDocument(name, name, RawDocument.Format.HTML, source, null, null, null,
                    null));
            String title = text(meta, "title");
            out.add(new PageScore(name, f1(a.text(), expected), a.text().isBlank(), same(title, a.title()),
                    titleRight(title, a.title(), a.outlet()), bylineRight(text(meta, "byline"), a.byline()),
                    same(text(meta, "siteName"), a.outlet()), sameDay(text(meta, "publishedTime"), a.published())));
        }
        return out;
    }

    static Summary summarise(List<PageScore> scores) {
        double[] f = scores.stream().mapToDouble(PageScore::f1).sorted().toArray();
        int n = f.length;
        double median = n == 0 ? 0 : n % 2 == 1 ? f[n / 2] : (f[n / 2 - 1] + f[n / 2]) / 2;
        return new Summary(n, java.util.Arrays.stream(f).average().orElse(0), median,
                (int) scores.stream().filter(p -> p.f1() < 0.5).count(),
                (int) scores.stream().filter(PageScore::empty).count(),
                tally(scores.stream().map(PageScore::titleExact)), tally(scores.stream().map(PageScore::title)),
                tally(scores.stream().map(PageScore::byline)),
                tally(scores.stream().map(PageScore::site)), tally(scores.stream().map(PageScore::published)));
    }

    private static int[] tally(Stream<Boolean> marks) {
        int[] t = new int[2];
        marks.filter(b -> b != null).forEach(b -> {
            t[1]++;
            t[0] += b ? 1 : 0;
        });
        return t;
    }

    /** Bag-of-words F1: words counted with multiplicity, case folded. */
    static double f1(String got, String expected) {
        Map<String, Integer> g = bag(got);
        Map<String, Integer> e = bag(expected);
        int gn = g.values().stream().mapToInt(Integer::intValue).sum();
        int en = e.values().stream().mapToInt(Integer::intValue).sum();
        if (gn == 0 || en == 0) {
            return gn == en ? 1 : 0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> w : g.entrySet()) {
            common += Math.min(w.getValue(), e.getOrDefault(w.getKey(), 0));
        }
        return 2.0 * common / (gn + en);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    private static String text(JsonNode meta, String field) {
        JsonNode v = meta.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
    }

    private static String normal(String s) {
        return s == null ? "" : String.join(" ", words(s));
    }

    private static List<String> words(String s) {
        List<String> w = new ArrayList<>();
        Matcher m = WORD.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT));
        while (m.find()) {
            w.add(m.group());
        }
        return w;
    }

    /** Null when nothing is expected; otherwise equal after case, punctuation and spacing are folded. */
    static Boolean same(String expected, String got) {
        return expected == null ? null : normal(expected).equals(normal(got));
    }

    /**
     * Right when equal to Readability's title, or to Readability's title without the site's name after a
     * separator ("Getting LEAN with Digital Ad UX | IAB" on IAB's site): Frontline's title is the article's.
     */
    static Boolean titleRight(String expected, String got, String site) {
        return expected == null ? null : same(expected, got) || same(HtmlMetadata.withoutSite(expected, site), got);
    }

    /** A byline is right when one contains the other after folding ("By Jane Doe" holds "Jane Doe"). */
    static Boolean bylineRight(String expected, String got) {
        if (expected == null) {
            return null;
        }
        String e = " " + normal(expected) + " ";
        String g = " " + normal(got) + " ";
        return !g.isBlank() && (e.contains(g) || g.contains(e));
    }

    /** Same calendar day as the date the expected timestamp starts with. */
    static Boolean sameDay(String expected, LocalDate got) {
        if (expected == null) {
            return null;
        }
        Matcher m = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(expected);
        return m.find() && got != null && got.equals(LocalDate.of(Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }
}
