package no.cxday.planner.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.PlanRules;
import no.cxday.planner.model.PlanSettings;
import no.cxday.planner.model.Review;
import no.cxday.planner.model.Task;
import no.cxday.planner.model.TaskIds;
import org.junit.jupiter.api.Test;

class PlanMergeTest {

    private final Plan base = new GeneratedPlans(1).plan(6);

    private static MergePath activity(String id, String field) {
        return MergePath.PLAN.child("activities", id).field(field);
    }

    private static Plan retitled(Plan plan, String activityId, String title) {
        return PlanEdits.update(plan, activityId, a -> a.withDetails(title, a.pillars(), a.responsible(),
                a.location(), a.notes(), a.tasks()));
    }

    private static Plan moved(Plan plan, String activityId, int minutes) {
        return PlanEdits.update(plan, activityId, a -> a.placed(a.laneId(), a.start().plusMinutes(minutes),
                a.end().plusMinutes(minutes)));
    }

    private static Plan withReview(Plan plan, String whatWorked, String nextYear) {
        Review r = plan.review();
        return plan.withReview(new Review(whatWorked == null ? r.whatWorked() : whatWorked, r.learnings(),
                r.documentation(), nextYear == null ? r.nextYear() : nextYear, r.extras()));
    }

    private static Activity newActivity(String id, String title, String laneId) {
        LocalDateTime start = GeneratedPlans.CX_DAY.atTime(12, 0);
        return new Activity(id, null, title, laneId, start, start.plusMinutes(30), new Pillars(1, 0, 0), "", "", "",
                List.of(), null, null, null, Extras.NONE);
    }

    @Test
    void aMergeWithOneSideUnchangedGivesTheOtherSideExactly() {
        GeneratedPlans edits = new GeneratedPlans(7);
        for (int i = 0; i < 50; i++) {
            Plan changed = edits.edited(base, 1 + i % 8);

            MergeResult mineOnly = PlanMerge.merge(base, changed, base);
            MergeResult theirsOnly = PlanMerge.merge(base, base, changed);

            assertEquals(changed, mineOnly.plan());
            assertEquals(List.of(), mineOnly.conflicts());
            assertEquals(List.of(), mineOnly.changesFromTheirs());
            assertEquals(changed, theirsOnly.plan());
            assertEquals(List.of(), theirsOnly.conflicts());
            assertEquals(0, theirsOnly.fromMine());
        }
    }

    @Test
    void editsToDifferentActivitiesLanesTasksAndReviewFieldsAllSurvive() {
        Plan mine = retitled(base, "a-1", "Kake og kaffe");
        mine = PlanEdits.renameLane(mine, "kantina", "Kantina 1. etasje");
        mine = PlanEdits.update(mine, "a-2", a -> a.withTasks(List.of(a.tasks().get(0).withDone(true),
                a.tasks().get(1))));
        mine = withReview(mine, "Alle kom", null);
        Plan theirs = moved(base, "a-3", 60);
        theirs = PlanEdits.renameLane(theirs, "digitalt", "Teams");
        theirs = PlanEdits.update(theirs, "a-5", a -> a.withTasks(List.of(a.tasks().get(0).withText("Ringe"),
                a.tasks().get(1))));
        theirs = withReview(theirs, null, "Mer quiz");

        MergeResult result = PlanMerge.merge(base, mine, theirs);

        assertTrue(result.isMerged(), () -> result.conflicts().toString());
        Plan merged = result.plan();
        assertEquals("Kake og kaffe", merged.activity("a-1").orElseThrow().title());
        assertEquals(theirs.activity("a-3").orElseThrow().start(), merged.activity("a-3").orElseThrow().start());
        assertEquals(List.of("Kantina 1. etasje", "Teams", "Møterom 1"), merged.lanes().stream().map(Lane::name).toList());
        assertTrue(merged.activity("a-2").orElseThrow().tasks().get(0).done());
        assertEquals("Ringe", merged.activity("a-5").orElseThrow().tasks().get(0).text());
        assertEquals("Alle kom", merged.review().whatWorked());
        assertEquals("Mer quiz", merged.review().nextYear());
        assertEquals(4, result.fromMine());
        assertEquals(5, result.fromTheirs());
        assertTrue(result.changesFromTheirs().contains(new Change(Change.Kind.CHANGED, activity("a-3", "start"),
                base.activity("a-3").orElseThrow().start(), theirs.activity("a-3").orElseThrow().start())));
        assertEquals("activities[a-5].tasks[t-4].text", result.changesFromTheirs().stream()
                .filter(c -> c.after().equals("Ringe")).findFirst().orElseThrow().path().toString());
        assertTrue(PlanRules.firstProblem(merged).isEmpty());
    }

    @Test
    void bothSidesAddingTheSameNewIdKeepBothAndRenameMinesWithWhatRefersToIt() {
        Plan mine = PlanEdits.addLane(base, new Lane("pauserom", "Pauserommet"));
        mine = PlanEdits.add(mine, newActivity("a-7", "Quiz", "pauserom"));
        mine = PlanEdits.update(mine, "a-1", a -> a.withTasks(List.of(new Task("t-9", "Kjøpe premier", "", null, false,
                Extras.NONE))));
        Plan theirs = PlanEdits.addLane(base, new Lane("pauserom", "Pause"));
        theirs = PlanEdits.add(theirs, newActivity("a-7", "Frokost", "kantina"));
        theirs = PlanEdits.update(theirs, "a-3", a -> a.withTasks(List.of(new Task("t-9", "Bestille mat", "", null,
                false, Extras.NONE))));

        MergeResult result = PlanMerge.merge(base, mine, theirs);

        assertTrue(result.isMerged(), () -> result.conflicts().toString());
        Plan merged = result.plan();
        assertEquals("Frokost", merged.activity("a-7").orElseThrow().title());
        Activity quiz = merged.activities().stream().filter(a -> a.title().equals("Quiz")).findFirst().orElseThrow();
        assertEquals("a-8", quiz.id());
        assertEquals(List.of("pauserom", "pauserommet-1"),
                merged.lanes().stream().map(Lane::id).filter(id -> id.startsWith("pause")).toList());
        assertEquals("pauserommet-1", quiz.laneId(), "mine's activity follows its lane to the new id");
        assertEquals("t-9", merged.activity("a-3").orElseThrow().tasks().get(0).id());
        Task prizes = merged.activity("a-1").orElseThrow().tasks().get(0);
        assertEquals("Kjøpe premier", prizes.text());
        assertNotEquals("t-9", prizes.id());
        assertTrue(PlanRules.firstProblem(merged).isEmpty(), () -> PlanRules.firstProblem(merged).toString());
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnceAndIsNoConflict() {
        Plan mine = moved(retitled(base, "a-1", "Kake"), "a-2", 30);
        Plan theirs = moved(retitled(base, "a-1", "Kake"), "a-2", 30);
        theirs = PlanEdits.add(theirs, newActivity("a-7", "Quiz", "kantina"));
        mine = PlanEdits.add(mine, newActivity("a-7", "Quiz", "kantina"));

        MergeResult result = PlanMerge.merge(base, mine, theirs);

        assertEquals(List.of(), result.conflicts());
        assertEquals(mine, result.plan());
        assertEquals(0, result.fromMine());
        assertEquals(0, result.fromTheirs());
    }

    @Test
    void differentChangesToOneFieldAreAConflictThatASideResolves() {
        Plan mine = retitled(base, "a-1", "Kake");
        Plan theirs = retitled(base, "a-1", "Kaffe");

        MergeResult result = PlanMerge.merge(base, mine, theirs);

        assertEquals(List.of(new Conflict(activity("a-1", "title"), "Aktivitet 1", "Kake", "Kaffe", null)),
                result.conflicts());
        assertEquals("Kake", result.plan().activity("a-1").orElseThrow().title(), "mine's value until resolved");
        MergeResult theirsPicked = result.resolve(activity("a-1", "title"), Side.THEIRS);
        assertTrue(theirsPicked.isMerged());
        assertEquals("Kaffe", theirsPicked.plan().activity("a-1").orElseThrow().title());
        assertEquals(1, theirsPicked.fromTheirs());
        assertEquals("Kake", result.resolveAll(Side.MINE).plan().activity("a-1").orElseThrow().title());
    }

    @Test
    void anObjectRemovedOnOneSideAndChangedOnTheOtherIsOneConflict() {
        Plan mine = PlanEdits.remove(base, "a-2");
        Plan theirs = moved(retitled(base, "a-2", "Frokost"), "a-2", 15);

        MergeResult result = PlanMerge.merge(base, mine, theirs);

        assertEquals(1, result.conflicts().size());
        Conflict conflict = result.conflicts().get(0);
        assertEquals("activities[a-2]", conflict.path().toString());
        assertEquals(base.activity("a-2").orElseThrow(), conflict.base());
        assertNull(conflict.mine());
        assertEquals(theirs.activity("a-2").orElseThrow(), conflict.theirs());
        assertTrue(result.resolveAll(Side.MINE).plan().activity("a-2").isEmpty());
        assertEquals(theirs.activity("a-2"), result.resolveAll(Side.THEIRS).plan().activity("a-2"));
    }

    @Test
    void anObjectRemovedOnOneSideAndLeftAsItWasOnTheOtherIsRemoved() {
        Plan theirs = PlanEdits.remove(base, "a-2");

        MergeResult result = PlanMerge.merge(base, retitled(base, "a-1", "Kake"), theirs);

        assertTrue(result.isMerged());
        assertTrue(result.plan().activity("a-2").isEmpty());
        assertEquals(new Change(Change.Kind.REMOVED, MergePath.PLAN.child("activities", "a-2"),
                base.activity("a-2").orElseThrow(), null), result.changesFromTheirs().get(0));
    }

    @Test
    void unknownFieldsAreMergedLikeKnownOnes() {
        Plan mine = PlanEdits.update(base, "a-5", a -> withExtras(a, GeneratedPlans.unknown(a.extras(), "colour",
                "\"rød\"")));
        mine = GeneratedPlans.withPlanExtras(mine, GeneratedPlans.unknown(mine.extras(), "sponsor", "\"Kafé\""));
        Plan theirs = PlanEdits.update(base, "a-1", a -> withExtras(a, GeneratedPlans.unknown(a.extras(), "room",
                "{\"floor\":2}")));

        MergeResult result = PlanMerge.merge(base, mine, theirs);

        assertTrue(result.isMerged());
        assertEquals(Map.of("colour", "\"rød\""), result.plan().activity("a-5").orElseThrow().extras().unknown());
        assertEquals(Map.of("room", "{\"floor\":2}"), result.plan().activity("a-1").orElseThrow().extras().unknown());
        assertEquals(Map.of("sponsor", "\"Kafé\""), result.plan().extras().unknown());

        Plan theirsToo = PlanEdits.update(theirs, "a-5", a -> withExtras(a, GeneratedPlans.unknown(a.extras(),
                "colour", "\"grønn\"")));
        assertEquals(List.of(new Conflict(activity("a-5", "colour"), new RawJson("\"blå\""), new RawJson("\"rød\""),
                new RawJson("\"grønn\""), null)), PlanMerge.merge(base, mine, theirsToo).conflicts());
    }

    private static Activity withExtras(Activity a, Extras extras) {
        return new Activity(a.id(), a.ideaId(), a.title(), a.laneId(), a.start(), a.end(), a.pillars(), a.responsible(),
                a.location(), a.notes(), a.tasks(), a.evaluation(), a.expectedParticipants(), a.cost(), extras);
    }

    @Test
    void lanesComeInTheirsOrderWithMinesNewLanesAfter() {
        Plan mine = PlanEdits.moveLane(PlanEdits.addLane(base, new Lane("scene", "Scenen")), "scene", -3);
        Plan theirs = PlanEdits.moveLane(base, "kantina", 2);

        List<String> lanes = PlanMerge.merge(base, mine, theirs).plan().lanes().stream().map(Lane::id).toList();

        assertEquals(List.of("digitalt", "moterom", "kantina", "scene"), lanes);
    }

    @Test
    void changesThatTogetherBreakARuleAreAConflictOnWhatTheRuleNames() {
        Activity before = base.activity("a-1").orElseThrow();
        Plan mine = PlanEdits.update(base, "a-1", a -> a.placed(a.laneId(), a.start(), a.start().plusMinutes(15)));
        Plan theirs = PlanEdits.update(base, "a-1", a -> a.placed(a.laneId(), a.start().plusMinutes(30), a.end()));

        MergeResult result = PlanMerge.merge(base, mine, theirs);

        assertEquals(1, result.conflicts().size());
        Conflict conflict = result.conflicts().get(0);
        assertTrue(conflict.isRule());
        assertEquals("activities[a-1]", conflict.path().toString());
        assertEquals(List.of(before, mine.activity("a-1").orElseThrow(), theirs.activity("a-1").orElseThrow()),
                List.of(conflict.base(), conflict.mine(), conflict.theirs()));
        MergeResult mineKept = result.resolveAll(Side.MINE);
        assertTrue(mineKept.isMerged());
        assertEquals(mine.activity("a-1"), mineKept.plan().activity("a-1"));
    }

    @Test
    void aRuleThatMinesSideDoesNotMendIsMendedByTheirs() {
        Plan mine = PlanEdits.update(base, "a-1", a -> a.placed(a.laneId(), a.start().plusDays(1),
                a.end().plusDays(1)));
        Plan theirs = PlanEdits.remove(PlanEdits.remove(base, "a-2"), "a-5");
        theirs = theirs.withSettings(new PlanSettings(theirs.title(), theirs.organization(), theirs.cxDay(),
                theirs.firstDay(), theirs.cxDay(), theirs.dayStart(), theirs.dayEnd(), theirs.timeZone()));

        MergeResult result = PlanMerge.merge(base, mine, theirs);

        assertEquals(List.of("activities[a-1]"), result.conflicts().stream().map(c -> c.path().toString()).toList());
        assertEquals("problem.outsideSpan", result.conflicts().get(0).rule().key());
        MergeResult resolved = result.resolveAll(Side.MINE);
        assertTrue(resolved.isMerged());
        assertEquals(base.activity("a-1"), resolved.plan().activity("a-1"));
        assertEquals(theirs.lastDay(), resolved.plan().lastDay());
    }

    @Test
    void whenEachSideRemovedEveryLaneTheOtherKeptTheLanesAreAConflict() {
        Plan mine = PlanEdits.removeLane(PlanEdits.removeLane(base, "kantina"), "digitalt");
        Plan theirs = PlanEdits.removeLane(PlanEdits.removeLane(base, "moterom"), "digitalt");

        MergeResult result = PlanMerge.merge(base, mine, theirs);

        assertEquals(List.of(new Conflict(MergePath.PLAN.field("lanes"), base.lanes(), mine.lanes(), theirs.lanes(),
                null)), result.conflicts());
        for (Side side : Side.values()) {
            Plan resolved = result.resolveAll(side).plan();
            assertEquals((side == Side.MINE ? mine : theirs).lanes(), resolved.lanes());
            assertEquals(List.of(), resolved.activities(), "each side removed the activities of the lanes it removed");
            assertTrue(PlanRules.firstProblem(resolved).isEmpty());
        }
    }

    @Test
    void aLaneRemovedOnOneSideThatTheOtherPlacedAnActivityInIsAConflict() {
        Plan mine = PlanEdits.add(base, newActivity("a-7", "Quiz", "moterom"));
        mine = PlanEdits.update(mine, "a-1", a -> a.placed("moterom", a.start(), a.end()));
        Plan theirs = PlanEdits.removeLane(base, "moterom");

        MergeResult result = PlanMerge.merge(base, mine, theirs);

        assertEquals(List.of("lanes[moterom]"), result.conflicts().stream().map(c -> c.path().toString()).toList());
        Plan laneKept = result.resolveAll(Side.MINE).plan();
        assertEquals("moterom", laneKept.activity("a-7").orElseThrow().laneId());
        Plan laneRemoved = result.resolveAll(Side.THEIRS).plan();
        assertTrue(laneRemoved.activity("a-7").isEmpty(), "mine's new activity goes with the lane");
        assertEquals(base.activity("a-1").orElseThrow().laneId(), laneRemoved.activity("a-1").orElseThrow().laneId(),
                "an activity mine moved into it goes back to its lane");
        assertTrue(PlanRules.firstProblem(laneRemoved).isEmpty());
    }

    @Test
    void tasksASaveGaveIdsAreTheTasksTheBaseHadWithout() {
        Activity withoutIds = base.activity("a-4").orElseThrow();
        assertEquals(1, withoutIds.tasks().size());
        assertNull(withoutIds.tasks().get(0).id());
        Plan theirs = TaskIds.given(retitled(base, "a-4", "Lunsj"));
        Plan mine = PlanEdits.update(base, "a-4", a -> a.withTasks(List.of()));

        MergeResult result = PlanMerge.merge(base, mine, theirs);

        assertTrue(result.isMerged(), () -> result.conflicts().toString());
        Activity merged = result.plan().activity("a-4").orElseThrow();
        assertEquals("Lunsj", merged.title());
        assertEquals(List.of(), merged.tasks(), "the task mine removed stays removed");
        assertEquals(1, result.fromTheirs(), "the ids the save gave are no change: " + result.changesFromTheirs());
    }

    @Test
    void aTaskWithoutAnIdThatMineChangedIsKeptAsMineHasIt() {
        Plan theirs = TaskIds.given(base);
        Plan mine = PlanEdits.update(base, "a-4", a -> a.withTasks(List.of(a.tasks().get(0).withDone(true))));

        MergeResult result = PlanMerge.merge(base, mine, theirs);

        assertTrue(result.isMerged(), () -> result.conflicts().toString());
        assertEquals(mine.activity("a-4"), result.plan().activity("a-4"));
    }

    @Test
    void noEditIsLostThatWasNotAConflict() {
        int conflicted = 0;
        int merged = 0;
        for (long seed = 0; seed < 400; seed++) {
            GeneratedPlans plans = new GeneratedPlans(seed);
            Plan start = plans.plan(8);
            Plan mine = plans.edited(start, 1 + (int) (seed % 6));
            Plan theirs = plans.edited(start, 1 + (int) (seed % 5));

            MergeResult result = PlanMerge.merge(start, mine, theirs);

            Sides sides = IdClashes.settled(start, mine, theirs);
            Map<String, Object> flatBase = FlatPlan.of(sides.base());
            Map<String, Object> flatMerged = FlatPlan.of(result.plan());
            List<String> covering = FlatPlan.covering(result.conflicts(), sides);
            for (Plan side : List.of(sides.mine(), sides.theirs())) {
                for (Map.Entry<String, Object> change : FlatPlan.changes(flatBase, FlatPlan.of(side)).entrySet()) {
                    if (!FlatPlan.covered(change.getKey(), covering)) {
                        assertEquals(change.getValue(), flatMerged.get(change.getKey()),
                                "seed " + seed + ": " + change.getKey());
                    }
                }
            }
            conflicted += result.isMerged() ? 0 : 1;
            for (Side side : Side.values()) {
                MergeResult resolved = result.resolveAll(side);
                if (resolved.isMerged()) {
                    merged++;
                    assertTrue(PlanRules.firstProblem(resolved.plan()).isEmpty(), "seed " + seed);
                }
            }
        }
        assertTrue(conflicted > 40, "the edits meet often enough to test conflicts: " + conflicted);
        assertEquals(800, merged, "every merge resolves by picking one side");
    }

    @Test
    void aPathNamesObjectsByIdAndTellsTheActivityAndTask() {
        MergePath path = MergePath.PLAN.child("activities", "a-1").child("tasks", "t-2").field("done");

        assertEquals("activities[a-1].tasks[t-2].done", path.toString());
        assertEquals("a-1", path.activityId());
        assertEquals("t-2", path.taskId());
        assertEquals("review.whatWorked", MergePath.PLAN.child("review", null).field("whatWorked").toString());
        assertEquals("lanes[kantina].name", MergePath.PLAN.child("lanes", "kantina").field("name").toString());
        assertEquals("title", MergePath.PLAN.field("title").toString());
        assertFalse(MergePath.PLAN.field("title").activityId() != null);
    }
}
