package no.cxday.planner.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.print.PrinterException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import no.cxday.planner.export.PdfPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Printing from the window's thread, as the File menu does. */
@ExtendWith(ApplicationExtension.class)
class WindowPrinterTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    private interface Print {
        boolean print(byte[] pdf, String jobName) throws PrinterException;
    }

    private static PdfPrinter printer(Print print) {
        return new PdfPrinter() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public boolean print(byte[] pdf, String jobName) throws PrinterException {
                return print.print(pdf, jobName);
            }
        };
    }

    @Test
    void theWindowGoesOnHandlingItsEventsWhileThePrintDialogIsOpen(FxRobot robot) {
        CountDownLatch windowHandledAnEvent = new CountDownLatch(1);
        // The dialog stays open until the window's thread has handled something else
        PdfPrinter dialogOpenUntilTheWindowMoves = printer((pdf, jobName) -> {
            Platform.runLater(windowHandledAnEvent::countDown);
            try {
                return windowHandledAnEvent.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        AtomicBoolean printed = new AtomicBoolean();
        AtomicReference<Exception> failure = new AtomicReference<>();

        robot.interact(() -> {
            try {
                printed.set(new WindowPrinter(dialogOpenUntilTheWindowMoves).print(new byte[0], "CX-dagen 2026"));
            } catch (Exception e) {
                failure.set(e);
            }
        });

        assertEquals(null, failure.get());
        assertTrue(printed.get(), "the window's thread ran while the dialog was open");
    }

    @Test
    void aPrinterThatFailsIsToldToTheWindowAsItsOwnFailure(FxRobot robot) {
        AtomicReference<Exception> failure = new AtomicReference<>();

        robot.interact(() -> {
            try {
                new WindowPrinter(printer((pdf, jobName) -> {
                    throw new PrinterException("lpr: the printer is out of paper");
                })).print(new byte[0], "CX-dagen 2026");
            } catch (Exception e) {
                failure.set(e);
            }
        });

        assertTrue(failure.get() instanceof PrinterException, String.valueOf(failure.get()));
        assertEquals("lpr: the printer is out of paper", failure.get().getMessage());
    }
}
