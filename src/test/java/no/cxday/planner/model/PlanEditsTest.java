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

    private static Idea customIdea(String id, String title) {
        return new Idea(id, Category.EGNE, title, "Vår egen", new Pillars(2, 0, 1), 30, Audience.ANSATTE,
                List.of(new IdeaTask("Bestille", 2, Extras.NONE)), Extras.NONE);
    }

    private static Plan withCustomIdeasInUse() {
        Plan plan = PlanEdits.addCustomIdea(PlanEdits.addCustomIdea(plan(), customIdea("kundekaffe-1", "Kundekaffe")),
                customIdea("quiz-1", "Quiz"));
        Idea coffee = plan.customIdeas().get(0);
        return PlanEdits.add(plan, PlanEdits.fromIdea(coffee, "a-3", "kantina",
                new TimeGrid.Span(CX_DAY.atTime(11, 0), CX_DAY.atTime(11, 30))));
    }

    @Test
    void anEditedCustomIdeaKeepsItsIdAndPlaceAndItsActivitiesStayAsTheyWere() {
        Plan plan = withCustomIdeasInUse();
        Idea edited = new Idea("kundekaffe-1", Category.EGNE, "Kaffe for kundene", "Nytt", new Pillars(0, 1, 3), 45,
                Audience.KUNDER, plan.customIdeas().get(0).preparation(), Extras.NONE);

        Plan after = PlanEdits.updateCustomIdea(plan, edited);

        assertEquals(List.of(edited, plan.customIdeas().get(1)), after.customIdeas());
        assertEquals(plan.activities(), after.activities());
        assertEquals("Kundekaffe", after.activity("a-3").orElseThrow().title());
    }

    @Test
    void aRemovedCustomIdeaIsGoneFromTheBankWhileTheActivitiesMadeFromItStay() {
        Plan plan = withCustomIdeasInUse();

        Plan after = PlanEdits.removeCustomIdea(plan, "kundekaffe-1");

        assertEquals(List.of("quiz-1"), after.customIdeas().stream().map(Idea::id).toList());
        assertEquals(plan.activities(), after.activities());
        assertEquals("kundekaffe-1", after.activity("a-3").orElseThrow().ideaId());
    }
}
