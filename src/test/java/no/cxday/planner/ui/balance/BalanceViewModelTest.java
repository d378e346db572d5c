package no.cxday.planner.ui.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.Balance;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.CarryOver;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import org.junit.jupiter.api.Test;

class BalanceViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 6);

    private final PlanDocument document = new PlanDocument(Plan.blank("P", DAY, new Lane("a", "A")));
    private final SimpleObjectProperty<Plan> preview = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty reviewMode = new SimpleBooleanProperty();
    private final BalanceViewModel viewModel = new BalanceViewModel(document, preview, Catalogue.load(),
            new Messages(Language.NB), reviewMode);

    private static Activity activity(String ideaId, int a, int l, int e) {
        return new Activity("x-" + ideaId, ideaId, "X", "a", DAY.atTime(9, 0), DAY.atTime(10, 0),
                new Pillars(a, l, e), "", "", "", List.of(), null, null, null, Extras.NONE);
    }

    @Test
    void theBalanceFollowsThePlan() {
        document.apply("add", p -> p.withActivities(List.of(activity("kake-og-kaffe", 1, 0, 2))));

        assertEquals(40, viewModel.balanceProperty().get().engasjementMinutes(), 1e-9);
    }

    @Test
    void whenAPillarIsMissingUpToThreeIdeasThatWeighOnItAreSuggested() {
        document.apply("add", p -> p.withActivities(List.of(activity("kake-og-kaffe", 1, 0, 2))));

        List<Idea> suggestions = viewModel.suggestionsProperty().get();

        assertEquals(BalanceViewModel.SUGGESTIONS, suggestions.size());
        assertTrue(suggestions.stream().allMatch(idea -> idea.pillars().weight(Pillar.LAERING) >= 2),
                suggestions.toString());
    }

    private static Idea idea(String id, int laering) {
        return new Idea(id, Category.LAERING, id, "", new Pillars(0, laering, 0), 60, Audience.ANSATTE, List.of(), Extras.NONE);
    }

    @Test
    void ideasAlreadyInThePlanComeLast() {
        Plan plan = document.plan().withActivities(List.of(activity("sterk", 0, 0, 0),
                activity("kake-og-kaffe", 1, 0, 2)));
        List<Idea> ideas = List.of(idea("sterk", 3), idea("middels", 2), idea("svak", 2));

        List<Idea> suggested = BalanceViewModel.suggest(plan, Balance.of(plan), ideas);

        assertEquals(List.of("middels", "svak", "sterk"), suggested.stream().map(Idea::id).toList(),
                "the strongest idea is in the plan already, so it comes after the others");
    }

    @Test
    void thePlansOwnIdeasAreSuggestedTooAheadOfTheBanksOnAnEqualWeight() {
        Idea ownQuiz = new Idea("var-quiz-1", Category.EGNE, "Vår CX-quiz", "", new Pillars(0, 3, 0), 30,
                Audience.ANSATTE, List.of(), Extras.NONE);
        document.apply("add", p -> p.withActivities(List.of(activity("kake-og-kaffe", 1, 0, 2))));
        assertTrue(viewModel.suggestionsProperty().get().stream().noneMatch(idea -> idea.category() == Category.EGNE));

        document.apply("own idea", p -> PlanEdits.addCustomIdea(p, ownQuiz));

        List<String> suggested = viewModel.suggestionsProperty().get().stream().map(Idea::title).toList();
        assertEquals(BalanceViewModel.SUGGESTIONS, suggested.size());
        assertEquals("Vår CX-quiz", suggested.get(0), "it weighs 3 on læring, as the best of the bank do");
    }

    @Test
    void nothingIsSuggestedWhenNothingIsMissing() {
        document.apply("add", p -> p.withActivities(List.of(activity("x", 1, 1, 1))));

        assertEquals(List.of(), viewModel.suggestionsProperty().get());
    }

    @Test
    void aPreviewPlanGivesAPreviewBalance() {
        assertNull(viewModel.previewProperty().get());

        preview.set(document.plan().withActivities(List.of(activity("x", 3, 0, 0))));

        assertEquals(60, viewModel.previewProperty().get().anerkjennelseMinutes(), 1e-9);
        assertEquals(0, viewModel.balanceProperty().get().totalMinutes(), 1e-9);
    }

    @Test
    void inReviewModeTheHeldMixIsShownAndInACarriedOverPlanLastYearsMix() {
        document.apply("add", p -> p.withActivities(List.of(activity("x", 1, 1, 1).withEvaluation(
                new Evaluation(true, 4, null, "", Extras.NONE)), activity("y", 3, 0, 0))));
        assertEquals("", viewModel.comparisonProperty().get());

        reviewMode.set(true);
        assertEquals("Gjennomført: 33 / 33 / 33 %", viewModel.comparisonProperty().get());

        document.apply("carry over", p -> CarryOver.toYear(p, 2027, false));
        assertEquals("Gjennomført: 0 / 0 / 0 %\nI fjor: 67 / 17 / 17 %", viewModel.comparisonProperty().get());
    }
}
