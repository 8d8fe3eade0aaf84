package org.frontline.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared reference material ({@code ../shared}: corpus and gold) that tests read but the
 * repository never contains. Tests skip, saying why, in a clone without it.
 */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    /** The shared folder, or a skipped test when it is absent. */
    public static Path root() {
        String prop = System.getProperty("frontline.shared");
        Path p = prop == null ? Path.of("..", "shared") : Path.of(prop);
        assumeTrue(Files.isDirectory(p.resolve("corpus")),
                "skipped: the shared corpus is not beside this clone (looked in " + p.toAbsolutePath()
                        + "; set -Dfrontline.shared=DIR)");
        return p;
    }

    public static Path seeds() {
        return root().resolve("corpus/seeds");
    }

    public static Path dev() {
        return root().resolve("corpus/dev");
    }

    public static Path gold(String name) {
        return root().resolve("spec/gold/" + name + ".jsonl");
    }
}
