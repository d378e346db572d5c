package no.cxday.planner.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.PlanSettings;
import no.cxday.planner.model.Task;

/** Plans made for the export tests. */
final class ExportFixtures {

    static final LocalDate CX_DAY = LocalDate.of(2026, 10, 6);

    private ExportFixtures() {
    }

    static Activity activity(String id, String title, String lane, LocalDateTime start, int minutes) {
        return new Activity(id, null, title, lane, start, start.plusMinutes(minutes), new Pillars(1, 1, 1), "", "",
                "", List.of(), null, null, null, Extras.NONE);
    }

    /** A plan of {@code days} days from the day before the CX day, with the given lanes. */
    static Plan plan(int days, String... lanes) {
        Plan plan = Plan.blank("CX-dagen 2026 på Ærøy – «Kunden først»", CX_DAY,
                new Lane(lanes[0].toLowerCase(Locale.ROOT), lanes[0]));
        for (int i = 1; i < lanes.length; i++) {
            plan = PlanEdits.addLane(plan, new Lane(lanes[i].toLowerCase(Locale.ROOT), lanes[i]));
        }
        return plan.withSettings(new PlanSettings(plan.title(), "Blåbær og Søstre AS", CX_DAY, CX_DAY.minusDays(1),
                CX_DAY.minusDays(1).plusDays(days - 1), plan.dayStart(), plan.dayEnd(), plan.timeZone()));
    }

    /** {@code count} activities spread over three days and four lanes, some with long titles. */
    static Plan large(int count) {
        Plan plan = plan(3, "Kantina", "Auditoriet", "Teams", "Resepsjonen");
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime start = CX_DAY.plusDays(i % 3 - 1).atTime(8, 0).plusMinutes((i * 25L) % 420);
            String title = i % 7 == 0 ? "Aktivitet " + i + " med en svært lang tittel som må brytes over flere linjer"
                    + " uten å renne ut av siden, også i et smalt spor" : "Aktivitet " + i;
            Activity activity = activity("a-" + i, title, plan.lanes().get(i % 4).id(), start, 30 + (i % 4) * 15);
            activities.add(activity.withDetails(activity.title(), activity.pillars(), "Ansvarlig " + i, "", "",
                    i % 10 == 0 ? List.of(new Task(null, "Forberede " + i, "", CX_DAY.minusDays(i % 5), i % 20 == 0,
                            Extras.NONE)) : List.of()));
        }
        return plan.withActivities(activities);
    }
}
