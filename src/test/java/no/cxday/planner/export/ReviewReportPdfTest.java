package no.cxday.planner.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Review;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReviewReportPdfTest {

    @Test
    void theReportHoldsTheSummaryEveryEvaluationAndTheFollowUp() throws Exception {
        Plan plan = ExportFixtures.plan(2, "Kantina", "Auditoriet");
        Activity cake = ExportFixtures.activity("a-1", "Kake og kaffe", "kantina", ExportFixtures.CX_DAY.atTime(10, 0),
                45).withEvaluation(new Evaluation(true, 5, 80, "Tomt etter 20 min", Extras.NONE));
        Activity quiz = ExportFixtures.activity("a-2", "Quiz & spill", "kantina", ExportFixtures.CX_DAY.atTime(12, 0),
                30).withEvaluation(new Evaluation(false, null, null, "", Extras.NONE));
        plan = plan.withActivities(List.of(cake, quiz)).withReview(new Review("Kaken", List.of("Start tidligere"),
                List.of("https://example.org/bilder"), "Mer læring", Extras.NONE));

        String text;
        try (PDDocument pdf = Loader.loadPDF(ReviewReportPdf.render(plan, new Messages(Language.NB)))) {
            text = new PDFTextStripper().getText(pdf);
        }

        for (String expected : List.of("1 holdt, 1 ikke holdt, 0 ikke evaluert ennå.", "Snittvurdering 5.0 av 5 (1 vurdert).",
                "80 deltakere i alt.", "Kake og kaffe: vurdert 5 av 5, 80 deltakere – Tomt etter 20 min",
                "Quiz & spill: Ikke holdt", "Kaken", "• Start tidligere", "• https://example.org/bilder",
                "Mer læring", "Side 1 av 1")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }
}
