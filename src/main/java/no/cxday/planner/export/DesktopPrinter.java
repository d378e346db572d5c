package no.cxday.planner.export;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints on the desktop's printers the PDF itself: PDFBox draws each page's text and lines onto
 * the printer's page at the printer's own resolution, never a picture of the page. Each page keeps
 * the PDF's paper and orientation.
 */
public final class DesktopPrinter implements PdfPrinter {

    @Override
    public boolean available() {
        return PrinterJob.lookupPrintServices().length > 0;
    }

    @Override
    public boolean print(byte[] pdf, String jobName) throws IOException, PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        return print(pdf, job, PrinterJob::printDialog);
    }

    /**
     * @param ask shows the job's print dialog; false when it was cancelled
     * @return false when the dialog was cancelled
     */
    static boolean print(byte[] pdf, PrinterJob job, Predicate<PrinterJob> ask) throws IOException, PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            job.setPageable(new PDFPageable(document));
            if (!ask.test(job)) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
