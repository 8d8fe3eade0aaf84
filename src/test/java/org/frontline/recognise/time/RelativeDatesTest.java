package org.frontline.recognise.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.frontline.model.DateRange;
import org.frontline.model.Precision;
import org.junit.jupiter.api.Test;

/** Dates counted from publication; every sentence here is made up for the test. */
class RelativeDatesTest {

    /** A Wednesday. */
    static final LocalDate P = LocalDate.of(2019, 5, 15);
    private final TimeRecogniser recogniser = new TimeRecogniser();

    static DateRange range(String start, String end, Precision p) {
        return new DateRange(LocalDate.parse(start), LocalDate.parse(end), p);
    }

    static DateRange day(String d) {
        return DateRange.day(LocalDate.parse(d));
    }

    /** The single mention of the phrase in the sentence; checks the offsets too. */
    static TimeExpression only(TimeRecogniser r, String sentence, LocalDate published, String surface) {
        List<TimeExpression> found = r.recognise(sentence, published).stream()
                .filter(e -> e.mention().surface().equals(surface)).toList();
        assertEquals(1, found.size(), () -> surface + " in " + r.recognise(sentence, published));
        TimeMention m = found.get(0).mention();
        assertEquals(surface, sentence.substring(m.start(), m.end()));
        return found.get(0);
    }

    private DateRange read(String sentence, String surface) {
        return only(recogniser, sentence, P, surface).mention().range();
    }

    @Test
    void bareWeekdayIsTheLatestOnOrBeforePublication() {
        assertEquals(day("2019-05-13"), read("Militia fighters entered the village on Monday.", "Monday"));
        assertEquals(day("2019-05-15"), read("The convoy left on Wednesday, officials said.", "Wednesday"));
        assertEquals(day("2019-05-09"), read("Rebels shelled the base late on Thursday.", "late on Thursday"));
        assertEquals(day("2019-05-10"), read("Friday's raid destroyed two depots.", "Friday"));
        assertEquals(day("2019-05-08"), read("The town fell last Wednesday.", "last Wednesday"));
    }

    @Test
    void aNightRunsIntoTheNextDay() {
        assertEquals(range("2019-05-09", "2019-05-10", Precision.DAY),
                read("A counter-attack began on Thursday night.", "Thursday night"));
    }

    @Test
    void overnightAndDays() {
        DateRange night = range("2019-05-14", "2019-05-15", Precision.DAY);
        assertEquals(night, read("Drones struck the depot overnight.", "overnight"));
        assertEquals(night, read("Shells fell on the market last night.", "last night"));
        assertEquals(day("2019-05-14"), read("The bridge was blown up yesterday.", "yesterday"));
        assertEquals(day("2019-05-15"), read("Talks resumed today in the capital.", "today"));
        assertEquals(day("2019-05-15"), read("Sirens sounded this morning.", "this morning"));
        assertEquals(day("2019-05-15"), read("A bomb exploded earlier today.", "earlier today"));
    }

    @Test
    void weekendsAndWeeks() {
        DateRange weekend = range("2019-05-11", "2019-05-12", Precision.DAY);
        assertEquals(weekend, read("Clashes peaked at the weekend.", "at the weekend"));
        assertEquals(weekend, read("Clashes peaked over the weekend.", "over the weekend"));
        assertEquals(range("2019-05-06", "2019-05-12", Precision.WEEK), read("The army regrouped last week.", "last week"));
        assertEquals(range("2019-05-13", "2019-05-15", Precision.WEEK), read("It moved in this week.", "this week"));
        assertEquals(range("2019-05-13", "2019-05-15", Precision.WEEK),
                read("Earlier this week the road was cut.", "Earlier this week"));
        assertEquals(range("2019-05-08", "2019-05-15", Precision.WEEK),
                read("Both sides reported heavy losses in recent days.", "in recent days"));
        assertEquals(range("2019-05-08", "2019-05-15", Precision.WEEK),
                read("Food ran out in the past few days.", "in the past few days"));
        assertEquals(Precision.WEEK, read("Lines shifted in recent weeks.", "in recent weeks").precision());
    }

    @Test
    void agoCountsBackFromPublication() {
        assertEquals(range("2019-04-28", "2019-05-04", Precision.WEEK), read("The push began two weeks ago.", "two weeks ago"));
        assertEquals(day("2019-05-12"), read("He was seized three days ago.", "three days ago"));
        assertEquals(range("2019-04-01", "2019-04-30", Precision.MONTH), read("It fell a month ago.", "a month ago"));
        assertEquals(range("2019-05-12", "2019-05-15", Precision.WEEK),
                read("Forty fighters died in the past three days.", "in the past three days"));
    }

    @Test
    void monthsAndYears() {
        assertEquals(range("2019-04-01", "2019-04-30", Precision.MONTH), read("Aid stopped last month.", "last month"));
        assertEquals(range("2019-05-01", "2019-05-15", Precision.MONTH), read("Strikes rose this month.", "this month"));
        assertEquals(range("2018-01-01", "2018-12-31", Precision.YEAR), read("The dam was lost last year.", "last year"));
        assertEquals(range("2019-01-01", "2019-05-15", Precision.YEAR),
                read("Earlier this year the rebels withdrew.", "Earlier this year"));
    }

    @Test
    void seasons() {
        LocalDate august = LocalDate.of(2019, 8, 20);
        assertEquals(range("2019-06-01", "2019-08-31", Precision.MONTH),
                only(recogniser, "The siege began this summer.", august, "this summer").mention().range());
        assertEquals(range("2019-06-01", "2019-08-20", Precision.MONTH),
                only(recogniser, "It was retaken earlier this summer.", august, "earlier this summer").mention().range());
        assertEquals(range("2018-12-01", "2019-02-28", Precision.MONTH),
                only(recogniser, "Convoys stalled last winter.", august, "last winter").mention().range());
    }

    @Test
    void durationsAreNotDates() {
        assertTrue(recogniser.find("After a two-week long battle they issued a 72-hour ultimatum.", P).isEmpty());
    }
}
