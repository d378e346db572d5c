package no.cxday.planner.model;

import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * What new settings would do to the plan's activities: how many would lie outside the plan's days,
 * which the rules forbid, and how many that now lie within the day's hours would stick out of the
 * new ones (drawn as slivers at the edge of the timeline, and counting in the balance only for
 * their minutes inside). An activity that already sticks out, such as one past midnight, is not
 * counted again.
 */
public record SettingsImpact(int outsideDays, int outsideHours) {

    public static SettingsImpact of(Plan plan, PlanSettings settings) {
        LocalDateTime earliest = settings.firstDay().atStartOfDay();
        LocalDateTime latest = settings.lastDay().plusDays(1).atStartOfDay();
        int days = 0;
        int hours = 0;
        for (Activity activity : plan.activities()) {
            if (PlanRules.timeProblem("", activity.start(), activity.end(), earliest, latest) != null) {
                days++;
            } else if (withinHours(activity, plan.dayStart(), plan.dayEnd())
                    && !withinHours(activity, settings.dayStart(), settings.dayEnd())) {
                hours++;
            }
        }
        return new SettingsImpact(days, hours);
    }

    private static boolean withinHours(Activity activity, LocalTime dayStart, LocalTime dayEnd) {
        return Balance.minutesInsideDayWindows(activity.start(), activity.end(), dayStart, dayEnd)
                >= activity.minutes();
    }
}
