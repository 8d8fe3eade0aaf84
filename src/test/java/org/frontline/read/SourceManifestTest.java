package org.frontline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceManifestTest {
    @Test
    void aListBesideTheFolderGivesEachFileItsUrl(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("dev"));
        Path a = Files.writeString(folder.resolve("a.txt"), "text");
        Path b = Files.writeString(folder.resolve("b.txt"), "text");
        Files.writeString(root.resolve("SOURCES-dev.md"), "a.txt https://news.example/2015/01/22/story/\nnot a line\n");
        SourceManifest m = new SourceManifest();
        assertEquals("https://news.example/2015/01/22/story/", m.urlOf(a));
        assertNull(m.urlOf(b));
    }

    @Test
    void noListMeansNoUrl(@TempDir Path root) throws Exception {
        Path a = Files.writeString(root.resolve("a.txt"), "text");
        assertNull(new SourceManifest().urlOf(a));
    }
}
