package no.cxday.planner.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Task;

/**
 * A task of an older file has no id until the plan is saved, and a save gives it one. So when a
 * side was saved after the base was read, a task the base has without an id may come back with
 * one: a task of that side's activity with an id the base does not know, and otherwise as the
 * base's task, is taken as the same task. The base, and the other side where it still has that
 * task as it was and without an id, get the id too, so that a save alone is no change.
 */
final class GivenTaskIds {

    private GivenTaskIds() {
    }

    static Sides adopted(Plan base, Plan mine, Plan theirs) {
        if (base.activities().stream().flatMap(a -> a.tasks().stream()).allMatch(t -> t.id() != null)) {
            return new Sides(base, mine, theirs);
        }
        Set<String> baseIds = IdClashes.taskIds(base);
        Map<String, Activity> mineById = Keys.byId(mine.activities(), Activity::id);
        Map<String, Activity> theirsById = Keys.byId(theirs.activities(), Activity::id);
        List<Activity> newBase = new ArrayList<>();
        boolean any = false;
        for (Activity activity : base.activities()) {
            List<Task> withoutId = activity.tasks().stream().filter(t -> t.id() == null).toList();
            String[] givenByTheirs = given(withoutId, theirsById.get(activity.id()), baseIds);
            String[] givenByMine = given(withoutId, mineById.get(activity.id()), baseIds);
            String[] ids = new String[withoutId.size()];
            boolean here = false;
            for (int i = 0; i < ids.length; i++) {
                ids[i] = givenByTheirs[i] != null ? givenByTheirs[i] : givenByMine[i];
                here |= ids[i] != null;
            }
            if (!here) {
                newBase.add(activity);
                continue;
            }
            any = true;
            newBase.add(withIds(activity, withoutId, ids, new String[ids.length]));
            mineById.computeIfPresent(activity.id(), (id, a) -> withIds(a, withoutId, ids, givenByMine));
            theirsById.computeIfPresent(activity.id(), (id, a) -> withIds(a, withoutId, ids, givenByTheirs));
        }
        if (!any) {
            return new Sides(base, mine, theirs);
        }
        return new Sides(base.withActivities(newBase), mine.withActivities(List.copyOf(mineById.values())),
                theirs.withActivities(List.copyOf(theirsById.values())));
    }

    /** For each task without an id, the id the side's save gave it, or null. */
    private static String[] given(List<Task> withoutId, Activity side, Set<String> baseIds) {
        String[] ids = new String[withoutId.size()];
        if (side == null) {
            return ids;
        }
        List<Task> candidates = new ArrayList<>(side.tasks().stream()
                .filter(t -> t.id() != null && !baseIds.contains(t.id())).toList());
        for (int i = 0; i < ids.length; i++) {
            Task before = withoutId.get(i);
            for (Task candidate : candidates) {
                if (Objects.equals(candidate.withId(null), before)) {
                    ids[i] = candidate.id();
                    candidates.remove(candidate);
                    break;
                }
            }
        }
        return ids;
    }

    /**
     * The activity with each task without an id that is as the base's {@code i}-th without one
     * given {@code ids[i]}, and a task its own save gave {@code own[i]} renamed to {@code ids[i]}.
     */
    private static Activity withIds(Activity activity, List<Task> withoutId, String[] ids, String[] own) {
        List<Task> tasks = new ArrayList<>(activity.tasks().size());
        boolean[] matched = new boolean[withoutId.size()];
        for (Task task : activity.tasks()) {
            int place = task.id() == null ? Keys.indexOfUnmatched(withoutId, matched, task)
                    : Arrays.asList(own).indexOf(task.id());
            if (task.id() == null && place >= 0) {
                matched[place] = true;
            }
            tasks.add(place >= 0 && ids[place] != null ? task.withId(ids[place]) : task);
        }
        return activity.withTasks(tasks);
    }
}
