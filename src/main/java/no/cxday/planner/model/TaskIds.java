package no.cxday.planner.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the tasks that have no id yet one of their own when the plan is saved: {@code t-N}, counting
 * on from the highest {@code t-N} the plan holds, in the plan's order. Because it depends only on
 * the plan, saving the same plan again gives the same ids; an id already taken is skipped.
 */
public final class TaskIds {

    private static final Pattern NUMBERED = Pattern.compile("t-([1-9][0-9]{0,17})");

    private TaskIds() {
    }

    /** The plan with an id for every task; the same plan when every task has one. */
    public static Plan given(Plan plan) {
        long highest = 0;
        boolean missing = false;
        Set<String> taken = new HashSet<>();
        for (Activity activity : plan.activities()) {
            for (Task task : activity.tasks()) {
                if (task.id() == null) {
                    missing = true;
                } else {
                    taken.add(task.id());
                    Matcher numbered = NUMBERED.matcher(task.id());
                    if (numbered.matches()) {
                        highest = Math.max(highest, Long.parseLong(numbered.group(1)));
                    }
                }
            }
        }
        if (!missing) {
            return plan;
        }
        long next = highest;
        List<Activity> activities = new ArrayList<>();
        for (Activity activity : plan.activities()) {
            List<Task> tasks = new ArrayList<>();
            for (Task task : activity.tasks()) {
                if (task.id() == null) {
                    do {
                        next++;
                    } while (taken.contains("t-" + next));
                    tasks.add(task.withId("t-" + next));
                } else {
                    tasks.add(task);
                }
            }
            activities.add(activity.withTasks(tasks));
        }
        return plan.withActivities(activities);
    }
}
