package no.cxday.planner.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.print.PrinterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.export.AgendaPdf;
import no.cxday.planner.export.PdfPrinter;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.main.MainViewModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    private static final AgendaPdf.Options LIST = new AgendaPdf.Options(AgendaPdf.Layout.LIST, false, false);

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
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
        PlanDocument document = new PlanDocument(PlanReader.read(file));
        document.markSaved(file, document.plan());
        viewModel = new ExportViewModel(document, dialogs, new Messages(Language.NB), printer);
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
        viewModel.exportCalendar(null);
        viewModel.exportReviewReport();

        assertEquals(List.of("Lagret «agenda.pdf» i mappen " + dir + ".", "Lagret «kalender.ics» i mappen " + dir + ".",
                "Lagret «rapport.pdf» i mappen " + dir + "."), dialogs.notices);
    }

    @Test
    void theNoticeIsInTheProgramsLanguage() {
        PlanDocument document = new PlanDocument(MainViewModel.blankPlan(new Messages(Language.EN), 2026));
        ExportViewModel english = new ExportViewModel(document, dialogs, new Messages(Language.EN), printer);
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

        assertTrue(viewModel.exportCalendar("auditoriet"));

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

        assertFalse(viewModel.exportCalendar(null));
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
}
