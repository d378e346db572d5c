package no.cxday.planner.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.CarryOver;
import no.cxday.planner.model.HistoryFixtures;
import no.cxday.planner.model.Plan;
import no.cxday.planner.ui.history.HistoryViewModel.Point;
import no.cxday.planner.ui.history.HistoryViewModel.Row;
import org.junit.jupiter.api.Test;

class HistoryViewModelTest {

    private static HistoryViewModel of(Plan plan, Language language) {
        return new HistoryViewModel(new PlanDocument(plan), new Messages(language));
    }

    @Test
    void aPlanCarriedOverFrom2025To2027ShowsEachYearsFiguresOldestFirstAndThisYearLast() {
        HistoryViewModel viewModel = of(HistoryFixtures.carriedOverTo(2027), Language.NB);

        List<Row> rows = viewModel.rows();

        assertEquals(List.of(
                new Row("07.10.2025", "CX-dagen 2025", "92", "17 / 50 / 33 %", "1 av 2", "3,0", "50", "1 750", "1 400",
                        false),
                new Row("06.10.2026", "CX-dagen 2026", "92", "17 / 50 / 33 %", "2 av 2", "4,5", "110", "1 750",
                        "1 620,50", false),
                new Row("05.10.2027", "CX-dagen 2027 (i år)", "92", "17 / 50 / 33 %", "0 av 2", "–", "0", "1 750",
                        "–", true)), rows.stream().map(HistoryViewModelTest::plainSpaces).toList());
        assertEquals("Kostnad (NOK)", viewModel.costHeadingProperty().get());
        assertEquals("", viewModel.hintProperty().get());
    }

    /** The amounts group thousands with a no-break space, as bokmål writes them; compared here as spaces. */
    private static Row plainSpaces(Row row) {
        return new Row(row.cxDay(), row.title(), row.score(), row.mix(), row.held(), row.averageRating(),
                row.participants(), row.plannedCost().replace('\u00A0', ' '),
                row.actualCost().replace('\u00A0', ' '), row.current());
    }

    @Test
    void theChartsGetTheScoreTheSharesInPerCentAndTheRatingOfEachYear() {
        List<Point> points = of(HistoryFixtures.carriedOverTo(2027), Language.NB).points();

        assertEquals(List.of(2025, 2026, 2027), points.stream().map(Point::year).toList());
        assertEquals(List.of(92, 92, 92), points.stream().map(Point::score).toList());
        assertEquals(100.0 / 6, points.get(0).anerkjennelse(), 1e-9);
        assertEquals(50, points.get(0).laering(), 1e-9);
        assertEquals(100.0 / 3, points.get(0).engasjement(), 1e-9);
        assertEquals(3.0, points.get(0).averageRating());
        assertEquals(4.5, points.get(1).averageRating());
        assertNull(points.get(2).averageRating(), "this year is not rated yet");
    }

    @Test
    void inEnglishTheDatesAndAmountsAreWrittenTheEnglishWay() {
        Row first = of(HistoryFixtures.carriedOverTo(2027), Language.EN).rows().get(1);

        assertEquals("6 Oct 2026", first.cxDay());
        assertEquals("1,620.50", first.actualCost());
        assertEquals("2 of 2", first.held());
        assertEquals("4.5", first.averageRating());
    }

    @Test
    void aPlanCarriedOverBeforeHistoryExistedShowsLastYearFromWhatLastYearKept() {
        Plan carried = CarryOver.toYear(HistoryFixtures.plan2025(), 2026, false);
        Plan onlyLastYear = new Plan(carried.schemaVersion(), carried.id(), carried.title(), carried.organization(),
                carried.cxDay(), carried.firstDay(), carried.lastDay(), carried.dayStart(), carried.dayEnd(),
                carried.timeZone(), carried.currency(), carried.budget(), carried.lanes(), carried.activities(),
                carried.customIdeas(), carried.review(), carried.communication(), carried.lastYear(), List.of(),
                carried.extras());

        HistoryViewModel viewModel = of(onlyLastYear, Language.NB);

        assertEquals(List.of("CX-dagen 2025", "CX-dagen 2026 (i år)"),
                viewModel.rows().stream().map(Row::title).toList());
        assertEquals("17 / 50 / 33 %", viewModel.rows().get(0).mix());
        assertEquals("92", viewModel.rows().get(0).score());
        assertEquals("", viewModel.hintProperty().get());
    }

    @Test
    void aPlanWithoutHistoryShowsThisYearAndSaysThatCarryOverBuildsTheHistory() {
        HistoryViewModel viewModel = of(HistoryFixtures.plan2025(), Language.NB);

        assertEquals(1, viewModel.rows().size());
        assertTrue(viewModel.rows().get(0).current());
        assertTrue(viewModel.hintProperty().get().startsWith("Planen har ingen tidligere år ennå."),
                viewModel.hintProperty().get());
    }

    @Test
    void whileHiddenTheYearsWaitAndAreBroughtUpToDateWhenShownAgain() {
        PlanDocument document = new PlanDocument(HistoryFixtures.plan2025());
        HistoryViewModel viewModel = new HistoryViewModel(document, new Messages(Language.NB));
        viewModel.shownProperty().set(false);

        document.replace(HistoryFixtures.carriedOverTo(2027), null);
        assertEquals(1, viewModel.rows().size());

        viewModel.shownProperty().set(true);
        assertEquals(3, viewModel.rows().size());
    }
}
