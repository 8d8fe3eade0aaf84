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

    private static final Pattern JS_START = Pattern.compile(
            "\\b(?:var|let|const)\\s+[A-Za-z_$][\\w$]*\\s*="
            + "|\\b[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+\\s*\\("
            + "|\\(\\s*function\\s*[\\w$]*\\s*\\("
            + "|\\bfunction\\s+[A-Za-z_$][\\w$]*\\s*\\(");
    private static final Pattern CSS_BLOCK = Pattern.compile(
            "(?:@media[^{}]{0,200}\\{[^{}]*(?:\\{[^{}]*\\}[^{}]*)*\\})"
            + "|(?:[.#]?[A-Za-z][\\w-]*(?:[\\s,>+~.#:\\[\\]=\"'-]+[\\w-]+)*\\s*\\{\\s*(?:[A-Za-z-]+\\s*:\\s*[^;{}]+;?\\s*)+\\})");
    /** Statements longer than this are not inline snippets; leave them rather than risk eating an article. */
    private static final int MAX_STATEMENT = 50_000;

    private ScriptStripper() {
    }

    static String strip(String text) {
        String s = CSS_BLOCK.matcher(text).replaceAll(" ");
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
