package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTest {

    @Test
    void aPlanCarriedOverThreeTimesKnowsAllThreeEarlierYearsWithTheirOwnFigures() {
        Plan plan2028 = HistoryFixtures.carriedOverThrice();

        List<YearSummary> years = plan2028.history();

        assertEquals(List.of("CX-dagen 2025", "CX-dagen 2026", "CX-dagen 2027"),
                years.stream().map(YearSummary::title).toList());
        assertEquals(List.of(CxDay.of(2025), CxDay.of(2026), CxDay.of(2027)),
                years.stream().map(YearSummary::cxDay).toList());
        assertEquals(List.of(1, 2, 2), years.stream().map(YearSummary::held).toList());
        assertEquals(List.of(2, 2, 2), years.stream().map(YearSummary::activities).toList());
        assertEquals(List.of(3.0, 4.5, 3.5), years.stream().map(YearSummary::averageRating).toList());
        assertEquals(List.of(50, 110, 120), years.stream().map(YearSummary::participants).toList());
        assertEquals(List.of(new BigDecimal("1750"), new BigDecimal("1750"), new BigDecimal("1750")),
                years.stream().map(YearSummary::plannedCost).toList());
        assertEquals(List.of(new BigDecimal("1400"), new BigDecimal("1620.50"), new BigDecimal("2000")),
                years.stream().map(YearSummary::actualCost).toList());
        // 20 / 60 / 40 minutes: shares 1/6, 1/2, 1/3, a score of 92 (92.06 before rounding)
        assertEquals(List.of(92, 92, 92), years.stream().map(YearSummary::score).toList());
        assertEquals(1.0 / 6, years.get(0).mix().anerkjennelse(), 1e-9);
        assertEquals(new IdeaRating(0, null, Extras.NONE), years.get(0).ideaRatings().get("quiz-og-spill"));
        assertEquals(new IdeaRating(1, 2.0, Extras.NONE), years.get(2).ideaRatings().get("quiz-og-spill"));
        assertEquals(years.get(2).planId(), plan2028.lastYear().planId());
        assertEquals(3, years.stream().map(YearSummary::planId).distinct().count());
    }

    @Test
    void thisYearComesLastAfterTheEarlierYears() {
        Plan plan2028 = HistoryFixtures.carriedOverThrice();

        List<YearSummary> years = History.withThisYear(plan2028);

        assertEquals(4, years.size());
        YearSummary now = years.get(3);
        assertEquals(plan2028.id(), now.planId());
        assertEquals(CxDay.of(2028), now.cxDay());
        assertEquals(0, now.held());
        assertNull(now.averageRating());
        assertNull(now.actualCost());
    }

    @Test
    void aPlanCarriedOverBeforeHistoryExistedHasItsOneEarlierYearFromLastYear() {
        Plan carried = CarryOver.toYear(HistoryFixtures.plan2025(), 2026, false);
        Plan withoutHistory = withHistory(carried, List.of());

        List<YearSummary> years = History.earlierYears(withoutHistory);

        assertEquals(1, years.size());
        assertEquals(carried.lastYear().planId(), years.get(0).planId());
        assertEquals("CX-dagen 2025", years.get(0).title());
        assertEquals(carried.history().get(0).score(), years.get(0).score());
    }

    @Test
    void lastYearIsAddedWhenTheHistoryStopsBeforeItAndNeverTwice() {
        Plan plan2027 = CarryOver.toYear(CarryOver.toYear(HistoryFixtures.plan2025(), 2026, false), 2027, false);
        // as a program that kept history without knowing it would have carried 2026 over: 2025 only
        Plan stale = withHistory(plan2027, plan2027.history().subList(0, 1));

        assertEquals(List.of("CX-dagen 2025", "CX-dagen 2026"),
                History.earlierYears(stale).stream().map(YearSummary::title).toList());
        assertEquals(plan2027.history(), History.earlierYears(plan2027));
    }

    @Test
    void anIdeasRecordCountsTheYearsItWasInThePlanAndAveragesTheYearsRatings() {
        Map<String, IdeaRecord> records = IdeaRecord.byIdea(History.earlierYears(HistoryFixtures.carriedOverThrice()));

        assertEquals(new IdeaRecord(List.of(2025, 2026, 2027), 4.0), records.get("kake-og-kaffe"));
        // not held in 2025, so rated only in 2026 (5) and 2027 (2)
        assertEquals(new IdeaRecord(List.of(2025, 2026, 2027), 3.5), records.get("quiz-og-spill"));
    }

    @Test
    void anIdeaNeverRatedHasARecordWithoutAnAverage() {
        Plan carried = CarryOver.toYear(HistoryFixtures.plan2025(), 2026, false);

        IdeaRecord quiz = IdeaRecord.byIdea(History.earlierYears(carried)).get("quiz-og-spill");

        assertEquals(1, quiz.tried());
        assertNull(quiz.averageRating());
    }

    private static Plan withHistory(Plan plan, List<YearSummary> history) {
        return new Plan(plan.schemaVersion(), plan.id(), plan.title(), plan.organization(), plan.cxDay(),
                plan.firstDay(), plan.lastDay(), plan.dayStart(), plan.dayEnd(), plan.timeZone(), plan.currency(),
                plan.budget(), plan.lanes(), plan.activities(), plan.customIdeas(), plan.review(),
                plan.communication(), plan.lastYear(), history, plan.extras());
    }
}
