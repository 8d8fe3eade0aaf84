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
        assertEquals(LocalDate.of(2014, 6, 15), UrlDate.of("https://broadcaster.example/news/2014/0615/623967-town/"));
        assertEquals(LocalDate.of(2022, 11, 2), UrlDate.of("http://aggregator.example/stories/202211020103.html"));
    }

    @Test
    void readsRunTogetherAndYearLastDates() {
        assertEquals(LocalDate.of(2009, 8, 14), UrlDate.of("http://paper.example/news-story-081409-2009aug14-story.html"));
        // only August 19 reads "0819"; "0812" is read day first, as most of the world writes it
        assertEquals(LocalDate.of(2024, 8, 19), UrlDate.of("https://radio.example/news/fighting-town-08192024071109.html"));
        assertEquals(LocalDate.of(2015, 12, 8), UrlDate.of("https://site.example/english/iraq/08122015-amp"));
        assertEquals(null, UrlDate.of("https://site.example/amp/retake-town/27710669.html"));
    }

    @Test
    void readsDatesWrittenIntoSlugsAndQueries() {
        assertEquals(LocalDate.of(2015, 1, 5), UrlDate.of("http://paper.example/world/troops-flee-base-20150105-12i0h9.html"));
        assertEquals(LocalDate.of(2023, 3, 4), UrlDate.of("https://site.example/story?utm_source=x&utm_content=20230304"));
        assertEquals(LocalDate.of(2014, 12, 31), UrlDate.of("https://site.example/31-Dec-2014/forces-clear-town"));
        assertEquals(LocalDate.of(2024, 3, 22), UrlDate.of("https://site.example/army-says-ambush-killed-23fri-22-mar-2024-094201-gmt"));
        assertEquals(LocalDate.of(2023, 3, 4), UrlDate.of("https://site.example/news/march-4-2023-town-shelled"));
    }

    @Test
    void aYearAndMonthWithoutADayAreKeptApart() {
        assertNull(UrlDate.of("https://blog.example/2015/04/rebels-take-town.html"));
        assertEquals(java.time.YearMonth.of(2015, 4), UrlDate.yearMonth("https://blog.example/2015/04/rebels-take-town.html"));
        assertNull(UrlDate.yearMonth("https://blog.example/news/rebels-take-town.html"));
    }

    @Test
    void aLongNumberIsNotADate() {
        assertNull(UrlDate.of("https://site.example/article/3061474-soldiers-rescue"));
        assertNull(UrlDate.of("https://site.example/a/201502081234/slug"));
    }

    @Test
    void urlsWithoutADateOrWithAnImpossibleOneGiveNone() {
        assertNull(UrlDate.of("https://site.example/news/some-story-about-2015"));
        assertNull(UrlDate.of("https://site.example/2015/02/31/slug/"));
        assertNull(UrlDate.of(null));
    }

    @Test
    void anAddressATextStatesNearItsTopDatesIt() {
        String archived = "This copy was saved from a news site.\n\nOriginal at http://paper.example/world/2016/mar/09/"
                + "rebels-take-hill\n\nRebels took the hill on Monday.";
        assertEquals(LocalDate.of(2016, 3, 9), ArticleCleaner.statedUrlDate(archived));
        // an address deep in the story is a link, not the report's own
        String linked = "Rebels took the hill on Monday. " + "More words follow here. ".repeat(60)
                + "See http://paper.example/world/2016/mar/09/other-story";
        assertNull(ArticleCleaner.statedUrlDate(linked));
    }
}
