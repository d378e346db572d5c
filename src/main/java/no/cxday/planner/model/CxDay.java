package no.cxday.planner.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/** International Customer Experience Day: the first Tuesday of October. */
public final class CxDay {

    private CxDay() {
    }

    public static LocalDate of(int year) {
        return LocalDate.of(year, Month.OCTOBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
    }

    /** The CX day still to come on {@code today}, or today itself when it is the day. */
    public static LocalDate next(LocalDate today) {
        LocalDate thisYear = of(today.getYear());
        return thisYear.isBefore(today) ? of(today.getYear() + 1) : thisYear;
    }
}
