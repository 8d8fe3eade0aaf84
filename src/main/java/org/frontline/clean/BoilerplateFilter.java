package org.frontline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.match.Folded;
import org.frontline.match.Prefilter;

/**
 * Drops page furniture from a list of paragraphs using /clean/boilerplate.tsv (navigation, share
 * widgets, paywall prompts, banners, comment sections, related-link lists, credited photo
 * captions), then repeated paragraphs: galleries print each caption twice, headlines recur.
 */
final class BoilerplateFilter {
    /** Compiled once (String.replaceAll compiles per call): both run on every paragraph. */
    private static final Pattern NON_WORDS = Pattern.compile("(?U)\\W+");
    private static final Pattern SPACE_RUNS = Pattern.compile("\\s{2,}");

    /** End markers in the first 30% of a text are widgets at the top, not the end of the article. */
    private static final double END_MARKER_MIN_POSITION = 0.3;
    /** Captions, headlines and pull quotes repeat; a paragraph this long that repeats in an HTML article is text. */
    static final int LONG_REPEAT = 200;
    static final int END_LINE = 150;
    private final List<Prefilter> line = new ArrayList<>();
    private final List<Prefilter> lead = new ArrayList<>();
    private final List<Prefilter> inline = new ArrayList<>();
    private final List<Prefilter> end = new ArrayList<>();

    BoilerplateFilter() {
        for (PatternTable.Row r : PatternTable.load("/clean/boilerplate.tsv")) {
            String regex = r.second();
            switch (r.first()) {
                case "line" -> line.add(Prefilter.of(Pattern.compile("(?:" + regex + ")", Pattern.CASE_INSENSITIVE)));
                case "lead" -> lead.add(Prefilter.of(Pattern.compile("^(?:" + regex + ")", Pattern.CASE_INSENSITIVE)));
                case "inline" -> inline.add(Prefilter.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE)));
                case "end" -> end.add(Prefilter.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE)));
                default -> throw new IllegalStateException("boilerplate.tsv: unknown kind " + r.first());
            }
        }
    }

    /**
     * @param fromHtml text of an article that content scoring has already cut out of its page: a repeated
     *                 paragraph of {@value #LONG_REPEAT} characters or more is the page's text (scraped dumps
     *                 repeat whole renderings of a page), and an end marker ends the article only as a line of
     *                 its own, under {@value #END_LINE} characters ("Viewers can now leave a comment" is prose)
     */
    List<String> filter(List<String> paragraphs, boolean fromHtml) {
        List<String> out = new ArrayList<>();
        for (String p : truncateAtEnd(paragraphs, fromHtml)) {
            String q = clean(p);
            if (!q.isEmpty() && !isFurniture(q)) {
                out.add(q);
            }
        }
        return dropRepeats(out, fromHtml);
    }

    boolean isFurniture(String paragraph) {
        Folded folded = Folded.of(paragraph);
        for (Prefilter p : line) {
            if (p.mayMatch(folded) && p.pattern().matcher(paragraph).matches()) {
                return true;
            }
        }
        return false;
    }

    private String clean(String p) {
        String q = p;
        Folded folded = Folded.of(p);
        for (Prefilter p1 : inline) {
            if (p1.mayMatch(folded)) {
                String replaced = p1.pattern().matcher(q).replaceAll(" ");
                if (!replaced.equals(q)) {
                    q = replaced;
                    folded = Folded.of(q); // the join may bring new text together
                }
            }
        }
        q = SPACE_RUNS.matcher(q).replaceAll(" ").strip();
        boolean changed = true;
        while (changed && !q.isEmpty()) {
            changed = false;
            for (Prefilter p2 : lead) {
                Matcher m = p2.pattern().matcher(q);
                if (m.lookingAt() && m.end() > 0) {
                    q = q.substring(m.end()).strip();
                    changed = true;
                }
            }
        }
        return q;
    }

    private List<String> truncateAtEnd(List<String> paragraphs, boolean fromHtml) {
        long total = paragraphs.stream().mapToLong(String::length).sum();
        long offset = 0;
        List<String> kept = new ArrayList<>();
        for (String p : paragraphs) {
            int cut = -1;
            Folded folded = Folded.of(p);
            for (Prefilter e : fromHtml && p.length() >= END_LINE ? List.<Prefilter>of() : end) {
                if (!e.mayMatch(folded)) {
                    continue;
                }
                Matcher m = e.pattern().matcher(p);
                while (m.find()) {
                    if (offset + m.start() >= total * END_MARKER_MIN_POSITION) {
                        cut = cut < 0 ? m.start() : Math.min(cut, m.start());
                        break;
                    }
                }
            }
            if (cut >= 0) {
                kept.add(p.substring(0, cut).strip());
                return kept;
            }
            kept.add(p);
            offset += p.length();
        }
        return kept;
    }

    /** Keeps the first copy of a repeated paragraph; drops one that is a cut-off prefix of the next. */
    private static List<String> dropRepeats(List<String> paragraphs, boolean keepLong) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            String key = NON_WORDS.matcher(p).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
            if (!seen.add(key) && !(keepLong && p.length() >= LONG_REPEAT)) {
                continue;
            }
            if (i + 1 < paragraphs.size() && p.length() >= 20 && paragraphs.get(i + 1).startsWith(p)
                    && paragraphs.get(i + 1).length() > p.length()) {
                continue;
            }
            out.add(p);
        }
        return out;
    }
}
