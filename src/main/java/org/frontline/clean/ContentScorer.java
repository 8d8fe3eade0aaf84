package org.frontline.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds a page's article by content scoring, as Mozilla Readability does. Each paragraph of 25
 * characters or more scores 1, plus one per comma, plus one per 100 characters (at most 3); its
 * parent gets the whole score, its grandparent half, and ancestors further up a third per level.
 * A block starts from its tag (div +5, lists and headings below zero) and its class and id hints,
 * and its total is discounted by its link density. The best block, moved up to an ancestor that
 * holds several strong candidates or scores more, is the article; siblings that score near it,
 * share its class, or are plain prose paragraphs join it.
 */
final class ContentScorer {

    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_SHARED_ANCESTOR_LISTS = 3;
    private static final double ALTERNATIVE_SHARE = 0.75;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final boolean weightClasses;

    private ContentScorer(boolean weightClasses) {
        this.weightClasses = weightClasses;
    }

    /**
     * The article's blocks in document order: the top candidate and the siblings that belong with it;
     * empty when no block scored.
     */
    static List<Element> article(Document doc, List<Element> toScore, boolean weightClasses) {
        return new ContentScorer(weightClasses).pick(doc, toScore);
    }

    private List<Element> pick(Document doc, List<Element> toScore) {
        List<Element> candidates = new ArrayList<>();
        for (Element block : toScore) {
            if (block.parent() == null) {
                continue;
            }
            String text = block.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + commas(text) + 1 + Math.min(text.length() / 100, 3);
            int level = 0;
            for (Element a = block.parent(); a != null && level < ANCESTOR_LEVELS; a = a.parent(), level++) {
                if (a instanceof Document || a.parent() == null || a.parent() instanceof Document) {
                    break;
                }
                if (!scores.containsKey(a)) {
                    scores.put(a, initial(a));
                    candidates.add(a);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(a, score / divider, Double::sum);
            }
        }
        List<Element> top = new ArrayList<>();
        for (Element c : candidates) {
            double s = scores.get(c) * (1 - linkDensity(c));
            scores.put(c, s);
            int at = 0;
            while (at < top.size() && scores.get(top.get(at)) >= s) {
                at++;
            }
            if (at < TOP_CANDIDATES) {
                top.add(at, c);
                if (top.size() > TOP_CANDIDATES) {
                    top.remove(TOP_CANDIDATES);
                }
            }
        }
        Element body = doc.body();
        if (top.isEmpty() || top.get(0) == body) {
            return List.of();
        }
        Element best = climb(top, body);
        return withSiblings(best);
    }

    private Element climb(List<Element> top, Element body) {
        Element best = top.get(0);
        double bestScore = scores.get(best);
        List<List<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (scores.get(top.get(i)) / bestScore >= ALTERNATIVE_SHARE) {
                alternatives.add(top.get(i).parents());
            }
        }
        if (alternatives.size() >= MIN_SHARED_ANCESTOR_LISTS) {
            for (Element p = best.parent(); p != null && p != body; p = p.parent()) {
                int lists = 0;
                for (List<Element> ancestors : alternatives) {
                    lists += containsSame(ancestors, p) ? 1 : 0;
                }
                if (lists >= MIN_SHARED_ANCESTOR_LISTS) {
                    best = p;
                    break;
                }
            }
        }
        scores.computeIfAbsent(best, this::initial);
        double last = scores.get(best);
        double threshold = last / 3;
        for (Element p = best.parent(); p != null && p != body; p = p.parent()) {
            Double s = scores.get(p);
            if (s == null) {
                continue;
            }
            if (s < threshold) {
                break;
            }
            if (s > last) {
                best = p;
                break;
            }
            last = s;
        }
        for (Element p = best.parent(); p != null && p != body && p.childrenSize() == 1; p = best.parent()) {
            best = p;
        }
        scores.computeIfAbsent(best, this::initial);
        return best;
    }

    private List<Element> withSiblings(Element best) {
        Element parent = best.parent();
        if (parent == null || parent instanceof Document) {
            return List.of(best);
        }
        double bestScore = scores.get(best);
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            boolean keep = sibling == best;
            if (!keep) {
                double bonus = !best.className().isEmpty() && sibling.className().equals(best.className())
                        ? bestScore * 0.2 : 0;
                Double s = scores.get(sibling);
                if (s != null && s + bonus >= threshold) {
                    keep = true;
                } else if (sibling.normalName().equals("p")) {
                    double density = linkDensity(sibling);
                    String text = sibling.text();
                    keep = text.length() > 80 && density < 0.25 || text.length() < 80 && !text.isEmpty()
                            && density == 0 && (text.contains(". ") || text.endsWith("."));
                }
            }
            if (keep) {
                out.add(sibling);
            }
        }
        return out;
    }

    private static boolean containsSame(List<Element> list, Element e) {
        for (Element x : list) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }

    private double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + (weightClasses ? ClassHints.weight(e) : 0);
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C' -> n++;
                default -> {
                }
            }
        }
        return n;
    }

    /**
     * Share of an element's text that sits in links (in-page "#" links count 0.3). One walk over the
     * subtree; lengths count each run of whitespace as one character, as the element's text would.
     */
    static double linkDensity(Element e) {
        double[] sums = new double[2]; // text length, weighted link text length
        NodeTraversor.traverse(new NodeVisitor() {
            private int inLink;
            private double weight;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int length = normalisedLength(t.getWholeText());
                    sums[0] += length;
                    sums[1] += inLink > 0 ? length * weight : 0;
                } else if (node instanceof Element a && a.normalName().equals("a") && inLink++ == 0) {
                    String href = a.attr("href");
                    weight = href.startsWith("#") && href.length() > 1 ? 0.3 : 1;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element a && a.normalName().equals("a")) {
                    inLink--;
                }
            }
        }, e);
        return sums[0] == 0 ? 0 : sums[1] / sums[0];
    }

    private static int normalisedLength(String s) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = StringUtil.isActuallyWhitespace(s.charAt(i));
            if (!ws || !space) {
                n++;
            }
            space = ws;
        }
        return n;
    }
}
