package org.frontline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The sentence templates of {@code bench/templates.txt}, by section, and slot filling. */
final class Templates {
    private final Map<String, List<String>> sections;

    private Templates(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static Templates load() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Resources.lines("/bench/templates.txt")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.startsWith("[") && s.endsWith("]")) {
                current = out.computeIfAbsent(s.substring(1, s.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException("bench/templates.txt: template before any [section]: " + s);
            } else {
                current.add(s);
            }
        }
        return new Templates(Map.copyOf(out));
    }

    List<String> section(String name) {
        List<String> s = sections.get(name);
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException("no templates in section " + name);
        }
        return s;
    }

    int size() {
        return sections.values().stream().mapToInt(List::size).sum();
    }

    /** Replaces every {SLOT} by {@code value.apply("SLOT")}; each occurrence is asked anew. */
    static String fill(String template, Function<String, String> value) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            out.append(value.apply(template.substring(open + 1, close)));
            i = close + 1;
        }
        if (out.length() > 0) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }

    /** Small resource helpers shared by the generator's data loaders. */
    static final class Resources {
        private Resources() {
        }

        static List<String> lines(String resource) {
            try (InputStream in = Templates.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
