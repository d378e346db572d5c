package no.cxday.planner.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

        String text = text(plan, Language.NB);

        for (String expected : List.of("1 holdt, 1 ikke holdt, 0 ikke evaluert ennå.", "Snittvurdering 5,0 av 5 (1 vurdert).",
                "80 deltakere i alt.",
                "tirsdag 6. oktober, 10:00 Kake og kaffe: vurdert 5 av 5, 80 deltakere – Tomt etter 20 min",
                "tirsdag 6. oktober, 12:00 Quiz & spill: Ikke holdt", "Kaken", "• Start tidligere", "• https://example.org/bilder",
                "Mer læring", "Side 1 av 1")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
    }

    @Test
    void theReportWritesEachActivitysDayAndTimeAsTheAgendaDoesInBothLanguages() throws Exception {
        Activity monday = ExportFixtures.activity("a-1", "Frokost", "kantina",
                ExportFixtures.CX_DAY.minusDays(1).atTime(8, 5), 30).withEvaluation(null);
        Plan plan = ExportFixtures.plan(2, "Kantina").withActivities(List.of(monday));

        assertTrue(text(plan, Language.NB).contains("mandag 5. oktober, 08:05 Frokost: Ikke vurdert"));
        assertTrue(text(plan, Language.EN).contains("Monday 5 October, 08:05 Frokost: Not rated"));
        assertFalse(text(plan, Language.NB).contains("2026-10-05"));
    }

    private static String text(Plan plan, Language language) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ReviewReportPdf.render(plan, new Messages(language)))) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
