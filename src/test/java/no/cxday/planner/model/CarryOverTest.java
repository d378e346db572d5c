package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CarryOverTest {

    private static Activity activity(String id, String ideaId, LocalDateTime start, int minutes, Evaluation evaluation,
            List<Task> tasks) {
        return new Activity(id, ideaId, id, "kantina", start, start.plusMinutes(minutes), new Pillars(1, 1, 1), "",
                "", "", tasks, evaluation, null, null, Extras.NONE);
    }

    private static Evaluation evaluation(boolean held, Integer rating) {
        return new Evaluation(held, rating, held ? 40 : null, "", Extras.NONE);
    }

    /** A plan for {@code year} with an activity on every day from 10 days before to 20 days after the CX day. */
    private static Plan planWithEveryOffset(int year) {
        LocalDate cxDay = CxDay.of(year);
        Plan plan = Plan.blank("CX-dagen " + year, cxDay, new Lane("kantina", "Kantina"));
        plan = plan.withSettings(new PlanSettings("CX-dagen " + year + " hos oss", "", cxDay, cxDay.minusDays(10),
                cxDay.plusDays(20), plan.dayStart(), plan.dayEnd(), plan.timeZone()));
        List<Activity> activities = new ArrayList<>();
        for (int offset = -10; offset <= 20; offset++) {
            LocalDateTime start = cxDay.plusDays(offset).atTime(8 + Math.floorMod(offset, 7), 15);
            activities.add(activity("a" + (offset + 10), "kake-og-kaffe", start, 45,
                    evaluation(true, 1 + Math.floorMod(offset, 5)),
                    List.of(new Task(null, "Forberede", "", cxDay.plusDays(offset - 3), true, Extras.NONE))));
        }
        return plan.withActivities(activities);
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029})
    void everyActivityKeepsItsWeekdayItsOffsetFromTheCxDayAndItsTimeOfDay(int year) {
        Plan last = planWithEveryOffset(year);

        Plan next = CarryOver.toYear(last, year + 1, false);

        assertEquals(CxDay.of(year + 1), next.cxDay());
        for (int i = 0; i < last.activities().size(); i++) {
            Activity before = last.activities().get(i);
            Activity after = next.activities().get(i);
            assertEquals(before.start().getDayOfWeek(), after.start().getDayOfWeek());
            assertEquals(ChronoUnit.DAYS.between(last.cxDay(), before.start().toLocalDate()),
                    ChronoUnit.DAYS.between(next.cxDay(), after.start().toLocalDate()));
            assertEquals(before.start().toLocalTime(), after.start().toLocalTime());
            assertEquals(before.end().toLocalTime(), after.end().toLocalTime());
        }
        assertEquals(Optional.empty(), PlanRules.firstProblem(next), "the carried-over plan keeps every rule");
    }

    @Test
    void anActivityAfterTheChangeToWinterTimeKeepsItsWallClockTime() {
        Plan last = planWithEveryOffset(2026);
        Activity afterChange = last.activities().stream()
                .filter(a -> a.start().toLocalDate().equals(LocalDate.of(2026, 10, 26))).findFirst().orElseThrow();

        Activity carried = CarryOver.toYear(last, 2027, false).activity(afterChange.id()).orElseThrow();

        assertEquals(LocalDate.of(2027, 10, 25), carried.start().toLocalDate());
        assertEquals(afterChange.start().toLocalTime(), carried.start().toLocalTime());
    }

    @Test
    void theNewPlanIsNewAndStandsAlone() {
        Plan last = planWithEveryOffset(2026).withCustomIdeas(List.of(new Idea("egen", Category.EGNE, "Egen", "",
                new Pillars(1, 1, 1), 30, Audience.BEGGE, List.of(), Extras.NONE)));
        Review review = new Review("Kaken", List.of("Start tidligere"), List.of("bilder/kake.jpg"), "Mer læring",
                Extras.NONE);
        last = new Plan(last.schemaVersion(), last.id(), last.title(), last.organization(), last.cxDay(),
                last.firstDay(), last.lastDay(), last.dayStart(), last.dayEnd(), last.timeZone(),
                Plan.DEFAULT_CURRENCY, null, last.lanes(),
                last.activities(), last.customIdeas(), review, null, null, List.of(), last.extras());

        Plan next = CarryOver.toYear(last, 2027, false);

        assertNotEquals(last.id(), next.id());
        assertEquals("CX-dagen 2027 hos oss", next.title());
        assertEquals(last.lanes(), next.lanes());
        assertEquals(last.customIdeas(), next.customIdeas());
        assertEquals(Review.EMPTY, next.review());
        assertTrue(next.activities().stream().allMatch(a -> a.evaluation() == null), "evaluations cleared");
        Activity first = next.activities().get(0);
        assertEquals(first.start().toLocalDate().minusDays(3), first.tasks().get(0).due());
        assertTrue(next.activities().stream().flatMap(a -> a.tasks().stream()).noneMatch(Task::done));

        LastYear lastYear = next.lastYear();
        assertEquals(last.id(), lastYear.planId());
        assertEquals(last.title(), lastYear.title());
        assertEquals(last.cxDay(), lastYear.cxDay());
        assertEquals(Balance.of(last).mix(), lastYear.mix());
        assertEquals(review, lastYear.review());
        assertEquals(31, lastYear.ideaRatings().get("kake-og-kaffe").held());
        assertEquals(last.activities().stream().mapToInt(a -> a.evaluation().rating()).average().orElseThrow(),
                lastYear.ideaRatings().get("kake-og-kaffe").averageRating(), 1e-9);
    }

    @Test
    void whatWasNotHeldOrRatedLowCanBeLeftOutButWhatWasNeverReviewedStays() {
        LocalDateTime nine = CxDay.of(2026).atTime(9, 0);
        Plan plan = Plan.blank("CX-dagen 2026", CxDay.of(2026), new Lane("kantina", "Kantina")).withActivities(List.of(
                activity("good", null, nine, 30, evaluation(true, 5), List.of()),
                activity("low", null, nine, 30, evaluation(true, 2), List.of()),
                activity("cancelled", null, nine, 30, evaluation(false, null), List.of()),
                activity("unrated", null, nine, 30, evaluation(true, null), List.of()),
                activity("unreviewed", null, nine, 30, null, List.of())));

        List<String> kept = CarryOver.toYear(plan, 2027, true).activities().stream().map(Activity::id).toList();

        assertEquals(List.of("good", "unrated", "unreviewed"), kept);
        assertEquals(5, CarryOver.toYear(plan, 2027, false).activities().size());
    }

    @Test
    void onlyTheYearItselfIsMovedOnInTheTitle() {
        assertEquals("CX-dagen 2027", CarryOver.retitled("CX-dagen 2026", 2026, 2027));
        assertEquals("Plan 120265 for 2027", CarryOver.retitled("Plan 120265 for 2026", 2026, 2027));
        assertEquals("Kundedagen", CarryOver.retitled("Kundedagen", 2026, 2027));
    }

    @Test
    void anIdeaNeverRatedHasNoAverage() {
        LocalDateTime nine = CxDay.of(2026).atTime(9, 0);
        Plan plan = Plan.blank("P", CxDay.of(2026), new Lane("kantina", "Kantina")).withActivities(List.of(
                activity("a", "quiz-og-spill", nine, 30, evaluation(false, null), List.of())));

        IdeaRating rating = CarryOver.toYear(plan, 2027, false).lastYear().ideaRatings().get("quiz-og-spill");

        assertEquals(0, rating.held());
        assertNull(rating.averageRating());
    }

    private static Plan withCostsAndTasks() {
        LocalDateTime nine = CxDay.of(2026).atTime(9, 0);
        Activity cake = new Activity("a-1", "kake-og-kaffe", "Kake", "kantina", nine, nine.plusHours(1),
                new Pillars(1, 0, 2), "Kari", "", "", List.of(new Task("t-1", "Bestille kake", "Ola",
                        CxDay.of(2026).minusDays(4), true, Extras.NONE)), new Evaluation(true, 4, 80, "", Extras.NONE),
                80, new Cost(new BigDecimal("1500"), new BigDecimal("1620.50"), "Bakeriet", Extras.NONE), Extras.NONE);
        Activity quiz = new Activity("a-2", null, "Quiz", "kantina", nine.plusHours(2), nine.plusHours(3),
                new Pillars(0, 3, 0), "", "", "", List.of(), new Evaluation(false, null, null, "", Extras.NONE), null,
                new Cost(new BigDecimal("250"), null, "", Extras.NONE), Extras.NONE);
        return Plan.blank("CX-dagen 2026", CxDay.of(2026), new Lane("kantina", "Kantina"))
                .withActivities(List.of(cake, quiz));
    }

    @Test
    void tasksKeepTheirOwnersAndIdsAndCostsKeepWhatWasPlannedButNotWhatWasSpent() {
        Plan next = CarryOver.toYear(withCostsAndTasks(), 2027, false);
        Activity cake = next.activities().get(0);

        Task task = cake.tasks().get(0);
        assertEquals("t-1", task.id());
        assertEquals("Ola", task.owner());
        assertFalse(task.done());
        assertEquals(CxDay.of(2027).minusDays(4), task.due());
        assertEquals(80, cake.expectedParticipants());
        assertEquals(new BigDecimal("1500"), cake.cost().planned());
        assertNull(cake.cost().actual());
        assertEquals("Bakeriet", cake.cost().note());
    }

    @Test
    void carryOverAddsTheYearItCarriesOverFromToTheHistory() {
        Plan last = withCostsAndTasks();

        List<YearSummary> history = CarryOver.toYear(last, 2027, false).history();

        assertEquals(1, history.size());
        YearSummary year = history.get(0);
        assertEquals(last.id(), year.planId());
        assertEquals(last.title(), year.title());
        assertEquals(last.cxDay(), year.cxDay());
        assertEquals(Balance.of(last).mix(), year.mix());
        assertEquals(Balance.of(last).score(), year.score());
        assertEquals(2, year.activities());
        assertEquals(1, year.held());
        assertEquals(4.0, year.averageRating());
        assertEquals(80, year.participants());
        assertEquals(new BigDecimal("1750"), year.plannedCost());
        assertEquals(new BigDecimal("1620.50"), year.actualCost());
        assertEquals(1, year.ideaRatings().get("kake-og-kaffe").held());
        assertNull(PlanRules.firstProblem(CarryOver.toYear(last, 2027, false)).orElse(null));
    }

    @Test
    void theHistoryGrowsOldestFirstAndAPlanCarriedOverBeforeHistoryGetsItsYearFromLastYear() {
        Plan next = CarryOver.toYear(withCostsAndTasks(), 2027, false);
        Plan withoutHistory = new Plan(next.schemaVersion(), next.id(), next.title(), next.organization(),
                next.cxDay(), next.firstDay(), next.lastDay(), next.dayStart(), next.dayEnd(), next.timeZone(),
                next.currency(), next.budget(), next.lanes(), next.activities(), next.customIdeas(), next.review(),
                next.communication(), next.lastYear(), List.of(), next.extras());

        List<YearSummary> kept = CarryOver.toYear(next, 2028, false).history();
        List<YearSummary> rebuilt = CarryOver.toYear(withoutHistory, 2028, false).history();

        assertEquals(List.of(CxDay.of(2026), CxDay.of(2027)), kept.stream().map(YearSummary::cxDay).toList());
        assertEquals(kept.get(1), rebuilt.get(1));
        YearSummary fromLastYear = rebuilt.get(0);
        assertEquals(next.lastYear().planId(), fromLastYear.planId());
        assertEquals(next.lastYear().mix(), fromLastYear.mix());
        assertEquals(kept.get(0).score(), fromLastYear.score(), "the score follows from the mix");
        assertEquals(next.lastYear().ideaRatings(), fromLastYear.ideaRatings());
        assertEquals(0, fromLastYear.activities(), "what lastYear did not keep reads as nothing");
        assertNull(fromLastYear.averageRating());
        assertNull(fromLastYear.actualCost());
    }
}
