package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
