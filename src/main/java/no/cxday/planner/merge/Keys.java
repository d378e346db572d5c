package no.cxday.planner.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Task;

/** How the merge matches objects of the three plans: by id, and a task without one by its place. */
final class Keys {

    private Keys() {
    }

    static <O> Map<String, O> byId(List<O> objects, Function<O, String> id) {
        Map<String, O> keyed = new LinkedHashMap<>(objects.size() * 2);
        for (O object : objects) {
            keyed.put(id.apply(object), object);
        }
        return keyed;
    }

    /**
     * An activity's tasks by id. A task without one (from an older file, or added since the last
     * save) has no name of its own, so it is matched by what it is: one that is as a task of
     * {@code base} without an id (the same activity in the base) is {@code #n}, the n-th of those;
     * any other is new, {@code +n}, the n-th new one. A task without an id that was changed is so
     * the old one removed and a new one added.
     */
    static Map<String, Task> tasks(Activity activity, Activity base) {
        List<Task> before = base == null ? List.of() : base.tasks().stream().filter(t -> t.id() == null).toList();
        boolean[] matched = new boolean[before.size()];
        Map<String, Task> keyed = new LinkedHashMap<>();
        int added = 0;
        for (Task task : activity.tasks()) {
            if (task.id() != null) {
                keyed.put(task.id(), task);
                continue;
            }
            int place = indexOfUnmatched(before, matched, task);
            if (place >= 0) {
                matched[place] = true;
                keyed.put("#" + place, task);
            } else {
                keyed.put("+" + added++, task);
            }
        }
        return keyed;
    }

    /** The first task of {@code tasks} equal to {@code task} and not matched yet, or -1. */
    static int indexOfUnmatched(List<Task> tasks, boolean[] matched, Task task) {
        for (int i = 0; i < tasks.size(); i++) {
            if (!matched[i] && tasks.get(i).equals(task)) {
                return i;
            }
        }
        return -1;
    }

    /** True for the key of a task without an id. */
    static boolean isWithoutId(String taskKey) {
        return taskKey.startsWith("#") || taskKey.startsWith("+");
    }

    /** True for the key of a task without an id that the base does not have. */
    static boolean isNewWithoutId(String taskKey) {
        return taskKey.startsWith("+");
    }
}
