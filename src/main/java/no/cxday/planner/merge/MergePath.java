package no.cxday.planner.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value lies in a plan, by ids rather than by places in lists, so that it names the same
 * thing in all three plans: {@code activities[a-1].tasks[t-2].done}, {@code lanes[kantina].name},
 * {@code review.whatWorked}, {@code title}. {@code field} is null for an object as a whole
 * ({@code activities[a-3]}). A task without an id is named by its place among its activity's tasks
 * without one ({@code tasks[#0]}).
 */
public record MergePath(List<Step> objects, String field) {

    /** The plan itself. */
    public static final MergePath PLAN = new MergePath(List.of(), null);

    /**
     * One object on the way: an object of the list {@code name} by its {@code id}, or the single
     * object {@code name} (id null).
     */
    public record Step(String name, String id) {
    }

    public MergePath {
        objects = List.copyOf(objects);
    }

    /** The object {@code id} of the list {@code list} in this object, or its single object {@code list} (id null). */
    public MergePath child(String list, String id) {
        List<Step> steps = new ArrayList<>(objects.size() + 1);
        steps.addAll(objects);
        steps.add(new Step(list, id));
        return new MergePath(steps, null);
    }

    /** The field {@code name} of this object. */
    public MergePath field(String name) {
        return new MergePath(objects, name);
    }

    /**
     * The id of the object of list {@code list} on the way, or null: {@code idIn("activities")} of
     * {@code activities[a-1].title} is {@code a-1}.
     */
    public String idIn(String list) {
        for (Step step : objects) {
            if (step.name().equals(list)) {
                return step.id();
            }
        }
        return null;
    }

    /**
     * True when this path is {@code object}'s or lies inside it: {@code activities[a-1].tasks[t-2].done}
     * is within {@code activities[a-1]}.
     */
    public boolean isWithin(MergePath object) {
        return objects.size() >= object.objects.size()
                && objects.subList(0, object.objects.size()).equals(object.objects)
                && (object.field == null || object.field.equals(field));
    }

    public String activityId() {
        return idIn("activities");
    }

    public String taskId() {
        return idIn("tasks");
    }

    public String laneId() {
        return idIn("lanes");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Step step : objects) {
            if (!text.isEmpty()) {
                text.append('.');
            }
            text.append(step.name());
            if (step.id() != null) {
                text.append('[').append(step.id()).append(']');
            }
        }
        if (field != null) {
            if (!text.isEmpty()) {
                text.append('.');
            }
            text.append(field);
        }
        return text.toString();
    }
}
