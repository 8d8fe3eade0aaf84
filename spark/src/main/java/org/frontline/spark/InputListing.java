package org.frontline.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The input files in the core's order ({@code org.frontline.read.FileWalker}): arguments as
 * given, folder contents sorted by file name and visited depth first, names starting with "."
 * skipped. Works on any Hadoop file system (file:, hdfs:, s3a:, ...). Runs on the driver.
 */
final class InputListing {

    /** One input file; {@code error} set when the argument could not be listed. */
    record Input(int rank, String uri, String name, String display, boolean jsonLines, String error,
                 Manifests manifests) implements Serializable {
    }

    /**
     * The scrapers' source lists beside a file (in its folder, and in the folder above), which the
     * core's reader consults for the file's URL (and so a URL date): {@code read.SourceManifest}.
     * Same name pattern, copied here because that class is package-private.
     */
    record Manifests(String folderKey, List<String> inFolder, List<String> above) implements Serializable {
    }

    private static final java.util.regex.Pattern LIST_NAME =
            java.util.regex.Pattern.compile("(?i)(?:sources?|urls?|manifest)[^/]*\\.(?:md|txt|tsv|csv)");

    private InputListing() {
    }

    static List<Input> list(List<String> roots, Configuration conf) throws IOException {
        List<Input> out = new ArrayList<>();
        for (String root : roots) {
            Path p = new Path(root);
            FileSystem fs = p.getFileSystem(conf);
            Path q = fs.makeQualified(p);
            FileStatus st;
            try {
                st = fs.getFileStatus(q);
            } catch (java.io.FileNotFoundException e) {
                out.add(new Input(out.size(), q.toUri().toString(), name(q), display(q), false,
                        "no such file or folder: " + root, null));
                continue;
            }
            walk(fs, st, out, new HashMap<>());
        }
        return out;
    }

    private static void walk(FileSystem fs, FileStatus st, List<Input> out, Map<Path, List<String>> lists)
            throws IOException {
        Path p = st.getPath();
        if (!st.isDirectory()) {
            String name = name(p);
            String lower = name.toLowerCase(Locale.ROOT);
            boolean jsonl = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
            Manifests m = null;
            if (!jsonl && p.getParent() != null) {
                Path folder = p.getParent();
                List<String> above = folder.getParent() == null ? List.of() : lists(fs, folder.getParent(), lists);
                m = new Manifests(folder.toUri().toString(), lists(fs, folder, lists), above);
            }
            out.add(new Input(out.size(), p.toUri().toString(), name, display(p), jsonl, null, m));
            return;
        }
        FileStatus[] children;
        try {
            children = fs.listStatus(p);
        } catch (IOException e) {
            out.add(new Input(out.size(), p.toUri().toString(), name(p), display(p), false,
                    "cannot list folder " + display(p) + ": " + e.getMessage(), null));
            return;
        }
        Arrays.sort(children, Comparator.comparing((FileStatus c) -> c.getPath().getName()));
        for (FileStatus c : children) {
            if (!c.getPath().getName().startsWith(".")) {
                walk(fs, c, out, lists);
            }
        }
    }

    /** The source lists in a folder (listed once per folder). */
    private static List<String> lists(FileSystem fs, Path folder, Map<Path, List<String>> cache) {
        return cache.computeIfAbsent(folder, f -> {
            List<String> l = new ArrayList<>();
            try {
                for (FileStatus c : fs.listStatus(f)) {
                    if (c.isFile() && LIST_NAME.matcher(c.getPath().getName()).matches()) {
                        l.add(c.getPath().toUri().toString());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no list then, as in the core
            }
            return l;
        });
    }

    private static String name(Path p) {
        String n = p.getName();
        return n.isEmpty() ? p.toString() : n;
    }

    /** As the core prints locations: a plain path for local files, the full URI otherwise. */
    static String display(Path p) {
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
    }

    /** The key under which Spark's {@code _metadata.file_path} finds a listed file. */
    static String key(String uri) {
        java.net.URI u = new Path(java.net.URI.create(uri)).toUri();
        return (u.getScheme() == null ? "" : u.getScheme()) + "|" + (u.getAuthority() == null ? "" : u.getAuthority())
                + "|" + u.getPath();
    }
}
