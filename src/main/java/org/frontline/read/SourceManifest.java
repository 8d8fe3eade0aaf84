package org.frontline.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a scraped file came from. Scrapers often leave a list of file names and their URLs
 * beside the files ({@code SOURCES*.md}, {@code sources*.tsv}, {@code urls*.txt}); when one
 * sits in a file's folder or the folder above, the file gets its URL, and with it any date the
 * URL path carries.
 */
final class SourceManifest {
    private static final Pattern LIST_NAME = Pattern.compile("(?i)(?:sources?|urls?|manifest)[^/]*\\.(?:md|txt|tsv|csv)");
    private static final Pattern ENTRY = Pattern.compile("(\\S+\\.\\w{2,5})[\\s,|`*]+<?(https?://[^\\s>|`]+)");
    private static final long MAX_BYTES = 8L * 1024 * 1024;
    private final Map<Path, Map<String, String>> byFolder = new ConcurrentHashMap<>();

    /** The URL recorded for {@code file}, or null. */
    String urlOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        Path name = file.getFileName();
        if (folder == null || name == null) {
            return null;
        }
        String url = listed(folder).get(name.toString());
        Path above = folder.getParent();
        return url != null || above == null ? url : listed(above).get(name.toString());
    }

    private Map<String, String> listed(Path folder) {
        return byFolder.computeIfAbsent(folder, SourceManifest::read);
    }

    private static Map<String, String> read(Path folder) {
        Map<String, String> out = new HashMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                if (LIST_NAME.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)
                        && Files.size(p) <= MAX_BYTES) {
                    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                        Matcher m = ENTRY.matcher(line);
                        if (m.find()) {
                            out.putIfAbsent(m.group(1), m.group(2));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable list only means no URLs: the documents themselves still read
        }
        return out;
    }
}
