package org.frontline.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sources.yaml and sources.toml read to the same sources; mistakes named with their source. */
class SourcesFileTest {
    @TempDir
    Path tmp;

    @Test
    void yamlAndTomlSayTheSame() throws IOException {
        Path yaml = Files.writeString(tmp.resolve("sources.yaml"), """
                sources:
                  - url: https://example.org/feed.xml
                    kind: atom
                    interval: 90s
                    outlet: Example Outlet
                    theatre: Syria
                  - url: https://example.org/news-sitemap.xml
                    kind: news-sitemap
                  - folder: inbox
                    interval: 2m
                """);
        Path toml = Files.writeString(tmp.resolve("sources.toml"), """
                [[sources]]
                url = "https://example.org/feed.xml"
                kind = "atom"
                interval = "90s"
                outlet = "Example Outlet"
                theatre = "Syria"

                [[sources]]
                url = "https://example.org/news-sitemap.xml"
                kind = "news_sitemap"

                [[sources]]
                folder = "inbox"
                interval = "2m"
                """);
        List<Source> a = SourcesFile.read(yaml);
        assertEquals(a, SourcesFile.read(toml));
        assertEquals(new Source("https://example.org/feed.xml", SourceKind.ATOM, Duration.ofSeconds(90), "Example Outlet", "Syria"), a.get(0));
        assertEquals(SourceKind.NEWS_SITEMAP, a.get(1).kind());
        assertEquals(Duration.ofMinutes(15), a.get(1).interval(), "the default interval");
        assertEquals(SourceKind.FOLDER, a.get(2).kind());
        assertEquals(tmp.resolve("inbox").toString(), a.get(2).location(), "a folder is relative to the sources file");
    }

    @Test
    void mistakesAreNamed() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "sources:\n  - url: https://example.org/a\n  - url: https://example.org/b\n    interval: soon\n");
        IOException e = assertThrows(IOException.class, () -> SourcesFile.read(bad));
        assertTrue(e.getMessage().contains("source 2") && e.getMessage().contains("soon"), e.getMessage());
        Path noList = Files.writeString(tmp.resolve("none.yaml"), "feeds: []\n");
        assertThrows(IOException.class, () -> SourcesFile.read(noList));
        Path kind = Files.writeString(tmp.resolve("kind.yaml"), "sources:\n  - {url: https://example.org/a, kind: podcast}\n");
        assertTrue(assertThrows(IOException.class, () -> SourcesFile.read(kind)).getMessage().contains("source 1"));
    }
}
