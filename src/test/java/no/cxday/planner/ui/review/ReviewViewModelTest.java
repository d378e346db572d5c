package no.cxday.planner.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.CarryOver;
import no.cxday.planner.model.Review;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.PlanWriter;
import no.cxday.planner.ui.ScriptedDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewViewModelTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private PlanDocument document;
    private ReviewViewModel viewModel;

    @BeforeEach
    void openTheExample() throws Exception {
        Path file = dir.resolve("example.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        viewModel = new ReviewViewModel(document, dialogs, new Messages(Language.NB));
    }

    @Test
    void theReviewsFieldsSurviveASaveAndALoad() throws Exception {
        viewModel.whatWorkedProperty().set("Kaken forsvant på 20 minutter");
        viewModel.nextYearProperty().set("Mer læring");
        viewModel.commitTexts();
        viewModel.addLearning("Start tidligere");
        viewModel.addLearning("  ");
        viewModel.addDocumentation("https://example.org/bilder");
        viewModel.addDocumentation("/home/kari/Bilder/cx-dagen");
        viewModel.removeDocumentation(0);
        Path saved = dir.resolve("reviewed.cxplan.json");

        PlanWriter.save(document.plan(), saved);

        Review review = PlanReader.read(saved).review();
        assertEquals("Kaken forsvant på 20 minutter", review.whatWorked());
        assertEquals(List.of("Start tidligere"), review.learnings());
        assertEquals(List.of("/home/kari/Bilder/cx-dagen"), review.documentation());
        assertEquals("Mer læring", review.nextYear());
        document.undo();
        assertEquals(List.of("https://example.org/bilder", "/home/kari/Bilder/cx-dagen"),
                document.plan().review().documentation(), "every change can be undone");
    }

    @Test
    void theSummaryTellsHowTheDayWent() {
        String summary = viewModel.summaryTextProperty().get();

        assertTrue(summary.startsWith("1 holdt, 0 ikke holdt, 0 ikke evaluert ennå.\n"
                + "Snittvurdering 4,0 av 5 (1 vurdert).\n80 deltakere i alt."), summary);
        assertTrue(summary.endsWith("\nBest: Kake og kaffe (4)."), "the one rated is not also the weakest: " + summary);
    }

    @Test
    void beforeAnythingIsReviewedTheSummarySaysSoAndThatNoNumbersAreEntered() {
        document.apply("undo the evaluation", p -> p.withActivities(p.activities().stream()
                .map(a -> a.withEvaluation(null)).toList()));

        String summary = viewModel.summaryTextProperty().get();

        assertTrue(summary.startsWith("Aktiviteten er ikke evaluert ennå.\n"
                + "Ingen aktiviteter er vurdert ennå. Velg en blokk og trykk 1–5.\n"
                + "Ingen deltakertall er ført inn ennå.\n"), summary);
    }

    @Test
    void documentationOpensInTheDesktopsProgram() {
        viewModel.openDocumentation("https://example.org/bilder");

        assertEquals(List.of("https://example.org/bilder"), dialogs.documentsShown);
    }

    @Test
    void aCarriedOverPlanShowsLastYearsReview() {
        viewModel.whatWorkedProperty().set("Kaken");
        viewModel.commitTexts();
        assertEquals("", viewModel.lastYearTextProperty().get());

        document.apply("carry over", p -> CarryOver.toYear(p, 2027, false));

        assertTrue(viewModel.lastYearTextProperty().get().startsWith("I fjor (CX-dagen 2026, miks 33 / 0 / 67 %): "
                + "Det som fungerte: Kaken"), viewModel.lastYearTextProperty().get());
        assertEquals("", viewModel.whatWorkedProperty().get(), "the new plan has its own review");
    }
}
