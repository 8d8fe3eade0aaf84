package org.frontline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Iterator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.frontline.model.RawDocument;

class FileWalkerTest {

    @TempDir
    Path dir;

    @Test
    void foldersSortedByNameRecursivelyAndArgumentsInGivenOrder() throws IOException {
        Files.createDirectories(dir.resolve("f/sub"));
        Files.writeString(dir.resolve("f/b.txt"), "bee");
        Files.writeString(dir.resolve("f/a.txt"), "ay");
        Files.writeString(dir.resolve("f/sub/c.txt"), "sea");
        Files.writeString(dir.resolve("f/.hidden"), "skip me");
        Files.writeString(dir.resolve("z.txt"), "zed");
        List<String> ids = new DocumentReader().read(List.of(dir.resolve("z.txt"), dir.resolve("f")))
                .map(RawDocument::id).toList();
        assertEquals(List.of("z.txt", "a.txt", "b.txt", "c.txt"), ids);
    }

    @Test
    void streamIsLazy() throws IOException {
        for (int i = 0; i < 50; i++) {
            Files.writeString(dir.resolve(String.format("%03d.txt", i)), "doc " + i);
        }
        Iterator<RawDocument> it = new DocumentReader().read(List.of(dir)).iterator();
        assertEquals("000.txt", it.next().id());
        // deleting a later file after the stream started must not matter until it is reached
        Files.delete(dir.resolve("049.txt"));
        RawDocument last = null;
        int rest = 0;
        while (it.hasNext()) {
            last = it.next();
            rest++;
        }
        assertEquals(49, rest);
        // the file was opened only when its turn came, so its deletion shows as a per-document error
        assertEquals("049.txt", last.id());
        org.junit.jupiter.api.Assertions.assertNotNull(last.error());
    }
}
