package no.cxday.planner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.print.StreamPrintServiceFactory;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Printing, onto a PostScript "printer" that writes to memory, so that no real printer is needed. */
class DesktopPrinterTest {

    private static byte[] agenda() throws IOException {
        Plan plan = ExportFixtures.plan(2, "Kantina", "Auditoriet");
        Activity cake = ExportFixtures.activity("a-1", "Kake og kaffe", "kantina", ExportFixtures.CX_DAY.atTime(8, 30),
                45);
        return AgendaPdf.render(plan.withActivities(List.of(cake)),
                new AgendaPdf.Options(AgendaPdf.Layout.GRID, true, true), new Messages(Language.NB));
    }

    private static PrinterJob toPostScript(ByteArrayOutputStream out) throws Exception {
        StreamPrintServiceFactory[] postScript = PrinterJob.lookupStreamPrintServices("application/postscript");
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setPrintService(postScript[0].getPrintService(out));
        return job;
    }

    @Test
    void everyPageGoesToThePrinterAsTextAndLinesNotAsAPicture() throws Exception {
        byte[] pdf = agenda();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertTrue(DesktopPrinter.print(pdf, toPostScript(out), job -> true));

        String postScript = out.toString(StandardCharsets.ISO_8859_1);
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        assertEquals(pages, postScript.split("\n%%Page: ", -1).length - 1, "one printed page a page of the PDF");
        assertFalse(postScript.contains("colorimage"), "no page, nor part of one, is sent as a picture");
    }

    @Test
    void aCancelledPrintDialogPrintsNothing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertFalse(DesktopPrinter.print(agenda(), toPostScript(out), job -> false));

        assertEquals(0, out.size());
    }
}
