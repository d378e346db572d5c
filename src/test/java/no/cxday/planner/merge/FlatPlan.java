package no.cxday.planner.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Review;
import no.cxday.planner.model.Task;

/**
 * A plan as one value per merge path, each object also as a path of its own ({@code true} when it
 * is there): what the property test compares, written apart from the merge so it checks it. A task
 * without an id is named by all it holds, so that a changed one is another task, as for the merge.
 */
final class FlatPlan {

    private FlatPlan() {
    }

    static Map<String, Object> of(Plan plan) {
        Map<String, Object> flat = new HashMap<>();
        Object[] fields = {"schemaVersion", plan.schemaVersion(), "id", plan.id(), "title", plan.title(),
            "organization", plan.organization(), "cxDay", plan.cxDay(), "firstDay", plan.firstDay(), "lastDay",
            plan.lastDay(), "dayStart", plan.dayStart(), "dayEnd", plan.dayEnd(), "timeZone", plan.timeZone(),
            "currency", plan.currency(), "budget", plan.budget(), "communication", plan.communication(),
            "lastYear", plan.lastYear(), "history", plan.history()};
        put(flat, "", fields, plan.extras());
        for (Lane lane : plan.lanes()) {
            object(flat, "lanes[" + lane.id() + "]", new Object[] {"name", lane.name()}, lane.extras());
        }
        for (Activity a : plan.activities()) {
            String at = "activities[" + a.id() + "]";
            object(flat, at, new Object[] {"ideaId", a.ideaId(), "title", a.title(), "laneId", a.laneId(), "start",
                a.start(), "end", a.end(), "pillars", a.pillars(), "responsible", a.responsible(), "location",
                a.location(), "notes", a.notes(), "evaluation", a.evaluation(), "expectedParticipants",
                a.expectedParticipants(), "cost", a.cost()}, a.extras());
            for (Task task : a.tasks()) {
                String key = task.id() != null ? task.id() : "~" + task;
                object(flat, at + ".tasks[" + key + "]", new Object[] {"text", task.text(), "owner", task.owner(),
                    "due", task.due(), "done", task.done()}, task.extras());
            }
        }
        for (Idea idea : plan.customIdeas()) {
            object(flat, "customIdeas[" + idea.id() + "]", new Object[] {"category", idea.category(), "title",
                idea.title(), "summary", idea.summary(), "pillars", idea.pillars(), "durationMinutes",
                idea.durationMinutes(), "audience", idea.audience(), "preparation", idea.preparation()},
                    idea.extras());
        }
        Review review = plan.review();
        put(flat, "review.", new Object[] {"whatWorked", review.whatWorked(), "learnings", review.learnings(),
            "documentation", review.documentation(), "nextYear", review.nextYear()}, review.extras());
        return flat;
    }

    private static void object(Map<String, Object> flat, String at, Object[] fields, Extras extras) {
        flat.put(at, true);
        put(flat, at + ".", fields, extras);
    }

    private static void put(Map<String, Object> flat, String prefix, Object[] fields, Extras extras) {
        for (int i = 0; i < fields.length; i += 2) {
            flat.put(prefix + fields[i], fields[i + 1]);
        }
        extras.unknown().forEach((name, json) -> flat.put(prefix + name, new RawJson(json)));
    }

    /**
     * The paths a merge's conflicts leave open: each conflict's, every task without an id of an
     * activity with such a task in conflict (they are named here by what they hold, there by their
     * place), and the activities in a lane in conflict (they go as the lane goes), or all when the lanes are.
     */
    static List<String> covering(List<Conflict> conflicts, Sides sides) {
        List<String> covering = new ArrayList<>();
        for (Conflict conflict : conflicts) {
            MergePath path = conflict.path();
            covering.add(path.toString());
            if (path.toString().equals("lanes")) {
                covering.add("activities");
            }
            String task = path.taskId();
            if (task != null && (task.startsWith("#") || task.startsWith("+"))) {
                covering.add("activities[" + path.activityId() + "].tasks[~");
            }
            if (path.laneId() != null && path.field() == null) {
                for (Plan plan : List.of(sides.base(), sides.mine(), sides.theirs())) {
                    plan.activities().stream().filter(a -> a.laneId().equals(path.laneId()))
                            .forEach(a -> covering.add("activities[" + a.id() + "]"));
                }
            }
        }
        return covering;
    }

    /** True when {@code path} lies at or under one of {@code covering}. */
    static boolean covered(String path, List<String> covering) {
        for (String at : covering) {
            if (path.equals(at) || path.startsWith(at + ".") || path.startsWith(at + "[")
                    || at.endsWith("[~") && path.startsWith(at)) {
                return true;
            }
        }
        return false;
    }

    /** The paths whose value {@code side} changed from {@code base}. */
    static Map<String, Object> changes(Map<String, Object> base, Map<String, Object> side) {
        Map<String, Object> changed = new HashMap<>();
        for (String path : side.keySet()) {
            if (!Objects.equals(base.get(path), side.get(path))) {
                changed.put(path, side.get(path));
            }
        }
        for (String path : base.keySet()) {
            if (!side.containsKey(path)) {
                changed.put(path, null);
            }
        }
        return changed;
    }
}
