package org.frontline.serve.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a POSTed body waits while it is read: one folder per request, named after the server's
 * process, under a root of the server's own ({@code -Dfrontline.uploads}, by default
 * {@code frontline-uploads} in the temp folder). A server killed mid-request cannot delete its
 * folder, so each server sweeps, when it starts, the folders of processes that no longer run
 * (issue 16: {@code frontline-post*} folders piled up in the temp folder). Folders of servers
 * still running beside it are left alone.
 */
final class Uploads {
    private static final String PREFIX = "post-";
    private final Path root;

    Uploads(Path root) {
        this.root = root;
    }

    static Uploads standard() {
        String configured = System.getProperty("frontline.uploads");
        return new Uploads(configured != null ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "frontline-uploads"));
    }

    /** A fresh folder for one request's body; the caller deletes it with {@link #delete}. */
    Path create() throws IOException {
        Files.createDirectories(root);
        return Files.createTempDirectory(root, PREFIX + ProcessHandle.current().pid() + "-");
    }

    /** Deletes the folders left by processes that are gone; returns how many. */
    int sweep() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int swept = 0;
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.toList()) {
                if (orphaned(d.getFileName().toString())) {
                    delete(d);
                    swept++;
                }
            }
        } catch (IOException e) {
            // a folder we cannot list is left as it was: serving matters more than tidying
        }
        return swept;
    }

    private static boolean orphaned(String name) {
        if (!name.startsWith(PREFIX)) {
            return false;
        }
        int dash = name.indexOf('-', PREFIX.length());
        try {
            long pid = Long.parseLong(name.substring(PREFIX.length(), dash < 0 ? name.length() : dash));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // gone already, or the next start's sweep takes it
        }
    }
}
