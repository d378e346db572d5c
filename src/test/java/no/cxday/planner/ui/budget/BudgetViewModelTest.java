package no.cxday.planner.ui.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Cost;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.ui.budget.BudgetViewModel.PerParticipant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetViewModelTest {

    @TempDir
    Path dir;

    private final SimpleBooleanProperty review = new SimpleBooleanProperty();
    private PlanDocument document;
    private BudgetViewModel budget;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("planner.cxplan.json");
        Files.writeString(file, PlanFixtures.text("planner.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        budget = new BudgetViewModel(document, review, new Messages(Language.NB));
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }

    private void cost(String id, String planned, String actual) {
        document.apply("kostnad", plan -> PlanEdits.update(plan, id, a -> a.withCosts(null, new Cost(
                new BigDecimal(planned), actual == null ? null : new BigDecimal(actual), "", Extras.NONE))));
    }

    @Test
    void thePlannedTotalIsShownAgainstTheBudgetAndFollowsEveryEdit() {
        assertEquals("Planlagt 0 NOK (budsjett ikke satt)", plain(budget.plannedProperty().get()));

        document.apply("budsjett", plan -> plan.withMoney("NOK", new BigDecimal("10000")));
        cost("a-1", "2500", null);

        assertEquals("Planlagt 2 500 NOK av 10 000 NOK", plain(budget.plannedProperty().get()));
        assertEquals(0.25, budget.shareProperty().get(), 1e-9);
        assertFalse(budget.overBudgetProperty().get());
        assertEquals("", budget.overProperty().get());
    }

    @Test
    void overBudgetIsMarkedWithByHowMuch() {
        document.apply("budsjett", plan -> plan.withMoney("SEK", new BigDecimal("3000")));
        cost("a-1", "2500", null);
        cost("a-2", "1200,50".replace(',', '.'), null);

        assertTrue(budget.overBudgetProperty().get());
        assertEquals("⚠ Over budsjett med 700,50 SEK", plain(budget.overProperty().get()));
        assertEquals(1.0, budget.shareProperty().get(), 1e-9);

        document.undo();
        assertFalse(budget.overBudgetProperty().get());
    }

    @Test
    void reviewModeShowsActualAgainstPlannedAndTheCostPerParticipantOfEachHeldActivity() {
        cost("a-1", "2500", "3000");
        cost("a-2", "800", null);
        document.apply("holdt", plan -> PlanEdits.update(PlanEdits.update(plan, "a-1",
                a -> a.withEvaluation(new Evaluation(true, 4, 40, "", Extras.NONE))), "a-2",
                a -> a.withEvaluation(new Evaluation(true, null, 16, "", Extras.NONE))));
        assertEquals("", budget.actualProperty().get(), "planning mode shows no actual costs");
        assertEquals(List.of(), budget.perParticipantProperty().get());

        review.set(true);

        assertEquals("Faktisk 3 000 NOK mot planlagt 3 300 NOK", plain(budget.actualProperty().get()));
        List<PerParticipant> rows = budget.perParticipantProperty().get();
        assertEquals(List.of("a-1", "a-2"), rows.stream().map(PerParticipant::activityId).toList());
        assertEquals("75 NOK per deltaker (40 deltakere)", plain(rows.get(0).cost()));
        assertEquals("50 NOK per deltaker etter planlagt kostnad (16 deltakere)", plain(rows.get(1).cost()));
    }

    @Test
    void anActivityNotHeldOrWithoutParticipantsHasNoCostPerParticipant() {
        cost("a-1", "2500", "3000");
        document.apply("ikke holdt", plan -> PlanEdits.update(plan, "a-1",
                a -> a.withEvaluation(new Evaluation(false, null, null, "", Extras.NONE))));
        review.set(true);

        assertEquals(List.of(), budget.perParticipantProperty().get());
    }
}
