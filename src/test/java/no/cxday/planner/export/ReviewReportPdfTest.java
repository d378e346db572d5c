package no.cxday.planner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Review;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewReportPdfTest {

    @TempDir
    Path dir;

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

    /** A plan whose review documents the day with these entries. */
    private static Plan documented(String... entries) {
        return ExportFixtures.plan(1, "Kantina").withReview(new Review("", List.of(), List.of(entries), "",
                Extras.NONE));
    }

    private static Path picture(Path file, int width, int height, String format) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xDD, 0xAA, 0x33));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x00, 0x44, 0x88));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        assertTrue(ImageIO.write(image, format, file.toFile()));
        return file;
    }

    /** The size of every picture in the report, page by page, as "width×height" in pixels. */
    private static List<String> pictures(byte[] pdf) throws IOException {
        List<String> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        sizes.add(image.getWidth() + "×" + image.getHeight());
                    }
                }
            }
        }
        return sizes;
    }

    private static List<String> links(byte[] pdf) throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        return uris;
    }

    @Test
    void picturesOnDiskAppearWithTheirNamesAMissingOneIsNamedAndLinksStayLinks() throws Exception {
        picture(dir.resolve("bilder").resolve("kake.png"), 160, 120, "png");
        Path quiz = picture(dir.resolve("Quiz i kantina.JPG"), 640, 480, "jpeg");
        Plan plan = documented("bilder/kake.png", quiz.toString(), "bilder/mangler.jpg", "https://example.org/bilder",
                "Se Teams-kanalen");

        byte[] pdf = ReviewReportPdf.render(plan, new Messages(Language.NB), dir);

        assertEquals(List.of("160×120", "640×480"), pictures(pdf));
        String text = new PDFTextStripper().getText(Loader.loadPDF(pdf));
        assertTrue(text.contains("\nkake.png\n") && text.contains("\nQuiz i kantina.JPG\n"), "captions: " + text);
        assertTrue(text.contains("• Bildet finnes ikke: bilder/mangler.jpg"), text);
        assertTrue(text.contains("• https://example.org/bilder") && text.contains("• Se Teams-kanalen"), text);
        assertEquals(List.of("https://example.org/bilder"), links(pdf));
    }

    @Test
    void anUnreadableOrHugePictureIsNamedAndTheReportIsMadeAllTheSame() throws Exception {
        Files.writeString(dir.resolve("ødelagt.png"), "ikke et bilde");
        Files.write(dir.resolve("enorm.png"), pngHeader(10_000, 5_000));
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("stor.jpg").toFile(), "rw")) {
            big.setLength(ReportPicture.MAX_BYTES + 1);
        }
        picture(dir.resolve("god.png"), 50, 40, "png");
        Plan plan = documented("ødelagt.png", "enorm.png", "stor.jpg", "god.png");

        byte[] pdf = ReviewReportPdf.render(plan, new Messages(Language.NB), dir);

        String text = new PDFTextStripper().getText(Loader.loadPDF(pdf)).replaceAll("\\s+", " ");
        assertTrue(text.contains("• Bildet kan ikke leses: ødelagt.png"), text);
        assertTrue(text.contains("• Bildet er for stort til rapporten (over 20 MB eller 40 megapiksler): enorm.png"),
                "50 megapixels, known from the header alone: " + text);
        assertTrue(text.contains("• Bildet er for stort til rapporten (over 20 MB eller 40 megapiksler): stor.jpg"),
                text);
        assertEquals(List.of("50×40"), pictures(pdf), "the good one is there all the same");
    }

    @Test
    void aLargePictureIsEmbeddedSmallerAndDrawnToFitThePage() throws Exception {
        picture(dir.resolve("panorama.png"), 4100, 1000, "png");

        byte[] pdf = ReviewReportPdf.render(documented("panorama.png"), new Messages(Language.EN), dir);

        assertEquals(List.of(ReportPicture.MAX_SIDE + "×488"), pictures(pdf));
    }

    /** A PNG file's signature and header, naming a picture of this size, and nothing more. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(8 + 25);
        header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        header.putInt(13);
        int from = header.position();
        header.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put(new byte[] {8, 2, 0, 0, 0});
        CRC32 crc = new CRC32();
        crc.update(header.array(), from, header.position() - from);
        header.putInt((int) crc.getValue());
        return header.array();
    }

    private static String text(Plan plan, Language language) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ReviewReportPdf.render(plan, new Messages(language), null))) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
