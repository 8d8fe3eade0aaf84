package org.frontline.recognise.time;

import static org.frontline.recognise.time.RelativeDatesTest.P;
import static org.frontline.recognise.time.RelativeDatesTest.day;
import static org.frontline.recognise.time.RelativeDatesTest.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.frontline.model.DateRange;
import org.frontline.model.Precision;
import org.frontline.recognise.time.TimeExpression.Anchor;
import org.junit.jupiter.api.Test;

/** Dates written with month names and years, against a publication date of Wednesday 15 May 2019. */
class CalendarDatesTest {

    private final TimeRecogniser recogniser = new TimeRecogniser();

    private TimeExpression expr(String sentence, String surface) {
        return RelativeDatesTest.only(recogniser, sentence, P, surface);
    }

    private DateRange read(String sentence, String surface) {
        return expr(sentence, surface).mention().range();
    }

    @Test
    void fullDates() {
        assertEquals(day("2017-02-04"), read("Troops gathered near the dam on February 4, 2017.", "February 4, 2017"));
        assertEquals(day("2017-02-04"), read("The photo was taken on 4 February 2017 at dawn.", "4 February 2017"));
        assertEquals(day("2014-12-07"), read("Gunmen stood guard on Dec. 7, 2014, in the square.", "Dec. 7, 2014"));
        assertEquals(day("2019-06-12"), read("It appeared on Wednesday, June 12, 2019 in print.", "Wednesday, June 12, 2019"));
        assertEquals(Anchor.EXPLICIT, expr("Seen on February 4, 2017.", "February 4, 2017").anchor());
    }

    @Test
    void dayMonthTakesThePublicationYearUnlessThatIsInTheFuture() {
        assertEquals(day("2019-02-04"), read("Columns moved in on Feb. 4 from the west.", "Feb. 4"));
        assertEquals(day("2019-02-04"), read("Columns moved in on 4 February from the west.", "4 February"));
        assertEquals(day("2018-11-26"), read("The airport closed on 26 November.", "26 November"));
        assertEquals(day("2019-05-10"), read("A truce was signed on the 10th of May.", "the 10th of May"));
        assertEquals(Anchor.CALENDAR, expr("Columns moved in on Feb. 4.", "Feb. 4").anchor());
    }

    @Test
    void ranges() {
        DateRange r = range("2019-05-02", "2019-05-05", Precision.DAY);
        assertEquals(r, read("Families left between the 2 and 5 May, aid groups said.", "between the 2 and 5 May"));
        assertEquals(r, read("Families left from 2 to 5 May.", "from 2 to 5 May"));
        assertEquals(r, read("Families left on 2-5 May.", "2-5 May"));
        assertEquals(r, read("Families left between May 2 and 5.", "between May 2 and 5"));
        assertEquals(range("2018-12-28", "2019-01-03", Precision.DAY),
                read("Roads were shut from 28 December to 3 January.", "from 28 December to 3 January"));
    }

    @Test
    void months() {
        assertEquals(range("2019-04-01", "2019-04-30", Precision.MONTH), read("In April the rebels lost the hill.", "April"));
        assertEquals(range("2018-12-01", "2018-12-31", Precision.MONTH), read("The city fell in December.", "December"));
        assertEquals(range("2016-04-01", "2016-04-30", Precision.MONTH), read("Shelling resumed in April 2016.", "April 2016"));
        assertEquals(range("2017-10-01", "2017-10-31", Precision.MONTH), read("It was lost in October 2017.", "October 2017"));
        assertEquals(range("2018-12-01", "2018-12-10", Precision.WEEK), read("A truce held from early December.", "early December"));
        assertEquals(range("2018-07-21", "2018-07-31", Precision.WEEK), read("Fighting flared in late July.", "late July"));
        // written in May: "last May" is a year back, "last April" this year's
        assertEquals(range("2018-05-01", "2018-05-31", Precision.MONTH), read("The town fell last May.", "May"));
        assertEquals(range("2019-05-01", "2019-05-31", Precision.MONTH), read("The town fell in May.", "May"));
        assertEquals(range("2019-04-01", "2019-04-30", Precision.MONTH), read("The town fell last April.", "April"));
    }

    @Test
    void yearsDecadesAndSince() {
        assertEquals(range("2015-01-01", "2015-12-31", Precision.YEAR), read("The base was built in 2015.", "2015"));
        assertEquals(range("1990-01-01", "1999-12-31", Precision.YEAR), read("The region broke away in the 1990s.", "the 1990s"));
        TimeExpression since = expr("The war has raged since 2011.", "since 2011");
        assertTrue(since.since());
        assertEquals(range("2011-01-01", "2019-05-15", Precision.YEAR), since.mention().range());
        TimeExpression mid = expr("The town has been cut off since mid-March.", "since mid-March");
        assertTrue(mid.since());
        assertEquals(range("2019-03-11", "2019-05-15", Precision.WEEK), mid.mention().range());
        assertFalse(expr("The base was built in 2015.", "2015").since());
    }

    @Test
    void notDates() {
        assertTrue(recogniser.find("The talks may be delayed and a march is planned.", P).isEmpty());
        assertTrue(recogniser.find("May God protect them, said a resident.", P).isEmpty());
        assertTrue(recogniser.find("Some 2000 fighters and 24 tanks took part.", P).isEmpty());
        assertTrue(recogniser.find("The report is dated 31 February, which does not exist.", P).isEmpty());
        assertTrue(recogniser.find("Crowds gathered as Theresa May spoke.", P).isEmpty());
        assertTrue(recogniser.find("Prices rose 24,000 percent.", P).isEmpty());
    }

    @Test
    void aWordLikeMarchIsADateOnlyAfterACue() {
        assertEquals(1, recogniser.find("The march in March drew thousands.", P).size());
    }
}
