package org.frontline.recognise.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The inference rules on short made-up stories. */
class PublicationDateInferenceTest {

    private final PublicationDateInference inference = new PublicationDateInference();

    @Test
    void captionDateAndALaterWeekday() {
        // 4 February 2017 was a Saturday; "on Monday" puts the story on the 6th
        String story = "Government troops reached the ring road on Monday.\n"
                + "A fighter rests near a checkpoint on February 4, 2017.\n"
                + "Suicide attackers struck on Saturday.";
        assertEquals(Optional.of(LocalDate.of(2017, 2, 6)), inference.infer(story));
    }

    @Test
    void aDatelineAndTheDayBefore() {
        // 10 November 2017 was a Friday; "on Thursday" is the day before, not next week
        String story = "BEIRUT, November 10 2017. The militants struck back on Thursday night.";
        assertEquals(Optional.of(LocalDate.of(2017, 11, 10)), inference.infer(story));
    }

    @Test
    void aYearlessRangeRaisesTheBound() {
        String story = "Friday's push was the largest in months. A street in the old city, May 24, 2016. "
                + "Monitors say 20,000 people fled between the 24 and 27 May.";
        assertEquals(Optional.of(LocalDate.of(2016, 5, 27)), inference.infer(story));
    }

    @Test
    void withoutWeekdayTheLatestFullDate() {
        String story = "The report of 3 March 2015 was followed by another on 9 March 2015.";
        assertEquals(Optional.of(LocalDate.of(2015, 3, 9)), inference.infer(story));
    }

    @Test
    void aDeadlineLongAfterTheLatestDateDoesNotCount() {
        String story = "Pictured on 8 August 2021. Troops must leave by Aug. 31, officials said on Sunday.";
        assertEquals(Optional.of(LocalDate.of(2021, 8, 8)), inference.infer(story));
    }

    @Test
    void noYearNoGuess() {
        assertTrue(inference.infer("The town fell on Sunday after a siege since mid-July.").isEmpty());
        assertTrue(inference.infer("").isEmpty());
        assertTrue(inference.infer(null).isEmpty());
    }

    @Test
    void anAddressMonthAndTheLeadWeekday() {
        // the address gives September 2015; its first Saturday, the 5th, is the first day the lead fits
        assertEquals(LocalDate.of(2015, 9, 5), inference.inMonth(
                "Fighters took the town on Saturday, a governor said.", java.time.YearMonth.of(2015, 9)));
    }

    @Test
    void anAddressMonthAndADayTheTextNames() {
        assertEquals(LocalDate.of(2015, 9, 18), inference.inMonth(
                "The convoy was hit on September 18, officials said on Friday.", java.time.YearMonth.of(2015, 9)));
    }

    @Test
    void anAddressMonthAlone() {
        assertEquals(LocalDate.of(2015, 9, 1), inference.inMonth("Fighting went on.", java.time.YearMonth.of(2015, 9)));
    }

    @Test
    void aDayWithItsWeekdayPinsTheYear() {
        // 30 June fell on a Sunday in 2024 and 2019; the latest not after the bound is taken
        assertEquals(Optional.of(LocalDate.of(2024, 6, 30)),
                inference.weekdayPinned("Rebels said on Sunday, June 30, they held the town.", LocalDate.of(2026, 12, 7)));
        assertEquals(Optional.of(LocalDate.of(2019, 6, 30)),
                inference.weekdayPinned("Rebels said on Sunday 30 June they held the town.", LocalDate.of(2024, 6, 1)));
    }

    @Test
    void aDayWithAYearIsNotPinnedByItsWeekday() {
        assertEquals(Optional.empty(),
                inference.weekdayPinned("Rebels said on Sunday, June 30, 2013 they held the town.", LocalDate.of(2026, 12, 7)));
    }
}
