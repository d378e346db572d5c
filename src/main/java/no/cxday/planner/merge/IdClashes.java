package no.cxday.planner.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.Task;

/**
 * Both sides may give the same new id to different things: two colleagues each add an activity,
 * and both programs call it {@code a-7}; both saves give a new task {@code t-5}. Both are kept:
 * mine's is renamed to an id none of the three plans uses, and what in mine refers to it (an
 * activity's lane or idea) is renamed with it. The same new object on both sides is one object.
 */
final class IdClashes {

    private IdClashes() {
    }

    /** The three plans as the merge matches them: ids a save gave tasks adopted, mine's clashing new ids renamed. */
    static Sides settled(Plan base, Plan mine, Plan theirs) {
        Sides adopted = GivenTaskIds.adopted(base, mine, theirs);
        Plan b = adopted.base();
        Plan t = adopted.theirs();
        Plan m = adopted.mine();
        Map<String, String> lanes = renames(b.lanes(), m.lanes(), t.lanes(), Lane::id,
                (taken, lane) -> PlanEdits.readableId(taken, lane.name()));
        Map<String, String> ideas = renames(b.customIdeas(), m.customIdeas(), t.customIdeas(), Idea::id,
                (taken, idea) -> PlanEdits.readableId(taken, idea.title()));
        Map<String, String> activities = renames(b.activities(), m.activities(), t.activities(), Activity::id,
                (taken, activity) -> PlanEdits.freeId("a", taken));
        if (!lanes.isEmpty() || !ideas.isEmpty() || !activities.isEmpty()) {
            List<Lane> renamedLanes = m.lanes().stream()
                    .map(l -> new Lane(renamed(lanes, l.id()), l.name(), l.extras())).toList();
            List<Activity> renamedActivities = m.activities().stream()
                    .map(a -> renamed(a, activities, lanes, ideas)).toList();
            m = m.withLanes(renamedLanes, renamedActivities)
                    .withCustomIdeas(m.customIdeas().stream().map(i -> renamed(i, ideas)).toList());
        }
        return new Sides(b, renameTasks(b, m, t), t);
    }

    interface NewId<O> {
        String of(Set<String> taken, O object);
    }

    /** Mine's new ids that theirs also added, for something else, and the ids they get instead. */
    private static <O> Map<String, String> renames(List<O> base, List<O> mine, List<O> theirs, Function<O, String> id,
            NewId<O> newId) {
        Map<String, O> theirsById = Keys.byId(theirs, id);
        Set<String> inBase = Keys.byId(base, id).keySet();
        Set<String> taken = null;
        Map<String, String> renames = new HashMap<>();
        for (O object : mine) {
            String key = id.apply(object);
            O theirsToo = theirsById.get(key);
            if (theirsToo != null && !inBase.contains(key) && !theirsToo.equals(object)) {
                if (taken == null) {
                    taken = new HashSet<>(inBase);
                    taken.addAll(theirsById.keySet());
                    taken.addAll(Keys.byId(mine, id).keySet());
                }
                String fresh = newId.of(taken, object);
                taken.add(fresh);
                renames.put(key, fresh);
            }
        }
        return renames;
    }

    private static String renamed(Map<String, String> renames, String id) {
        return renames.getOrDefault(id, id);
    }

    private static Activity renamed(Activity a, Map<String, String> activities, Map<String, String> lanes,
            Map<String, String> ideas) {
        return new Activity(renamed(activities, a.id()), a.ideaId() == null ? null : renamed(ideas, a.ideaId()),
                a.title(), renamed(lanes, a.laneId()), a.start(), a.end(), a.pillars(), a.responsible(), a.location(),
                a.notes(), a.tasks(), a.evaluation(), a.expectedParticipants(), a.cost(), a.extras());
    }

    private static Idea renamed(Idea idea, Map<String, String> ideas) {
        return new Idea(renamed(ideas, idea.id()), idea.category(), idea.title(), idea.summary(), idea.pillars(),
                idea.durationMinutes(), idea.audience(), idea.preparation(), idea.extras());
    }

    /**
     * Task ids are unique in the whole plan, so a new task of mine clashes with one of theirs of
     * the same id in any activity; a new task without an id with theirs of the same new key in the
     * same activity. Mine's gets a new {@code t-N}.
     */
    private static Plan renameTasks(Plan base, Plan mine, Plan theirs) {
        Set<String> baseIds = taskIds(base);
        Map<String, Activity> baseActivities = Keys.byId(base.activities(), Activity::id);
        Map<String, Placed> theirsNew = new HashMap<>();
        for (Activity activity : theirs.activities()) {
            Keys.tasks(activity, baseActivities.get(activity.id())).forEach((key, task) -> {
                if (Keys.isWithoutId(key) ? Keys.isNewWithoutId(key) : !baseIds.contains(key)) {
                    theirsNew.put(planWide(activity, key), new Placed(activity.id(), task));
                }
            });
        }
        if (theirsNew.isEmpty()) {
            return mine;
        }
        Set<String> taken = null;
        List<Activity> activities = new ArrayList<>(mine.activities().size());
        boolean renamedAny = false;
        for (Activity activity : mine.activities()) {
            boolean renamedHere = false;
            List<Task> tasks = new ArrayList<>(activity.tasks().size());
            for (Map.Entry<String, Task> entry : Keys.tasks(activity, baseActivities.get(activity.id())).entrySet()) {
                Task task = entry.getValue();
                Placed theirsToo = theirsNew.get(planWide(activity, entry.getKey()));
                if (theirsToo != null && !theirsToo.equals(new Placed(activity.id(), task))) {
                    if (taken == null) {
                        taken = new HashSet<>(baseIds);
                        taken.addAll(taskIds(mine));
                        taken.addAll(taskIds(theirs));
                    }
                    String fresh = PlanEdits.freeId("t", taken);
                    taken.add(fresh);
                    task = task.withId(fresh);
                    renamedHere = true;
                }
                tasks.add(task);
            }
            activities.add(renamedHere ? activity.withTasks(tasks) : activity);
            renamedAny |= renamedHere;
        }
        return renamedAny ? mine.withActivities(activities) : mine;
    }

    /** A task's key in the whole plan: its id, or its activity's id and its key there. */
    private static String planWide(Activity activity, String key) {
        return Keys.isWithoutId(key) ? activity.id() + key : key;
    }

    private record Placed(String activityId, Task task) {
    }

    static Set<String> taskIds(Plan plan) {
        Set<String> ids = new HashSet<>();
        for (Activity activity : plan.activities()) {
            for (Task task : activity.tasks()) {
                if (task.id() != null) {
                    ids.add(task.id());
                }
            }
        }
        return ids;
    }
}
