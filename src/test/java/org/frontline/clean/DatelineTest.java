package org.frontline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.frontline.model.Article;
import org.frontline.model.RawDocument;

/** Publication dates from the text: every dateline style of the corpus, written afresh, and the traps. */
class DatelineTest {

    private final ArticleCleaner cleaner = new ArticleCleaner(LocalDate.of(2026, 1, 1));

    private Article clean(String text) {
        return cleaner.clean(new RawDocument("t.txt", "t.txt", RawDocument.Format.TEXT, text, null, null, null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "By Ann Writer For Mailonline Published: 09:15 EST, 3 March 2018 | Updated: 11:00 EST, 3 March 2018 Rain fell. # 2018-03-03",
        "Bridge reopened\\n\\n14 June 2019 08:30 (UTC+04:00)\\n\\nTraffic resumed on the bridge. # 2019-06-14",
        "Bridge reopened\\n3 min read\\n05 April, 2020\\nTraffic resumed. # 2020-04-05",
        "Bridge reopened\\n\\nSeptember 9, 2021 6:45 pm\\nTraffic resumed. # 2021-09-09",
        "October 2, 2020 (NAIROBI) - Traffic resumed on the bridge on Friday. # 2020-10-02",
        "Bridge reopened\\n\\nUpdated: May 3, 2018 • 09:20 AM ET\\n\\nTraffic resumed. # 2018-05-03",
        "2 December 2022\\n\\nBridge reopened\\n\\nTraffic resumed. # 2022-12-02",
        "Bridge reopened\\n\\nApril 11, 2023\\n\\nTraffic resumed. # 2023-04-11",
        "Bridge reopened\\nOct. 14, 2016\\nTraffic resumed. # 2016-10-14",
        "Bridge reopened\\nFebruary 3 2018 10:05 PM\\nTraffic resumed. # 2018-02-03",
        "Bridge reopened\\n\\nWednesday, March 5, 2014\\n\\nBAGHDAD -- Traffic resumed. # 2014-03-05",
        "BEIRUT, March 3, 2017 (Reuters) -- Traffic resumed on the bridge. # 2017-03-03",
        "Bridge reopened\\nSunday 04/09/2016\\nTraffic resumed. # 2016-09-04",
        "Bridge reopened\\n13-08-2014 14:05 GMT\\nTraffic resumed. # 2014-08-13",
        "Bridge reopened\\nNews Desk | Updated: 23-08-2024 15:08 IST | Created: 21-08-2024 09:00 IST\\nTraffic resumed. # 2024-08-21",
        "Bridge reopened\\nPosted 05.06.2019 by the desk; corrected 21.06.2019\\nTraffic resumed. # 2019-06-05",
        "Bridge reopened\\nposter_name\\nJoined\\nNov 3, 2008\\nMessages\\n8,612\\nSun Jan 25, 2009 9:16am EST\\nTraffic resumed. # 2009-01-25",
    })
    void datelineStyles(String text, String expected) {
        Article a = clean(text.replace("\\n", "\n"));
        assertEquals(LocalDate.parse(expected), a.published(), a.text());
        assertFalse(a.publishedInferred());
    }

    @Test
    void yearlessWireDatelineTakesTheYearFromTheWeekdayInTheLede() {
        // 6 July was a Friday in 2018 (and 2012, which is before the latest year the text mentions)
        Article a = clean("Bridge reopened\n\nAMMAN, July 6 (Xinhua) -- Engineers on Friday reopened the bridge, "
                + "which was damaged in 2015.");
        assertEquals(LocalDate.of(2018, 7, 6), a.published());
        assertEquals("Xinhua", a.outlet());
    }

    @Test
    void yearlessDatelineTakesTheYearOfAUrlThatGivesOnlyYearAndMonth() {
        String text = "Bridge reopened\n\nAMMAN, Jordan, April 28 (Wire) --Engineers reopened the bridge.";
        Article a = cleaner.clean(new RawDocument("t.txt", "t.txt", RawDocument.Format.TEXT, text, null,
                "https://blog.example/2015/04/bridge-reopened.html", null, null));
        assertEquals(LocalDate.of(2015, 4, 28), a.published());
        assertEquals(org.frontline.model.PublishedSource.DATELINE, a.publishedSource());
        Article december = cleaner.clean(new RawDocument("t.txt", "t.txt", RawDocument.Format.TEXT,
                text.replace("April 28", "Dec. 30"), null, "https://blog.example/2016/01/bridge.html", null, null));
        assertEquals(LocalDate.of(2015, 12, 30), december.published(), "a late-December dateline filed in January");
    }

    @Test
    void aNumericDateThatCouldBeEitherWayRoundIsNotGuessed() {
        assertNull(clean("Bridge reopened\n04/09/2016\nTraffic resumed.").published());
    }

    @Test
    void yearlessDatelineWithoutWeekdayStaysUnknown() {
        assertNull(clean("AMMAN, July 6 (Xinhua) -- Engineers reopened the bridge.").published());
    }

    @Test
    void captionAndNarrativeDatesAreNotPublicationDates() {
        Article a = clean("Bridge reopened\n\nWorkers stand on the bridge on March 2, 2017\n\n"
                + "Workers stand on the bridge on March 2, 2017\n\nThe bridge closed on 1 January 2016 and reopened today.");
        assertNull(a.published());
        assertFalse(a.publishedInferred());
    }

    @Test
    void scrapedDateLineIsAFallbackOnly() {
        Article own = clean(" date 2021-09-30 Home\n\nBridge reopened\n\nSeptember 2, 2021 5:00 am\n\nTraffic resumed.");
        assertEquals(LocalDate.of(2021, 9, 2), own.published());
        Article none = clean(" date 2021-09-30 Traffic resumed on the bridge on Tuesday.");
        assertEquals(LocalDate.of(2021, 9, 30), none.published());
        assertFalse(none.text().contains("date 2021"), none.text());
    }

    @Test
    void gettyStyleCaptionDatelineIsIgnored() {
        Article a = clean("PARIS, FRANCE - MAY 4: A view of the bridge on May 4,2022 in Paris. (Photo by Some One/Getty Images)"
                + "\n\nBridge reopened\n\nTraffic resumed.");
        assertNull(a.published());
    }
}
