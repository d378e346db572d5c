package no.cxday.planner.export;

import java.awt.print.PrinterException;
import java.io.IOException;

/** Where a PDF is printed: the desktop's printers ({@link DesktopPrinter}), or a stand-in in tests. */
public interface PdfPrinter {

    /** True when there is a printer to print on. */
    boolean available();

    /**
     * Asks for the printer, pages and copies in the print dialog, then prints the PDF.
     *
     * @return false when the dialog was cancelled
     */
    boolean print(byte[] pdf, String jobName) throws IOException, PrinterException;
}
