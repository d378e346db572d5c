package no.cxday.planner.merge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanRules;
import no.cxday.planner.model.Review;
import no.cxday.planner.model.Task;

/**
 * The three-way merge of docs/plan-format.md ("Three plans merged"): the base (the plan as opened
 * or last saved), mine (as it is in the window) and theirs (the file as another program saved it).
 * Lanes, activities, tasks and custom ideas are matched by id; the plan's fields, each object's
 * fields and the review's fields are merged one by one, unknown fields too.
 */
public final class PlanMerge {

    private PlanMerge() {
    }

    public static MergeResult merge(Plan base, Plan mine, Plan theirs) {
        return run(IdClashes.settled(base, mine, theirs), Map.of());
    }

    /** One pass with the sides chosen so far; with no conflict left, the merged plan is held to the format's rules. */
    static MergeResult run(Sides sides, Map<MergePath, Side> choices) {
        MergeRun run = new MergeRun(choices);
        Plan merged = plan(run, sides.base(), sides.mine(), sides.theirs());
        List<Conflict> conflicts = new ArrayList<>(run.conflicts());
        if (conflicts.isEmpty()) {
            PlanRules.firstProblem(merged).ifPresent(rule -> conflicts.add(RuleConflicts.of(rule, merged, sides)));
        }
        return new MergeResult(sides, choices, merged, conflicts, run.changes(), run.fromMine());
    }

    private static Plan plan(MergeRun run, Plan b, Plan m, Plan t) {
        MergePath at = MergePath.PLAN;
        List<Lane> lanes = run.objects(at, "lanes", Keys.byId(b.lanes(), Lane::id), Keys.byId(m.lanes(), Lane::id),
                Keys.byId(t.lanes(), Lane::id), PlanMerge::lane, laneUse(b, m, t));
        if (lanes.isEmpty()) {
            // Each side removed every lane the other kept; a plan needs one, so one side's lanes stay.
            b.lanes().forEach(lane -> run.forget(at.child("lanes", lane.id())));
            lanes = run.value(at, "lanes", b.lanes(), m.lanes(), t.lanes());
        }
        List<Activity> activities = run.objects(at, "activities", Keys.byId(b.activities(), Activity::id),
                Keys.byId(m.activities(), Activity::id), Keys.byId(t.activities(), Activity::id),
                PlanMerge::activity, MergeRun.ChangedBeside.NEVER);
        return new Plan(run.field(at, "schemaVersion", b, m, t, Plan::schemaVersion),
                run.field(at, "id", b, m, t, Plan::id),
                run.field(at, "title", b, m, t, Plan::title),
                run.field(at, "organization", b, m, t, Plan::organization),
                run.field(at, "cxDay", b, m, t, Plan::cxDay),
                run.field(at, "firstDay", b, m, t, Plan::firstDay),
                run.field(at, "lastDay", b, m, t, Plan::lastDay),
                run.field(at, "dayStart", b, m, t, Plan::dayStart),
                run.field(at, "dayEnd", b, m, t, Plan::dayEnd),
                run.field(at, "timeZone", b, m, t, Plan::timeZone),
                run.field(at, "currency", b, m, t, Plan::currency),
                run.field(at, "budget", b, m, t, Plan::budget),
                lanes,
                inLanesLeft(run, activities, lanes, m, t),
                run.objects(at, "customIdeas", Keys.byId(b.customIdeas(), Idea::id),
                        Keys.byId(m.customIdeas(), Idea::id), Keys.byId(t.customIdeas(), Idea::id), PlanMerge::idea,
                        MergeRun.ChangedBeside.NEVER),
                review(run, at.child("review", null), b.review(), m.review(), t.review()),
                run.field(at, "communication", b, m, t, Plan::communication),
                run.field(at, "lastYear", b, m, t, Plan::lastYear),
                run.field(at, "history", b, m, t, Plan::history),
                run.extras(at, b.extras(), m.extras(), t.extras()));
    }

    private static Lane lane(MergeRun run, MergePath at, Lane b, Lane m, Lane t) {
        return new Lane(m.id(), run.field(at, "name", b, m, t, Lane::name), run.extras(at, b.extras(), m.extras(),
                t.extras()));
    }

    /**
     * A side changed a lane also by placing in it an activity that is not as the base had it, so
     * that removing the lane on the other side does not silently take that activity away.
     */
    private static MergeRun.ChangedBeside laneUse(Plan base, Plan mine, Plan theirs) {
        Map<Side, Set<String>> used = new EnumMap<>(Side.class);
        return (side, laneId) -> used.computeIfAbsent(side,
                s -> lanesOfChangedActivities(base, s == Side.MINE ? mine : theirs)).contains(laneId);
    }

    private static Set<String> lanesOfChangedActivities(Plan base, Plan side) {
        Map<String, Activity> before = Keys.byId(base.activities(), Activity::id);
        Set<String> lanes = new HashSet<>();
        for (Activity activity : side.activities()) {
            if (!activity.equals(before.get(activity.id()))) {
                lanes.add(activity.laneId());
            }
        }
        return lanes;
    }

    /**
     * An activity whose lane the merge removed goes back to the lane it has in the plan that removed
     * the lane, or goes with the lane when that plan does not have it, as removing a lane does.
     */
    private static List<Activity> inLanesLeft(MergeRun run, List<Activity> activities, List<Lane> lanes, Plan m,
            Plan t) {
        Set<String> laneIds = new HashSet<>(Keys.byId(lanes, Lane::id).keySet());
        if (activities.stream().allMatch(a -> laneIds.contains(a.laneId()))) {
            return activities;
        }
        List<Activity> kept = new ArrayList<>();
        for (Activity activity : activities) {
            if (laneIds.contains(activity.laneId())) {
                kept.add(activity);
                continue;
            }
            boolean mineRemoved = m.lanes().stream().noneMatch(l -> l.id().equals(activity.laneId()));
            Activity there = (mineRemoved ? m : t).activity(activity.id()).orElse(null);
            Activity mineBefore = m.activity(activity.id()).orElse(null);
            MergePath at = MergePath.PLAN.child("activities", activity.id());
            if (there != null && laneIds.contains(there.laneId())) {
                kept.add(activity.placed(there.laneId(), activity.start(), activity.end()));
                if (mineRemoved) {
                    run.tookFromMine();
                } else {
                    run.tookFromTheirs(new Change(Change.Kind.CHANGED, at.field("laneId"),
                            mineBefore == null ? null : mineBefore.laneId(), there.laneId()));
                }
            } else {
                run.forget(at);
                if (mineRemoved) {
                    run.tookFromMine();
                } else if (mineBefore != null) {
                    run.tookFromTheirs(new Change(Change.Kind.REMOVED, at, mineBefore, null));
                }
            }
        }
        return kept;
    }

    private static Activity activity(MergeRun run, MergePath at, Activity b, Activity m, Activity t) {
        return new Activity(m.id(),
                run.field(at, "ideaId", b, m, t, Activity::ideaId),
                run.field(at, "title", b, m, t, Activity::title),
                run.field(at, "laneId", b, m, t, Activity::laneId),
                run.field(at, "start", b, m, t, Activity::start),
                run.field(at, "end", b, m, t, Activity::end),
                run.field(at, "pillars", b, m, t, Activity::pillars),
                run.field(at, "responsible", b, m, t, Activity::responsible),
                run.field(at, "location", b, m, t, Activity::location),
                run.field(at, "notes", b, m, t, Activity::notes),
                run.objects(at, "tasks", Keys.tasks(b, b), Keys.tasks(m, b), Keys.tasks(t, b), PlanMerge::task,
                        MergeRun.ChangedBeside.NEVER),
                run.field(at, "evaluation", b, m, t, Activity::evaluation),
                run.field(at, "expectedParticipants", b, m, t, Activity::expectedParticipants),
                run.field(at, "cost", b, m, t, Activity::cost),
                run.extras(at, b.extras(), m.extras(), t.extras()));
    }

    private static Task task(MergeRun run, MergePath at, Task b, Task m, Task t) {
        return new Task(m.id(),
                run.field(at, "text", b, m, t, Task::text),
                run.field(at, "owner", b, m, t, Task::owner),
                run.field(at, "due", b, m, t, Task::due),
                run.field(at, "done", b, m, t, Task::done),
                run.extras(at, b.extras(), m.extras(), t.extras()));
    }

    private static Idea idea(MergeRun run, MergePath at, Idea b, Idea m, Idea t) {
        return new Idea(m.id(),
                run.field(at, "category", b, m, t, Idea::category),
                run.field(at, "title", b, m, t, Idea::title),
                run.field(at, "summary", b, m, t, Idea::summary),
                run.field(at, "pillars", b, m, t, Idea::pillars),
                run.field(at, "durationMinutes", b, m, t, Idea::durationMinutes),
                run.field(at, "audience", b, m, t, Idea::audience),
                run.field(at, "preparation", b, m, t, Idea::preparation),
                run.extras(at, b.extras(), m.extras(), t.extras()));
    }

    private static Review review(MergeRun run, MergePath at, Review b, Review m, Review t) {
        return new Review(run.field(at, "whatWorked", b, m, t, Review::whatWorked),
                run.field(at, "learnings", b, m, t, Review::learnings),
                run.field(at, "documentation", b, m, t, Review::documentation),
                run.field(at, "nextYear", b, m, t, Review::nextYear),
                run.extras(at, b.extras(), m.extras(), t.extras()));
    }
}
