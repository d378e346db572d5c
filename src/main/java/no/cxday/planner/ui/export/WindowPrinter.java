package no.cxday.planner.ui.export;

import java.awt.Toolkit;
import java.awt.print.PrinterException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import no.cxday.planner.export.PdfPrinter;

/**
 * A printer whose print dialog and printing run on a thread of their own while the window goes on
 * drawing itself, as JavaFX's own printing does: the desktop's print dialog belongs to AWT, and a
 * long agenda takes seconds to print, so on the JavaFX thread the window would stand still meanwhile
 * (and the desktop would call it not responding).
 */
public final class WindowPrinter implements PdfPrinter {

    private final PdfPrinter printer;

    public WindowPrinter(PdfPrinter printer) {
        this.printer = printer;
    }

    @Override
    public boolean available() {
        return printer.available();
    }

    @Override
    public boolean print(byte[] pdf, String jobName) throws IOException, PrinterException {
        if (!Platform.isFxApplicationThread()) {
            return printer.print(pdf, jobName);
        }
        Object loop = new Object();
        CompletableFuture<Boolean> printed = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                printed.complete(printer.print(pdf, jobName));
            } catch (Throwable e) {
                // Whatever ends the printing (an Error too) must end the nested loop, or the window stays shut.
                printed.completeExceptionally(e);
            } finally {
                Platform.runLater(() -> Platform.exitNestedEventLoop(loop, null));
            }
        }, "print");
        thread.setDaemon(true);
        Platform.runLater(() -> {
            // AWT connects to the X server here, between two events of GTK's: from the print
            // thread it could meet one of GDK's error traps half-way, and GTK warns on the terminal.
            Toolkit.getDefaultToolkit();
            thread.start();
        });
        Platform.enterNestedEventLoop(loop);
        try {
            return printed.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof PrinterException printing) {
                throw printing;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        }
    }
}
