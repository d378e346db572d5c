package no.cxday.planner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Task;
import no.cxday.planner.model.Extras;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgendaPdfTest {

    private static final Messages NB = new Messages(Language.NB);
    private static final AgendaPdf.Options LIST = new AgendaPdf.Options(AgendaPdf.Layout.LIST, false, false);

    private static Plan twoActivities() {
        Plan plan = ExportFixtures.plan(2, "Kantina", "Auditoriet");
        Activity cake = ExportFixtures.activity("a-1", "Kake og kaffe for æøå-gjengen", "kantina",
                ExportFixtures.CX_DAY.atTime(8, 30), 45);
        cake = cake.withDetails(cake.title(), cake.pillars(), "Kari Sæther", "Kantina, 1. etasje", "",
                List.of(new Task(null, "Bestille kake", "", ExportFixtures.CX_DAY.minusDays(4), false, Extras.NONE),
                        new Task(null, "Låne kaffetrakter", "", null, true, Extras.NONE)));
        Activity seminar = ExportFixtures.activity("a-2", "Frokostseminar", "auditoriet",
                ExportFixtures.CX_DAY.minusDays(1).atTime(9, 0), 120);
        return plan.withActivities(List.of(cake, seminar));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void everyActivitysTitleTimeAndLaneIsInTheListAndTheDateIsWrittenOut() throws IOException {
        String text = text(AgendaPdf.render(twoActivities(), LIST, NB));

        assertTrue(text.contains("Kake og kaffe for æøå-gjengen"), text);
        assertTrue(text.contains("08:30–09:15"), text);
        assertTrue(text.contains("Kantina, 1. etasje"), text);
        assertTrue(text.contains("Kari Sæther"), text);
        assertTrue(text.contains("Frokostseminar") && text.contains("09:00–11:00") && text.contains("Auditoriet"));
        assertTrue(text.contains("tirsdag 6. oktober 2026 · CX-dagen"), text);
        assertTrue(text.contains("mandag 5. oktober 2026"), text);
        assertTrue(text.contains("Blåbær og Søstre AS"), text);
        assertTrue(text.indexOf("mandag 5. oktober") < text.indexOf("tirsdag 6. oktober"), "days in order");
    }

    @Test
    void aLocationThatIsTheLanesNameIsWrittenOnce() throws IOException {
        Plan plan = twoActivities();
        Activity seminar = plan.activities().get(1);
        seminar = seminar.withDetails(seminar.title(), seminar.pillars(), "", " auditoriet ", "", List.of());
        String text = text(AgendaPdf.render(plan.withActivities(List.of(plan.activities().get(0), seminar)), LIST, NB));

        assertEquals(1, text.split("(?i)auditoriet", -1).length - 1, text);
        assertTrue(text.contains("Kantina, 1. etasje"), "a location that says more stays: " + text);
    }

    @Test
    void theAgendaSpeaksEnglishWhenAskedTo() throws IOException {
        String text = text(AgendaPdf.render(twoActivities(), LIST, new Messages(Language.EN)));

        assertTrue(text.contains("Tuesday 6 October 2026 · CX Day"), text);
        assertTrue(text.contains("Page 1 of 2"), text);
    }

    @Test
    void everyPageIsNumberedAndTheBalanceComesLast() throws IOException {
        byte[] pdf = AgendaPdf.render(twoActivities(), LIST, NB);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertEquals(2, pages);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(document).contains("Side " + page + " av " + pages));
            }
        }
        String text = text(pdf);
        assertTrue(text.contains("Balanse: ") && text.indexOf("Balanse: ") > text.indexOf("Frokostseminar"));
    }

    @Test
    void theChecklistListsTheTasksByDueDateWhenAskedFor() throws IOException {
        String without = text(AgendaPdf.render(twoActivities(), LIST, NB));
        String with = text(AgendaPdf.render(twoActivities(),
                new AgendaPdf.Options(AgendaPdf.Layout.LIST, false, true), NB));

        assertTrue(!without.contains("Bestille kake"));
        assertTrue(with.contains("Forberedelser"));
        assertTrue(with.contains("02.10.2026 Bestille kake — Kake og kaffe for æøå-gjengen (Kari Sæther)"), with);
        assertTrue(with.indexOf("Bestille kake") < with.indexOf("uten frist Låne kaffetrakter"), with);
    }

    @Test
    void aTitleOfEmojiAndSymbolsExportsWithTheMissingGlyphsReplacedVisibly() throws IOException {
        Plan plan = twoActivities();
        Activity emoji = ExportFixtures.activity("a-3", "🎉🎂 Feiring ☕ ✓ → € ½ 𝄞 \u0007", "kantina",
                ExportFixtures.CX_DAY.atTime(13, 0), 30);
        plan = plan.withActivities(List.of(plan.activities().get(0), emoji));

        for (AgendaPdf.Layout layout : AgendaPdf.Layout.values()) {
            String text = text(AgendaPdf.render(plan, new AgendaPdf.Options(layout, false, false), NB));
            assertTrue(text.contains(PdfFonts.MISSING_GLYPH + PdfFonts.MISSING_GLYPH + " Feiring ☕ ✓ → € ½"), text);
        }
    }

    @ParameterizedTest
    @EnumSource(AgendaPdf.Layout.class)
    void twoHundredActivitiesOverThreeDaysFillSeveralPagesWithAllTextInsideThePage(AgendaPdf.Layout layout)
            throws IOException {
        Plan plan = ExportFixtures.large(200);
        for (boolean landscape : new boolean[] {false, true}) {
            byte[] pdf = AgendaPdf.render(plan, new AgendaPdf.Options(layout, landscape, true), NB);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertTrue(document.getNumberOfPages() >= 4, "pages: " + document.getNumberOfPages());
                List<String> outside = glyphsOutsideTheirPage(document);
                assertEquals(List.of(), outside, layout + (landscape ? " landscape" : " portrait"));
            }
            if (layout == AgendaPdf.Layout.LIST) {
                String text = text(pdf);
                for (Activity activity : plan.activities()) {
                    assertTrue(text.contains(activity.title().substring(0, Math.min(12, activity.title().length()))),
                            activity.title());
                }
            }
        }
    }

    /** Every glyph whose box reaches past its page's edges. */
    private static List<String> glyphsOutsideTheirPage(PDDocument document) throws IOException {
        List<String> outside = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                PDRectangle box = getCurrentPage().getMediaBox();
                for (TextPosition p : positions) {
                    if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > box.getWidth() + 0.5
                            || p.getYDirAdj() - p.getHeightDir() < 0 || p.getYDirAdj() > box.getHeight()) {
                        outside.add(p.getUnicode() + " on page " + getCurrentPageNo() + " at " + p.getXDirAdj()
                                + "," + p.getYDirAdj());
                    }
                }
            }
        };
        stripper.getText(document);
        return outside;
    }
}
