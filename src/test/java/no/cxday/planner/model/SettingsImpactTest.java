package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsImpactTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 10, 6);

    private static Plan plan(Activity... activities) {
        Plan blank = Plan.blank("CX-dagen 2026", TUESDAY, new Lane("lane", "Kantina"));
        return blank.withSettings(settings(MONDAY, TUESDAY, LocalTime.of(8, 0), LocalTime.of(16, 0)))
                .withActivities(List.of(activities));
    }

    private static PlanSettings settings(LocalDate first, LocalDate last, LocalTime dayStart, LocalTime dayEnd) {
        return new PlanSettings("CX-dagen 2026", "", TUESDAY, first, last, dayStart, dayEnd, "Europe/Oslo");
    }

    @Test
    void aLaterDayStartCountsTheActivitiesItWouldCutInto() {
        Plan plan = plan(BalanceTest.activity("2026-10-06T08:00", "2026-10-06T10:00", 1, 0, 0),
                BalanceTest.activity("2026-10-06T08:00", "2026-10-06T08:30", 0, 1, 0),
                BalanceTest.activity("2026-10-06T09:00", "2026-10-06T15:00", 0, 0, 1),
                BalanceTest.activity("2026-10-06T10:00", "2026-10-06T10:45", 1, 1, 1));

        assertEquals(new SettingsImpact(0, 3),
                SettingsImpact.of(plan, settings(MONDAY, TUESDAY, LocalTime.of(10, 0), LocalTime.of(16, 0))));
        assertEquals(new SettingsImpact(0, 1),
                SettingsImpact.of(plan, settings(MONDAY, TUESDAY, LocalTime.of(8, 0), LocalTime.of(14, 0))));
        assertEquals(new SettingsImpact(0, 0),
                SettingsImpact.of(plan, settings(MONDAY, TUESDAY, LocalTime.of(7, 0), LocalTime.of(17, 0))));
    }

    @Test
    void fewerDaysCountTheActivitiesOnTheDaysLeftOut() {
        Plan plan = plan(BalanceTest.activity("2026-10-05T10:00", "2026-10-05T12:00", 1, 0, 0),
                BalanceTest.activity("2026-10-06T08:00", "2026-10-06T10:00", 0, 1, 0));

        assertEquals(new SettingsImpact(1, 0),
                SettingsImpact.of(plan, settings(TUESDAY, TUESDAY, LocalTime.of(8, 0), LocalTime.of(16, 0))));
        assertEquals(new SettingsImpact(1, 1),
                SettingsImpact.of(plan, settings(TUESDAY, TUESDAY, LocalTime.of(9, 0), LocalTime.of(16, 0))),
                "an activity left out is not counted again for the hours");
    }

    @Test
    void anActivityThatAlreadyStuckOutIsNotCountedAgain() {
        Plan plan = plan(BalanceTest.activity("2026-10-05T15:00", "2026-10-06T01:00", 1, 0, 0),
                BalanceTest.activity("2026-10-06T07:00", "2026-10-06T09:00", 0, 1, 0));

        assertEquals(new SettingsImpact(0, 0),
                SettingsImpact.of(plan, settings(MONDAY, TUESDAY, LocalTime.of(9, 0), LocalTime.of(15, 0))));
    }
}
