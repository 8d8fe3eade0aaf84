package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.DateRange;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Precision;
import org.frontline.model.Status;
import org.junit.jupiter.api.Test;

class EventMergerTest {
    private static final Place KAFRA = ExtractionFixture.town("Kafra", 36.1, 37.2);

    private static Event capture(DateRange date, String dateText, String evidence) {
        return new Event(EventType.TERRITORY_CAPTURED, List.of("Islamic State"), List.of("Syrian government"), KAFRA, null,
                date, dateText, null, null, List.of(), Status.REPORTED, evidence);
    }

    @Test
    void theDateTheTextGivesInWordsBeatsANarrowerInferredOne() {
        DateRange thursdayNight = new DateRange(LocalDate.of(2017, 11, 9), LocalDate.of(2017, 11, 10), Precision.DAY);
        Event told = capture(thursdayNight, "Thursday night", "IS retook Kafra on Thursday night.");
        Event inferred = capture(DateRange.day(LocalDate.of(2017, 11, 9)), null, "The militants punched back into Kafra.");
        List<Event> merged = EventMerger.merge(List.of(inferred, told));
        assertEquals(1, merged.size(), merged.toString());
        assertEquals(thursdayNight, merged.get(0).date());
        assertEquals("Thursday night", merged.get(0).dateText());
    }

    @Test
    void anUndatedLedeFoldsIntoTheTellingTheBodyDatesWithinTheWeek() {
        Event lede = capture(DateRange.day(LocalDate.of(2017, 11, 15)), null, "IS retook Kafra.");
        Event body = capture(DateRange.day(LocalDate.of(2017, 11, 9)), "Thursday", "IS retook Kafra on Thursday.");
        List<Event> merged = EventMerger.merge(List.of(lede, body));
        assertEquals(1, merged.size(), merged.toString());
        assertEquals(LocalDate.of(2017, 11, 9), merged.get(0).date().start());
    }
}
