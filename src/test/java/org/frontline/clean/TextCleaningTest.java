package org.frontline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.frontline.model.Article;
import org.frontline.model.RawDocument;

/** Boilerplate removal and metadata from plain text and scraped dumps, on inputs written for the test. */
class TextCleaningTest {

    private final ArticleCleaner cleaner = new ArticleCleaner(LocalDate.of(2026, 1, 1));

    private Article clean(String text) {
        return cleaner.clean(new RawDocument("t.txt", "t.txt", RawDocument.Format.TEXT, text, null, null, null, null));
    }

    @Test
    void scrapedDumpLosesScriptShareCountsAndComments() {
        String dump = "By Ann Writer For Mailonline Published: 09:15 EST, 3 March 2018 | Updated: 11:00 EST, 3 March 2018 "
                + "e-mail var shareVia = 'SiteName'; Site.later('bundle', function(){ Site.has('top', { 'id': '1', "
                + "'title': 'A \\'quoted\\' title', 'flag': false }); }); 12 shares 40 View comments "
                + "Site.later('bundle', function(){ Site.Article.init('top'); }); The ferry resumed service on Monday. "
                + "Crews repaired the ramp overnight. Share what you think The comments below have not been moderated. "
                + "By posting your comment you agree to our house rules.";
        Article a = clean(dump);
        assertEquals("The ferry resumed service on Monday. Crews repaired the ramp overnight.", a.text());
        assertEquals("Ann Writer", a.byline());
        assertEquals("MailOnline", a.outlet());
        assertEquals(LocalDate.of(2018, 3, 3), a.published());
    }

    @Test
    void cssFragmentsGo() {
        Article a = clean(".promo-box { color: red; margin: 0 auto; } The ferry resumed service on Monday.");
        assertEquals("The ferry resumed service on Monday.", a.text());
    }

    @Test
    void proseWithDotsAndBracketsIsKept() {
        String s = "U.S. officials (speaking privately) said the talks.continue(slowly) on Tuesday.";
        assertEquals(s, clean(s).text());
    }

    @Test
    void bannersNavigationPaywallAndRelatedLinksGo() {
        Article a = clean("Home\n\nTrack your state Check the weather now\n$4.99 per month\n\n"
                + "This story is over 5 years old.\n\nFerry service resumes\n\nThe ferry resumed service on Monday.\n\n"
                + "Related: Another Story About Boats\n\nCrews repaired the ramp overnight.\n\nRead more\n\n"
                + "Agencies contributed to this article.");
        assertEquals("Ferry service resumes", a.title());
        assertEquals("The ferry resumed service on Monday.\n\nCrews repaired the ramp overnight.", a.text());
    }

    @Test
    void aRelatedHeadlineFlattenedIntoTheTextGoes() {
        Article a = clean("The ferry resumed service on Monday. ALSO READ: Harbour workers strike over pay, union says "
                + "The first boat left at dawn.");
        assertEquals("The ferry resumed service on Monday. The first boat left at dawn.", a.text().replaceAll("\\s+", " ").strip());
    }

    @Test
    void repeatedCaptionsKeepOneCopy() {
        Article a = clean("Ferry service resumes\n\nThe ferry resumed service on Monday.\n\n"
                + "Passengers wait on the pier at dawn\n\nPassengers wait on the pier at dawn\n\n"
                + "Passengers wait on the pi\nPassengers wait on the pier at dusk\n\nCrews repaired the ramp.");
        assertEquals("The ferry resumed service on Monday.\n\nPassengers wait on the pier at dawn\n\n"
                + "Passengers wait on the pier at dusk\n\nCrews repaired the ramp.", a.text());
    }

    @Test
    void creditedPhotoCaptionsGo() {
        Article a = clean("Ferry service resumes\n\nA boat in the harbour, May 2, 2016. (Jo Lens/Reuters)\n\n"
                + "Crowds gathered at the pier [AFP/Getty]\n\nThe ferry resumed service on Monday.");
        assertEquals("The ferry resumed service on Monday.", a.text());
        assertNull(a.published());
    }

    @Test
    void nameLineUnderHeadlineIsTheByline() {
        Article a = clean("Ferry service resumes\n\nMaria Lopez-Grant, and Tom Ree\n\nThe ferry resumed service on Monday.");
        assertEquals("Maria Lopez-Grant, and Tom Ree", a.byline());
        assertEquals("The ferry resumed service on Monday.", a.text());
    }

    @Test
    void outletMarkersAndDatelinesThatAreNotOutlets() {
        assertEquals("BBC", clean("Ferry service resumes\n\nBoats in the bay [Source: BBC]\n\nService resumed.").outlet());
        assertEquals("CNN", clean("(CNN) — The ferry resumed service on Monday.").outlet());
        assertEquals("Trend", clean("The ferry resumed service, Trend reports citing local media.").outlet());
        assertNull(clean("November 2, 2020 (KHARTOUM) - The ferry resumed service on Monday.").outlet());
    }

    @Test
    void commentSectionAtTheEndGoes() {
        Article a = clean("Ferry service resumes\nThe ferry resumed service on Monday.\nCrews repaired the ramp.\n"
                + "There are no comments.\n\nLEAVE A COMMENT Your email address will not be published.");
        assertEquals("The ferry resumed service on Monday.\n\nCrews repaired the ramp.", a.text());
    }

    @Test
    void wrappedLinesJoinIntoOneParagraph() {
        Article a = clean("Ferry service resumes\n\nThe ferry resumed service\non Monday after repairs.\nCrews left.");
        assertEquals("The ferry resumed service on Monday after repairs.\n\nCrews left.", a.text());
        assertFalse(a.text().contains("\n\n\n"));
    }

    @Test
    void failedDocumentGivesEmptyArticle() {
        Article a = cleaner.clean(RawDocument.failed("x.txt", "x.txt", "x.txt: empty"));
        assertEquals("", a.text());
        assertNull(a.published());
    }

    @Test
    void invisibleAndNonBreakingSpacesAreNormalised() {
        Article a = clean("Ferry\u00A0service resumes\u00A0\n\nThe\u200B ferry\u00A0resumed service.");
        assertEquals("Ferry service resumes", a.title());
        assertEquals("The ferry resumed service.", a.text());
        assertTrue(a.text().chars().noneMatch(c -> c == 0xA0));
    }
}
