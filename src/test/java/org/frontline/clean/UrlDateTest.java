package org.frontline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlDateTest {
    @Test
    void readsTheCommonNewsPathStyles() {
        assertEquals(LocalDate.of(2015, 1, 22), UrlDate.of("https://news.example/story/world/2015/01/22/some-slug/123/"));
        assertEquals(LocalDate.of(2014, 6, 12), UrlDate.of("http://paper.example/news/2014/jun/12/slug/?print"));
        assertEquals(LocalDate.of(2018, 7, 6), UrlDate.of("http://site.example/view/2018-07/06/content_1.htm"));
        assertEquals(LocalDate.of(2020, 2, 8), UrlDate.of("https://site.example/a/20200208/slug.html"));
    }

    @Test
    void urlsWithoutADateOrWithAnImpossibleOneGiveNone() {
        assertNull(UrlDate.of("https://site.example/news/some-story-about-2015"));
        assertNull(UrlDate.of("https://site.example/2015/02/31/slug/"));
        assertNull(UrlDate.of(null));
    }
}
