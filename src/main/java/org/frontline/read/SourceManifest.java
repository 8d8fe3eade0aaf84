package org.frontline.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontline.model.OutsideDates;

/**
 * Where a scraped file came from. Crawlers and scrapers leave a list of file names beside the
 * files; when one sits in a file's folder or the folder above, the file gets its URL (and with
 * it any date the URL path carries) and the dates the list records.
 *
 * <p>Two forms are read. A table ({@code sources*.tsv|csv}) whose header row names its columns:
 * {@code file}, {@code url}, and optionally {@code published} and {@code fetched} (ISO 8601 dates
 * or date-times). And the older lists ({@code SOURCES*.md}, {@code urls*.txt}, a headerless
 * table) that give a file name then its URL on each line.
 */
final class SourceManifest {
    private static final Pattern LIST_NAME = Pattern.compile("(?i)(?:sources?|urls?|manifest)[^/]*\\.(?:md|txt|tsv|csv)");
    private static final Pattern ENTRY = Pattern.compile("(\\S+\\.\\w{2,5})[\\s,|`*]+<?(https?://[^\\s>|`]+)");
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final long MAX_BYTES = 8L * 1024 * 1024;
    private final Map<Path, Map<String, Entry>> byFolder = new ConcurrentHashMap<>();

    /** What a manifest records of one file. */
    record Entry(String url, LocalDate published, LocalDate fetched) {
        static final Entry NONE = new Entry(null, null, null);

        OutsideDates dates() {
            return new OutsideDates(published, fetched, null);
        }
    }

    /** True for a file name a manifest goes by ({@code sources-dev.tsv}, {@code SOURCES.md}, {@code urls.txt}). */
    static boolean isManifestName(String fileName) {
        return LIST_NAME.matcher(fileName).matches();
    }

    /** The URL recorded for {@code file}, or null. */
    String urlOf(Path file) {
        return entryOf(file).url();
    }

    /** What the manifest beside {@code file} (or in the folder above) records of it; never null. */
    Entry entryOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        Path name = file.getFileName();
        if (folder == null || name == null) {
            return Entry.NONE;
        }
        Entry e = listed(folder).get(name.toString());
        Path above = folder.getParent();
        if (e == null && above != null) {
            e = listed(above).get(name.toString());
        }
        return e == null ? Entry.NONE : e;
    }

    private Map<String, Entry> listed(Path folder) {
        return byFolder.computeIfAbsent(folder, SourceManifest::read);
    }

    private static Map<String, Entry> read(Path folder) {
        Map<String, Entry> out = new HashMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                if (LIST_NAME.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)
                        && Files.size(p) <= MAX_BYTES) {
                    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    Table table = name.endsWith(".tsv") || name.endsWith(".csv") ? Table.of(lines) : null;
                    if (table != null) {
                        table.readInto(lines, out);
                    } else {
                        readList(lines, out);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable list only means no URLs: the documents themselves still read
        }
        return out;
    }

    private static void readList(List<String> lines, Map<String, Entry> out) {
        for (String line : lines) {
            Matcher m = ENTRY.matcher(line);
            if (m.find()) {
                out.putIfAbsent(m.group(1), new Entry(m.group(2), null, null));
            }
        }
    }

    /** A manifest table: the column of each field its header names (-1 when absent). */
    private record Table(String separator, int file, int url, int published, int fetched) {

        /** The table the first line heads, or null when it is not a header with a {@code file} column. */
        static Table of(List<String> lines) {
            if (lines.isEmpty()) {
                return null;
            }
            String head = lines.get(0).replace("\uFEFF", "");
            String sep = head.contains("\t") ? "\t" : ",";
            List<String> cols = List.of(head.split(sep, -1)).stream()
                    .map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT)).toList();
            int file = cols.indexOf("file");
            return file < 0 ? null : new Table(sep, file, cols.indexOf("url"), cols.indexOf("published"),
                    cols.indexOf("fetched"));
        }

        void readInto(List<String> lines, Map<String, Entry> out) {
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(separator, -1);
                String f = cell(cells, file);
                if (f != null) {
                    out.putIfAbsent(f, new Entry(cell(cells, url), day(cell(cells, published)), day(cell(cells, fetched))));
                }
            }
        }

        private static String cell(String[] cells, int i) {
            if (i < 0 || i >= cells.length) {
                return null;
            }
            String c = cells[i].strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1).strip();
            }
            return c.isEmpty() ? null : c;
        }
    }

    /** The calendar day an ISO 8601 date or date-time names (its own day, not converted to another zone). */
    static LocalDate day(String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(iso);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
