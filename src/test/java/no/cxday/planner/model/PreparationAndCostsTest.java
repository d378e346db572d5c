package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparationAndCostsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

    private static Task task(String text, String owner, LocalDate due, boolean done) {
        return new Task(null, text, owner, due, done, Extras.NONE);
    }

    private static Activity activity(String id, String responsible, LocalDateTime start, List<Task> tasks,
            Cost cost) {
        return new Activity(id, null, id, "kantina", start, start.plusHours(1), new Pillars(1, 1, 1), responsible, "",
                "", tasks, null, null, cost, Extras.NONE);
    }

    private static Plan plan(Activity... activities) {
        return Plan.blank("CX-dagen 2026", CxDay.of(2026), new Lane("kantina", "Kantina"))
                .withActivities(List.of(activities));
    }

    private static Cost cost(String planned, String actual) {
        return new Cost(new BigDecimal(planned), actual == null ? null : new BigDecimal(actual), "", Extras.NONE);
    }

    @Test
    void aTaskIsOverdueOnlyWhenNotDoneAndDueBeforeTheDay() {
        assertTrue(task("x", "", TODAY.minusDays(1), false).isOverdue(TODAY), "due yesterday");
        assertFalse(task("x", "", TODAY, false).isOverdue(TODAY), "due today is not overdue");
        assertFalse(task("x", "", TODAY.plusDays(1), false).isOverdue(TODAY), "due tomorrow");
        assertFalse(task("x", "", TODAY.minusDays(1), true).isOverdue(TODAY), "done");
        assertFalse(task("x", "", null, false).isOverdue(TODAY), "no due date");
    }

    @Test
    void theListIsByDueDateThenActivityStartThenTaskOrderWithTasksWithoutADueDateLast() {
        LocalDateTime nine = CxDay.of(2026).atTime(9, 0);
        Plan plan = plan(
                activity("late", "Per", nine.plusHours(2), List.of(task("late-1", "", TODAY, false),
                        task("late-none", "", null, false)), null),
                activity("early", "Kari", nine, List.of(task("early-1", "", TODAY, false),
                        task("early-none", "", null, false), task("early-2", "", TODAY, false),
                        task("early-first", "", TODAY.minusDays(5), true)), null));

        List<String> order = Preparation.of(plan).items().stream().map(i -> i.task().text()).toList();

        assertEquals(List.of("early-first", "early-1", "early-2", "late-1", "early-none", "late-none"), order);
    }

    @Test
    void theOwnerFallsBackToTheResponsibleAndIsMatchedIgnoringCase() {
        Plan plan = plan(activity("a-1", "Kari", CxDay.of(2026).atTime(9, 0),
                List.of(task("own", "Ola", TODAY, false), task("fallback", "", TODAY, true)), null));

        Preparation preparation = Preparation.of(plan);

        assertEquals(List.of("Ola", "Kari"), preparation.items().stream().map(Preparation.Item::owner).toList());
        assertEquals(List.of("fallback"), preparation.ownedBy("kARI").items().stream().map(i -> i.task().text())
                .toList());
        assertEquals(List.of("own"), preparation.open().items().stream().map(i -> i.task().text()).toList());
        assertEquals(0, preparation.ownedBy("Kar").total());
    }

    @Test
    void theCountsAreOfTheTasksListed() {
        Plan plan = plan(activity("a-1", "Kari", CxDay.of(2026).atTime(9, 0), List.of(
                task("overdue", "", TODAY.minusDays(1), false), task("done", "", TODAY.minusDays(1), true),
                task("today", "", TODAY, false)), null));

        Preparation preparation = Preparation.of(plan);

        assertEquals(3, preparation.total());
        assertEquals(1, preparation.done());
        assertEquals(1, preparation.overdue(TODAY));
        assertEquals(2, preparation.overdue(TODAY.plusDays(1)));
        assertEquals(0, preparation.open().done());
    }

    @Test
    void thePlannedCostIsTheSumOfPlannedCostsAndTheActualCostOnlyOfThoseKnown() {
        LocalDateTime nine = CxDay.of(2026).atTime(9, 0);
        Plan none = plan(activity("a-1", "", nine, List.of(), null));
        Plan notKnown = plan(activity("a-1", "", nine, List.of(), cost("1500", null)),
                activity("a-2", "", nine, List.of(), null));
        Plan some = plan(activity("a-1", "", nine, List.of(), cost("1500", "1620.50")),
                activity("a-2", "", nine, List.of(), cost("249.5", null)),
                activity("a-3", "", nine, List.of(), cost("0", "0.25")));

        assertEquals(0, BigDecimal.ZERO.compareTo(Costs.planned(none)));
        assertNull(Costs.actual(none), "no activity has a cost");
        assertEquals(new BigDecimal("1500"), Costs.planned(notKnown));
        assertNull(Costs.actual(notKnown), "none has an actual cost");
        assertEquals(new BigDecimal("1749.5"), Costs.planned(some));
        assertEquals(new BigDecimal("1620.75"), Costs.actual(some), "a-2 has none, and it does not count as 0");
    }

    @Test
    void savingGivesIdsCountingOnFromTheHighestAndSkipsOnesTaken() {
        LocalDateTime nine = CxDay.of(2026).atTime(9, 0);
        Plan plan = plan(activity("a-1", "", nine, List.of(task("new", "", null, false),
                new Task("t-4", "had", "", null, false, Extras.NONE)), null),
                activity("a-2", "", nine, List.of(new Task("t-6", "taken", "", null, false, Extras.NONE),
                        task("newer", "", null, false), new Task("t-5x", "odd", "", null, false, Extras.NONE)),
                        null));

        List<String> ids = TaskIds.given(plan).activities().stream().flatMap(a -> a.tasks().stream())
                .map(Task::id).toList();

        assertEquals(List.of("t-7", "t-4", "t-6", "t-8", "t-5x"), ids);
    }
}
