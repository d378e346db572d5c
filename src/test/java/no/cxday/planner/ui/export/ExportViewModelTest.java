package no.cxday.planner.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.export.Announcement;
import no.cxday.planner.export.AgendaPdf;
import no.cxday.planner.export.PdfPrinter;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Review;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.main.MainViewModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    private static final Catalogue CATALOGUE = Catalogue.load();
    private static final AgendaPdf.Options LIST = new AgendaPdf.Options(AgendaPdf.Layout.LIST, false, false);

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private PlanDocument document;
    private final RecordingPrinter printer = new RecordingPrinter();
    private ExportViewModel viewModel;

    /** A printer that keeps what it was sent, or fails as a real one can. */
    private static final class RecordingPrinter implements PdfPrinter {
        boolean available = true;
        PrinterException failure;
        final List<byte[]> printed = new ArrayList<>();
        final List<String> jobNames = new ArrayList<>();

        @Override
        public boolean available() {
            return available;
        }

        @Override
        public boolean print(byte[] pdf, String jobName) throws PrinterException {
            if (failure != null) {
                throw failure;
            }
            printed.add(pdf);
            jobNames.add(jobName);
            return true;
        }
    }

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("planner.cxplan.json");
        Files.writeString(file, PlanFixtures.text("planner.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        document.markSaved(file, document.plan());
        viewModel = new ExportViewModel(document, dialogs, CATALOGUE, new Messages(Language.NB), printer);
    }

    @Test
    void theAgendaIsWrittenWhereTheCoordinatorChoseWithItsExtension() throws Exception {
        dialogs.filesToSave.add(dir.resolve("agenda"));

        assertTrue(viewModel.exportPdf(LIST));

        assertEquals(List.of("CX-dagen 2026.pdf"), dialogs.suggestedNames);
        assertTrue(new String(Files.readAllBytes(dir.resolve("agenda.pdf")), 0, 5).startsWith("%PDF-"));
    }

    @Test
    void everyExportSaysWhichFileItWroteAndInWhichFolder() throws Exception {
        dialogs.filesToSave.add(dir.resolve("agenda"));
        dialogs.filesToSave.add(dir.resolve("kalender.ics"));
        dialogs.filesToSave.add(dir.resolve("rapport.pdf"));

        viewModel.exportPdf(LIST);
        viewModel.exportCalendar(null, false);
        viewModel.exportReviewReport();

        assertEquals(List.of("Lagret «agenda.pdf» i mappen " + dir + ".", "Lagret «kalender.ics» i mappen " + dir + ".",
                "Lagret «rapport.pdf» i mappen " + dir + "."), dialogs.notices);
    }

    @Test
    void theAnnouncementIsTheOpenPlansProgrammeAsHtmlAndAsText() {
        Announcement announcement = viewModel.announcement();

        assertTrue(announcement.html().startsWith("<!DOCTYPE html>"), announcement.html());
        assertTrue(announcement.html().contains("<strong>Kake og kaffe</strong>"), announcement.html());
        assertTrue(announcement.text().startsWith("CX-dagen 2026\n"), announcement.text());
        assertTrue(announcement.text().contains("Kake og kaffe\nSted: "), announcement.text());
    }

    @Test
    void theReviewReportFindsAPictureNamedRelativeToThePlansFolder() throws Exception {
        BufferedImage picture = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(dir.resolve("bilder"));
        ImageIO.write(picture, "png", dir.resolve("bilder").resolve("kake.png").toFile());
        document.apply("dokumentasjon", plan -> plan.withReview(new Review("", List.of(), List.of("bilder/kake.png"),
                "", Extras.NONE)));
        dialogs.filesToSave.add(dir.resolve("rapport.pdf"));

        assertTrue(viewModel.exportReviewReport());

        try (PDDocument report = Loader.loadPDF(dir.resolve("rapport.pdf").toFile())) {
            PDResources resources = report.getPage(0).getResources();
            assertEquals(1, StreamSupport.stream(resources.getXObjectNames().spliterator(), false).count());
        }
    }

    @Test
    void theNoticeIsInTheProgramsLanguage() {
        PlanDocument document = new PlanDocument(MainViewModel.blankPlan(new Messages(Language.EN), 2026));
        ExportViewModel english = new ExportViewModel(document, dialogs, CATALOGUE, new Messages(Language.EN), printer);
        dialogs.filesToSave.add(dir.resolve("agenda.pdf"));

        english.exportPdf(LIST);

        assertEquals(List.of("Saved \"agenda.pdf\" in the folder " + dir + "."), dialogs.notices);
    }

    @Test
    void anExportThatFailsGivesNoNotice() {
        dialogs.filesToSave.add(dir.resolve("missing").resolve("agenda.pdf"));

        viewModel.exportPdf(LIST);

        assertEquals(List.of(), dialogs.notices);
    }

    @Test
    void theCalendarOfOneLaneIsWritten() throws Exception {
        dialogs.filesToSave.add(dir.resolve("auditoriet.ics"));

        assertTrue(viewModel.exportCalendar("auditoriet", false));

        String ics = Files.readString(dir.resolve("auditoriet.ics"));
        assertTrue(ics.contains("SUMMARY:CX workshops") && !ics.contains("SUMMARY:Kake og kaffe"));
    }

    @Test
    void aPlaceThatCannotBeWrittenIsToldInOneSentence() {
        Path nowhere = dir.resolve("missing").resolve("agenda.pdf");
        dialogs.filesToSave.add(nowhere);

        assertFalse(viewModel.exportPdf(LIST));

        assertEquals(List.of("Kan ikke skrive «" + nowhere + "»: filen eller mappen finnes ikke."), dialogs.errors);
    }

    @Test
    void cancellingTheFileChooserWritesNothing() {
        dialogs.filesToSave.add(ScriptedDialogs.CANCELLED);

        assertFalse(viewModel.exportCalendar(null, false));
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of(), dialogs.notices);
    }

    @Test
    void printingSendsTheAgendaPdfItselfToThePrinter() throws Exception {
        dialogs.filesToSave.add(dir.resolve("agenda.pdf"));
        viewModel.exportPdf(LIST);

        assertTrue(viewModel.canPrint());
        assertTrue(viewModel.print(LIST));

        assertEquals(List.of("CX-dagen 2026"), printer.jobNames);
        try (PDDocument exported = Loader.loadPDF(dir.resolve("agenda.pdf").toFile());
                PDDocument printed = Loader.loadPDF(printer.printed.get(0))) {
            assertEquals(exported.getNumberOfPages(), printed.getNumberOfPages());
            assertEquals(new PDFTextStripper().getText(exported), new PDFTextStripper().getText(printed));
        }
    }

    @Test
    void withNoPrinterPrintingSaysSoAndPrintsNothing() {
        printer.available = false;

        assertFalse(viewModel.canPrint());

        assertEquals(List.of("Fant ingen skriver. Eksporter agendaen som PDF og skriv den ut derfra, eller installer"
                + " en skriver."), dialogs.infos);
        assertEquals(List.of(), printer.printed);
    }

    @Test
    void aPrinterThatFailsIsToldInOneSentence() {
        printer.failure = new PrinterException("lpr: error");

        assertFalse(viewModel.print(LIST));

        assertEquals(List.of("Utskriften mislyktes. Prøv igjen, eller eksporter agendaen som PDF."), dialogs.errors);
    }

    @Test
    void theReviewReportIsSuggestedUnderItsOwnName() throws Exception {
        dialogs.filesToSave.add(dir.resolve("rapport"));

        assertTrue(viewModel.exportReviewReport());

        assertEquals(List.of("CX-dagen 2026 evaluering.pdf"), dialogs.suggestedNames);
        assertTrue(Files.size(dir.resolve("rapport.pdf")) > 1000);
    }

    @Test
    void theTaskListIsWrittenUnderThePlansNameAndSaysWhoDoesWhat() throws Exception {
        dialogs.filesToSave.add(dir.resolve("oppgaver.pdf"));

        assertTrue(viewModel.exportTasksPdf());

        assertEquals(List.of("CX-dagen 2026 hvem gjør hva.pdf"), dialogs.suggestedNames);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("oppgaver.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Kari"), text);
        }
    }

    @Test
    void theCalendarWithTasksGivesTheTasksTheIdsTheNextSaveKeeps() throws Exception {
        PlanDocument document = new PlanDocument(PlanReader.read(writeFixture("preparation.cxplan.json")));
        ExportViewModel export = new ExportViewModel(document, dialogs, CATALOGUE, new Messages(Language.NB), printer);
        assertTrue(document.plan().activities().stream().flatMap(a -> a.tasks().stream()).anyMatch(t -> t.id() == null),
                "the fixture has tasks without ids");
        dialogs.filesToSave.add(dir.resolve("frister.ics"));

        assertTrue(export.exportCalendar(null, true));

        String ics = Files.readString(dir.resolve("frister.ics"));
        List<String> ids = document.plan().activities().stream().flatMap(a -> a.tasks().stream())
                .map(t -> t.id()).toList();
        assertTrue(ids.stream().allMatch(java.util.Objects::nonNull), ids.toString());
        assertTrue(ics.contains("Frist:"), ics);
        Path saved = dir.resolve("saved.cxplan.json");
        no.cxday.planner.model.Plan written = no.cxday.planner.storage.PlanWriter.save(document.plan(), saved);
        assertEquals(ids, written.activities().stream().flatMap(a -> a.tasks().stream()).map(t -> t.id()).toList());
    }

    @Test
    void thePosterAndTheAnnouncementAreWrittenUnderThePlansName() throws Exception {
        dialogs.filesToSave.add(dir.resolve("plakat"));
        dialogs.filesToSave.add(dir.resolve("kunngjøring"));

        assertTrue(viewModel.exportPoster(no.cxday.planner.export.PosterPdf.Paper.A4));
        assertTrue(viewModel.exportAnnouncement());

        assertEquals(List.of("CX-dagen 2026 plakat.pdf", "CX-dagen 2026 kunngjøring.html"), dialogs.suggestedNames);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("plakat.pdf").toFile())) {
            assertEquals(org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getWidth(),
                    pdf.getPage(0).getMediaBox().getWidth(), 0.5);
        }
        assertTrue(Files.readString(dir.resolve("kunngjøring.html")).contains("Kake og kaffe"));
    }

    private Path writeFixture(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, PlanFixtures.text(name));
        return file;
    }
}
