package no.cxday.planner.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.PlanSettings;
import no.cxday.planner.model.Task;

/** Large plans for the benchmarks: many activities in many lanes over the longest span allowed. */
public final class LargePlans {

    static final LocalDate CX_DAY = LocalDate.of(2026, 10, 6);

    private LargePlans() {
    }

    /** {@code count} activities in {@code lanes} lanes over 31 days, with tasks and evaluations on some. */
    public static Plan of(int count, int lanes) {
        Plan plan = Plan.blank("CX-dagen 2026 – stor plan", CX_DAY, new Lane("lane-0", "Spor 0"));
        for (int l = 1; l < lanes; l++) {
            plan = PlanEdits.addLane(plan, new Lane("lane-" + l, "Spor " + l));
        }
        plan = plan.withSettings(new PlanSettings(plan.title(), "Eksempel AS", CX_DAY, CX_DAY.minusDays(15),
                CX_DAY.plusDays(15), plan.dayStart(), plan.dayEnd(), plan.timeZone()));
        List<Activity> activities = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDateTime start = CX_DAY.plusDays(i % 31 - 15).atTime(8, 0).plusMinutes((i * 15L) % 420);
            List<Task> tasks = i % 5 == 0 ? List.of(new Task(null, "Forberede aktivitet " + i, "", CX_DAY.minusDays(3), false,
                    Extras.NONE)) : List.of();
            Evaluation evaluation = i % 3 == 0 ? new Evaluation(true, 1 + i % 5, 10 + i % 90, "Notat " + i,
                    Extras.NONE) : null;
            activities.add(new Activity("a-" + i, "kake-og-kaffe", "Aktivitet nummer " + i + " med æøå", "lane-"
                    + (i % lanes), start, start.plusMinutes(30 + (i % 4) * 15), new Pillars(i % 4, (i + 1) % 4,
                    (i + 2) % 4), "Ansvarlig " + (i % 40), "Rom " + (i % 12), "", tasks, evaluation, null, null, Extras.NONE));
        }
        return plan.withActivities(activities);
    }

    /** The plan of {@code count} activities in 20 lanes with three tasks on each, of 30 owners, some done, some without a date. */
    public static Plan withThreeTasksEach(int count) {
        Plan plan = of(count, 20);
        List<Activity> activities = new ArrayList<>(count);
        for (Activity a : plan.activities()) {
            int n = Integer.parseInt(a.id().substring(2));
            activities.add(a.withTasks(List.of(
                    new Task("t-" + (3 * n + 1), "Bestille " + n, "Eier " + (n % 30), CX_DAY.minusDays(n % 20),
                            n % 4 == 0, Extras.NONE),
                    new Task("t-" + (3 * n + 2), "Invitere " + n, "", CX_DAY.minusDays(n % 9), false, Extras.NONE),
                    new Task("t-" + (3 * n + 3), "Følge opp " + n, "Eier " + (n % 7), null, false, Extras.NONE))));
        }
        return plan.withActivities(activities);
    }
}
