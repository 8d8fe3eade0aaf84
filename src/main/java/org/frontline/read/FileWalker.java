package org.frontline.read;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Expands the command-line paths into files, lazily: explicit arguments keep their order, folder
 * contents are visited depth-first sorted by file name (the contract's output order). Only one
 * folder listing per nesting level is held at a time, never the whole tree.
 */
final class FileWalker {

    /** A file to read, or a path that could not be listed (error set). */
    record Entry(Path path, String error) {
    }

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    Stream<Entry> walk(List<Path> roots) {
        Iterator<Entry> it = new Walk(roots);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }

    private static final class Walk implements Iterator<Entry> {
        /** Pending paths; a folder is replaced by its sorted children when it reaches the front. */
        private final Deque<Path> pending = new ArrayDeque<>();
        private Entry next;

        Walk(List<Path> roots) {
            pending.addAll(roots);
        }

        @Override
        public boolean hasNext() {
            while (next == null && !pending.isEmpty()) {
                next = advance(pending.pollFirst());
            }
            return next != null;
        }

        @Override
        public Entry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Entry e = next;
            next = null;
            return e;
        }

        private Entry advance(Path p) {
            if (!Files.exists(p)) {
                return new Entry(p, "no such file or folder: " + p);
            }
            if (!Files.isDirectory(p)) {
                return new Entry(p, null);
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                for (Path c : ds) {
                    String n = c.getFileName().toString();
                    // hidden files are editor/OS litter; a source manifest describes the reports, it is not one
                    if (!n.startsWith(".") && !(SourceManifest.isManifestName(n) && Files.isRegularFile(c))) {
                        children.add(c);
                    }
                }
            } catch (IOException | SecurityException e) {
                return new Entry(p, "cannot list folder " + p + ": " + e.getMessage());
            }
            children.sort(BY_NAME);
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.addFirst(children.get(i));
            }
            return null;
        }
    }
}
