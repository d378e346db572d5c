package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CxDayTest {

    @ParameterizedTest
    @CsvSource({"2024, 2024-10-01", "2025, 2025-10-07", "2026, 2026-10-06", "2027, 2027-10-05", "2028, 2028-10-03",
            "2030, 2030-10-01", "2031, 2031-10-07"})
    void theCxDayIsTheFirstTuesdayOfOctober(int year, LocalDate expected) {
        assertEquals(expected, CxDay.of(year));
    }

    @Test
    void everyYearsCxDayIsATuesdayInTheFirstWeekOfOctober() {
        for (int year = 1990; year <= 2100; year++) {
            LocalDate day = CxDay.of(year);
            assertEquals(DayOfWeek.TUESDAY, day.getDayOfWeek());
            assertEquals(10, day.getMonthValue());
            assertEquals(true, day.getDayOfMonth() <= 7, () -> day.toString());
        }
    }

    @Test
    void theNextCxDayIsThisYearsUntilItHasPassed() {
        assertEquals(LocalDate.of(2026, 10, 6), CxDay.next(LocalDate.of(2026, 3, 1)));
        assertEquals(LocalDate.of(2026, 10, 6), CxDay.next(LocalDate.of(2026, 10, 6)));
        assertEquals(LocalDate.of(2027, 10, 5), CxDay.next(LocalDate.of(2026, 10, 7)));
    }
}
