package no.cxday.planner.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.PlanWriter;

/**
 * The process the kill test kills: it saves a growing plan over one file, forever. Version N has
 * the title "Kill test vN" and {@link #activitiesIn(int)} activities, so that a mix of two versions
 * is seen at once; the count wraps at {@value #MAX_ACTIVITIES} so that every save stays quick. It
 * says "ready" after its first save, so that a kill always falls after at least one.
 */
public final class SaveLoop {

    static final LocalDate DAY = LocalDate.of(2026, 10, 6);
    static final int MAX_ACTIVITIES = 250;

    private SaveLoop() {
    }

    /**
     * @param args the file, and "plain" to save with a plain {@code Files.writeString} instead, to show
     *             that the kill test catches a save that is not atomic
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean plain = args.length > 1 && args[1].equals("plain");
        int version = Files.exists(file) ? versionOf(PlanReader.read(file)) : 0;
        boolean ready = false;
        while (true) {
            version++;
            if (plain) {
                Files.writeString(file, PlanWriter.toJson(version(version)));
            } else {
                PlanWriter.save(version(version), file);
            }
            if (!ready) {
                System.out.println("ready");
                System.out.flush();
                ready = true;
            }
        }
    }

    static int versionOf(Plan plan) {
        return Integer.parseInt(plan.title().substring("Kill test v".length()));
    }

    static int activitiesIn(int version) {
        return 1 + version % MAX_ACTIVITIES;
    }

    static Plan version(int version) {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < activitiesIn(version); i++) {
            activities.add(new Activity("a-" + i, null, "Aktivitet " + i + " i versjon " + version, "kantina",
                    DAY.atTime(8, 0).plusMinutes(i % 400), DAY.atTime(8, 30).plusMinutes(i % 400),
                    new Pillars(i % 4, 1, 2), "", "", "", List.of(), null, null, null, Extras.NONE));
        }
        Plan plan = Plan.blank("Kill test v" + version, DAY, new Lane("kantina", "Kantina"));
        return plan.withActivities(activities);
    }
}
