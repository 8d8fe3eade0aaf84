package org.frontline.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code sources.yaml} (or {@code .toml}): a list {@code sources} of {@code url} (or
 * {@code folder}), {@code kind} (rss, atom, feed, news_sitemap, sitemap, folder; default feed),
 * {@code interval} (90s, 15m, 2h; default 15m), and optional {@code outlet} and {@code theatre}.
 */
public final class SourcesFile {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

    private SourcesFile() {
    }

    public static List<Source> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".toml") ? new TomlMapper() : new YAMLMapper();
        JsonNode root = mapper.readTree(file.toFile());
        JsonNode list = root == null ? null : root.isArray() ? root : root.get("sources");
        if (list == null || !list.isArray()) {
            throw new IOException(file + ": expected a list `sources` of sources");
        }
        List<Source> out = new ArrayList<>();
        int n = 0;
        for (JsonNode s : list) {
            n++;
            try {
                SourceKind kind = SourceKind.of(text(s, "kind"));
                String location = text(s, "url");
                if (location == null) {
                    location = text(s, "folder");
                    if (location != null && kind == SourceKind.FEED) {
                        kind = SourceKind.FOLDER;
                    }
                }
                if (kind == SourceKind.FOLDER && location != null && !location.contains("://")) {
                    Path p = Path.of(location);
                    location = (p.isAbsolute() ? p : file.toAbsolutePath().getParent().resolve(p)).normalize().toString();
                }
                out.add(new Source(location, kind, duration(text(s, "interval")), text(s, "outlet"), text(s, "theatre")));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": source " + n + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** A command-line duration: "90s", "15m", "2h", "500ms", or a bare number of seconds. */
    public static Duration parseDuration(String s) {
        return duration(s);
    }

    /** "90s", "15m", "2h", "1d", "500ms", or a bare number of seconds; null gives the default. */
    static Duration duration(String s) {
        if (s == null) {
            return DEFAULT_INTERVAL;
        }
        Matcher m = DURATION.matcher(s.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("interval must look like 90s, 15m, 2h or 1d: " + s);
        }
        long v = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(v);
            case "m" -> Duration.ofMinutes(v);
            case "h" -> Duration.ofHours(v);
            case "d" -> Duration.ofDays(v);
            default -> Duration.ofSeconds(v);
        };
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
