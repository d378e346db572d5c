package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanEditsTest {

    private static final LocalDate CX_DAY = LocalDate.of(2026, 10, 6);

    private static Plan plan() {
        Plan plan = Plan.blank("CX-dagen 2026", CX_DAY, new Lane("kantina", "Kantina"));
        plan = PlanEdits.addLane(plan, new Lane("digitalt", "Digitalt"));
        plan = PlanEdits.add(plan, BalanceTest.activity("2026-10-06T09:00", "2026-10-06T10:00", 1, 0, 2)
                .placed("kantina", CX_DAY.atTime(9, 0), CX_DAY.atTime(10, 0)).copiedAs("a-1"));
        return PlanEdits.add(plan, plan.activity("a-1").orElseThrow().copiedAs("a-2")
                .placed("digitalt", CX_DAY.atTime(9, 0), CX_DAY.atTime(10, 0)));
    }

    @Test
    void newIdsAreReadableAndUnused() {
        Plan plan = plan();

        assertEquals("a-3", PlanEdits.newActivityId(plan));
        assertEquals("store-moterom-1", PlanEdits.newLaneId(plan, "Store møterom!"));
        assertEquals("kake-og-kaffe-2", PlanEdits.newIdeaId(Set.of("kake-og-kaffe-1"), "Kake og kaffe"));
        assertEquals("x-1", PlanEdits.newLaneId(plan, "🎉"));
    }

    @Test
    void removingALaneRemovesItsActivitiesButTheLastLaneStays() {
        Plan plan = PlanEdits.removeLane(plan(), "digitalt");

        assertEquals(List.of("kantina"), plan.lanes().stream().map(Lane::id).toList());
        assertEquals(List.of("a-1"), plan.activities().stream().map(Activity::id).toList());
        assertSame(plan, PlanEdits.removeLane(plan, "kantina"));
    }

    @Test
    void lanesMoveWithinTheListAndRenameKeepTheirId() {
        Plan plan = PlanEdits.moveLane(plan(), "digitalt", -1);
        assertEquals(List.of("digitalt", "kantina"), plan.lanes().stream().map(Lane::id).toList());
        plan = PlanEdits.moveLane(plan, "digitalt", -5);
        assertEquals(List.of("digitalt", "kantina"), plan.lanes().stream().map(Lane::id).toList());

        plan = PlanEdits.renameLane(plan, "kantina", "Kantina 1. etasje");
        assertEquals(new Lane("kantina", "Kantina 1. etasje"), plan.lanes().get(1));
    }

    @Test
    void updateChangesOnlyTheNamedActivity() {
        Plan plan = PlanEdits.update(plan(), "a-2", a -> a.withDetails("Ny", a.pillars(), "", "", "", List.of()));

        assertEquals("Ny", plan.activity("a-2").orElseThrow().title());
        assertEquals("x", plan.activity("a-1").orElseThrow().title());
    }

    @Test
    void anActivityMadeFromAnIdeaGetsItsTasksDueTheDaysBeforeTheActivitysDay() {
        Idea idea = new Idea("kake-og-kaffe", Category.SMAA_GREP, "Kake og kaffe", "", new Pillars(1, 0, 2), 45,
                Audience.ANSATTE, List.of(new IdeaTask("Bestille kake", 3, Extras.NONE),
                        new IdeaTask("Takke bakeriet", -1, Extras.NONE), new IdeaTask("Samme dag", 0, Extras.NONE)),
                Extras.NONE);

        Activity activity = PlanEdits.fromIdea(idea, "a-1", "kantina",
                new TimeGrid.Span(CX_DAY.atTime(8, 30), CX_DAY.atTime(9, 15)));

        assertEquals(List.of(Task.of("Bestille kake", CX_DAY.minusDays(3)), Task.of("Takke bakeriet",
                CX_DAY.plusDays(1)), Task.of("Samme dag", CX_DAY)), activity.tasks());
        assertTrue(activity.tasks().stream().allMatch(t -> t.id() == null && t.owner().isEmpty() && !t.done()));
    }

    @Test
    void aCopiedActivitysTasksHaveNoIdsSoTheyNeverShareOne() {
        Plan plan = PlanEdits.update(plan(), "a-1", a -> a.withTasks(List.of(
                new Task("t-1", "Bestille", "Ola", null, true, Extras.NONE))));

        Activity copy = plan.activity("a-1").orElseThrow().copiedAs("a-3");

        assertNull(copy.tasks().get(0).id());
        assertEquals("Ola", copy.tasks().get(0).owner());
    }
}
