package no.cxday.planner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Communication;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Plan;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PosterPdfTest {

    private static final Messages NB = new Messages(Language.NB);
    private static final String LINK = "https://intranett.example.org/cx-dagen?kilde=plakat&år=2026";

    /** Two days: a seminar the day before the CX day, cake and a quiz on it; a message and a link. */
    private static Plan plan() {
        Plan plan = ExportFixtures.plan(3, "Kantina", "Auditoriet");
        Activity cake = ExportFixtures.activity("a-1", "Kake og kaffe", "kantina",
                ExportFixtures.CX_DAY.atTime(8, 30), 45);
        cake = cake.withDetails(cake.title(), cake.pillars(), "", "Kantina, 1. etasje", "", List.of());
        Activity quiz = ExportFixtures.activity("a-2", "Quiz & spill om kundereisen", "auditoriet",
                ExportFixtures.CX_DAY.atTime(13, 0), 60);
        Activity seminar = ExportFixtures.activity("a-3", "Frokostseminar", "auditoriet",
                ExportFixtures.CX_DAY.minusDays(1).atTime(9, 0), 120);
        return plan.withActivities(List.of(cake, quiz, seminar)).withCommunication(
                new Communication("Velkommen til CX-dagen! Følg med på intranettet.", LINK, Extras.NONE));
    }

    /** Each page's text, with a line broken by wrapping read as one. */
    private static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    @Test
    void eachDayWithActivitiesHasItsPageWithTheTitleTheDateWrittenOutTheProgrammeAndTheMessage()
            throws IOException {
        List<String> pages = pageTexts(PosterPdf.render(plan(), PosterPdf.Paper.A3, NB));

        assertEquals(2, pages.size(), "the empty third day has no page");
        String monday = pages.get(0);
        String tuesday = pages.get(1);
        for (String page : pages) {
            assertTrue(page.contains("CX-dagen 2026 på Ærøy – «Kunden først»"), page);
            assertTrue(page.contains("Blåbær og Søstre AS"), page);
            assertTrue(page.contains("Velkommen til CX-dagen! Følg med på intranettet."), page);
            assertTrue(page.contains(LINK), page);
            assertTrue(page.contains("Skann for å lese mer"), page);
        }
        assertTrue(monday.contains("mandag 5. oktober") && monday.contains("Frokostseminar")
                && monday.contains("09:00–11:00") && monday.contains("Auditoriet"), monday);
        assertFalse(monday.contains("Kake og kaffe"), monday);
        assertTrue(tuesday.contains("tirsdag 6. oktober"), tuesday);
        assertTrue(tuesday.contains("08:30–09:15") && tuesday.contains("Kake og kaffe")
                && tuesday.contains("Kantina, 1. etasje (Kantina)"), tuesday);
        assertTrue(tuesday.indexOf("Kake og kaffe") < tuesday.indexOf("Quiz & spill om kundereisen"), "by time");
        assertFalse(tuesday.contains("2026-10-06") || tuesday.contains("06.10.2026"), tuesday);
    }

    @Test
    void thePosterSpeaksThePlansLanguage() throws IOException {
        String tuesday = pageTexts(PosterPdf.render(plan(), PosterPdf.Paper.A4, new Messages(Language.EN))).get(1);

        assertTrue(tuesday.contains("Tuesday 6 October") && tuesday.contains("Scan to read more"), tuesday);
    }

    @ParameterizedTest
    @EnumSource(PosterPdf.Paper.class)
    void thePageIsTheChosenPaperPortrait(PosterPdf.Paper paper) throws IOException {
        PDRectangle expected = paper == PosterPdf.Paper.A3 ? PDRectangle.A3 : PDRectangle.A4;
        try (PDDocument document = Loader.loadPDF(PosterPdf.render(plan(), paper, NB))) {
            for (var page : document.getPages()) {
                assertEquals(expected.getWidth(), page.getMediaBox().getWidth(), 0.01);
                assertEquals(expected.getHeight(), page.getMediaBox().getHeight(), 0.01);
            }
        }
    }

    @Test
    void theLinkIsAQrCodeThatReadsBackAsTheLink() throws Exception {
        byte[] pdf = PosterPdf.render(plan(), PosterPdf.Paper.A4, NB);

        for (int page = 0; page < 2; page++) {
            assertEquals(LINK, decode(pdf, page, 150).getText());
        }
    }

    @Test
    void theLongestLinkAllowedStillGivesACodeThatReadsBack() throws Exception {
        String link = "https://intranett.example.org/" + "x".repeat(Communication.MAX_LINK_LENGTH - 30);
        Plan plan = plan().withCommunication(new Communication("", link, Extras.NONE));

        // 169 modules a side, 1.6 pt each: read from the page at 300 dpi, as a phone held close sees it
        String text = decode(PosterPdf.render(plan, PosterPdf.Paper.A3, NB), 0, 300).getText();

        assertEquals(link, text);
        assertFalse(pageTexts(PosterPdf.render(plan, PosterPdf.Paper.A3, NB)).get(0).contains("xxxxxxxxxx"),
                "a link longer than a line is left to the code");
    }

    @Test
    void withoutALinkThereIsNoCode() throws Exception {
        Plan plan = plan().withCommunication(new Communication("Velkommen!", "", Extras.NONE));
        byte[] pdf = PosterPdf.render(plan, PosterPdf.Paper.A4, NB);

        assertThrows(NotFoundException.class, () -> decode(pdf, 1, 150));
        assertFalse(pageTexts(pdf).get(1).contains("Skann"));
    }

    @Test
    void aFullDayKeepsItsTitlesReadableAndGoesOnToAnotherPage() throws IOException {
        Plan plan = ExportFixtures.plan(1, "Kantina").withCommunication(null);
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            activities.add(ExportFixtures.activity("a-" + i, "Aktivitet nummer " + i, "kantina",
                    ExportFixtures.CX_DAY.minusDays(1).atTime(8, 0).plusMinutes(7L * i), 5));
        }
        byte[] pdf = PosterPdf.render(plan.withActivities(activities), PosterPdf.Paper.A3, NB);

        List<String> pages = pageTexts(pdf);
        assertTrue(pages.size() > 1, "one day on more than one page");
        assertTrue(pages.get(1).contains("mandag 5. oktober (fortsatt)"), pages.get(1));
        assertTrue(String.join("", pages).contains("Aktivitet nummer 59"));
        assertTrue(smallestTitleSize(pdf) >= 18 - 0.01, "titles at least 18 pt on A3: " + smallestTitleSize(pdf));
    }

    @Test
    void aFewActivitiesAreSetLargerThanTheSmallestSize() throws IOException {
        assertTrue(smallestTitleSize(PosterPdf.render(plan(), PosterPdf.Paper.A3, NB)) >= PosterPdf.ACTIVITY - 0.01);
    }

    /** The smallest size in which a line starting "Aktivitet", "Kake", "Quiz" or "Frokost" is set. */
    private static float smallestTitleSize(byte[] pdf) throws IOException {
        List<Float> sizes = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.matches("(Aktivitet|Kake|Quiz|Frokost).*")) {
                    sizes.add(positions.get(0).getFontSizeInPt());
                }
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return sizes.stream().min(Float::compare).orElseThrow();
    }

    private static Result decode(byte[] pdf, int page, int dpi) throws Exception {
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
    }
}
