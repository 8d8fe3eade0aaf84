package org.frontline.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes inline JavaScript and CSS that scrapers leave in page text, e.g.
 * {@code var x = 'y';} or {@code DM.later('bundle', function(){ ... });}. A candidate statement is
 * only removed when it closes with balanced brackets and looks like code (quotes, braces or
 * "function"), so prose such as "U.S. forces (backed by...)" is never touched.
 */
final class ScriptStripper {

    // (?<![\\w$]) instead of \\b: \\b re-scans combining marks before every position, which is
    // quadratic on text full of them; a one-character look-behind is not. Quantifiers are bounded.
    private static final Pattern JS_START = Pattern.compile(
            "(?<![\\w$])(?:var|let|const)\\s{1,20}[A-Za-z_$][\\w$]{0,100}\\s{0,20}="
            + "|(?<![\\w$.])[A-Za-z_$][\\w$]{0,100}(?:\\.[A-Za-z_$][\\w$]{0,100}){1,10}\\s{0,20}\\("
            + "|\\(\\s{0,20}function\\s{0,20}[\\w$]{0,100}\\s{0,20}\\("
            + "|(?<![\\w$])function\\s{1,20}[A-Za-z_$][\\w$]{0,100}\\s{0,20}\\(");
    /** One CSS declaration list: "color: red; margin: 0" (checked on a bounded block, so linear). */
    private static final Pattern CSS_BODY = Pattern.compile("\\s*(?:[A-Za-z-]{1,40}\\s*:\\s*[^;{}]{1,300};?\\s*)+");
    private static final int MAX_CSS_BLOCK = 4_000;
    private static final int MAX_SELECTOR = 200;
    /** Statements longer than this are not inline snippets; leave them rather than risk eating an article. */
    private static final int MAX_STATEMENT = 50_000;

    private ScriptStripper() {
    }

    static String strip(String text) {
        String s = stripCss(text);
        StringBuilder out = new StringBuilder(s.length());
        Matcher m = JS_START.matcher(s);
        int pos = 0;
        while (pos < s.length() && m.find(pos)) {
            int end = statementEnd(s, m.start());
            if (end < 0) {
                out.append(s, pos, m.end());
                pos = m.end();
                continue;
            }
            out.append(s, pos, m.start()).append(' ');
            pos = end;
        }
        out.append(s, pos, s.length());
        return out.toString();
    }

    /**
     * Removes CSS rules ("selector { prop: value; }", "@media ... { rule }") by scanning braces:
     * each block is bounded in length and checked once, so the cost stays linear in the text.
     */
    static String stripCss(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        int brace = text.indexOf('{');
        while (brace >= 0) {
            int close = matching(text, brace);
            int selector = selectorStart(text, brace, pos);
            boolean css = close > 0 && selector >= 0 && isCss(text, selector, brace, close);
            if (css) {
                out.append(text, pos, selector).append(' ');
                pos = close + 1;
            }
            brace = text.indexOf('{', css ? pos : brace + 1);
        }
        return out.append(text, pos, text.length()).toString();
    }

    /** The closing brace of a block at most two deep and {@link #MAX_CSS_BLOCK} long, or -1. */
    private static int matching(String s, int open) {
        int depth = 0;
        int limit = Math.min(s.length(), open + MAX_CSS_BLOCK);
        for (int i = open; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '{' && ++depth > 2) {
                return -1;
            }
            if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the selector before a brace begins (selector characters only), or -1 when there is none. */
    private static int selectorStart(String s, int brace, int floor) {
        int i = brace;
        int stop = Math.max(floor, brace - MAX_SELECTOR);
        while (i > stop && "{};\n".indexOf(s.charAt(i - 1)) < 0) {
            i--;
        }
        String sel = s.substring(i, brace).strip();
        return !sel.isEmpty() && sel.matches("@media[^{}]{0,200}|[.#]?[A-Za-z][\\w\\s,>+~.#:\\[\\]=\"'()-]{0,200}")
                ? i + (s.substring(i, brace).length() - s.substring(i, brace).stripLeading().length()) : -1;
    }

    private static boolean isCss(String s, int selector, int open, int close) {
        String body = s.substring(open + 1, close);
        if (s.startsWith("@media", selector)) {
            return body.contains("{") && body.contains(":");
        }
        return !body.contains("{") && CSS_BODY.matcher(body).matches();
    }

    /** Index just after the statement starting at start, or -1 when it is not a closed code statement. */
    private static int statementEnd(String s, int start) {
        int depth = 0;
        char quote = 0;
        boolean code = false;
        int limit = Math.min(s.length(), start + MAX_STATEMENT);
        for (int i = start; i < limit; i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '\'', '"', '`' -> {
                    quote = c;
                    code = true;
                }
                case '(', '[', '{' -> {
                    depth++;
                    code |= c == '{';
                }
                case ')', ']', '}' -> {
                    depth--;
                    if (depth < 0) {
                        return -1;
                    }
                }
                case ';' -> {
                    if (depth == 0) {
                        return code ? i + 1 : -1;
                    }
                }
                case '\n' -> {
                    if (depth == 0) {
                        return -1; // a statement without ';' that reaches the end of the line is prose
                    }
                }
                default -> {
                }
            }
        }
        return -1;
    }
}
