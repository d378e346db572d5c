package no.cxday.planner.ui.export;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import no.cxday.planner.export.AgendaPdf;
import no.cxday.planner.export.Announcement;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.ui.DialogService;

/** The File menu's export and print commands, with the questions they ask first. */
public final class ExportView {

    private final ExportViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;

    public ExportView(ExportViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.messages = viewModel.messages();
    }

    public void exportPdf(Window owner) {
        ExportDialogs.agendaOptions(messages, owner, "export.pdf").ifPresent(viewModel::exportPdf);
    }

    public void exportReviewReport() {
        viewModel.exportReviewReport();
    }

    /** Puts the announcement on the clipboard as HTML and as plain text: formatted in Outlook or Teams, text elsewhere. */
    public void copyAnnouncement() {
        Announcement announcement = viewModel.announcement();
        ClipboardContent content = new ClipboardContent();
        content.putHtml(announcement.html());
        content.putString(announcement.text());
        Clipboard.getSystemClipboard().setContent(content);
        viewModel.announcementCopied();
    }

    public void exportPoster(Window owner) {
        ExportDialogs.posterPaper(messages, owner).ifPresent(viewModel::exportPoster);
    }

    public void exportAnnouncement() {
        viewModel.exportAnnouncement();
    }

    public void exportTasksPdf() {
        viewModel.exportTasksPdf();
    }

    public void exportCalendar(Window owner) {
        ExportDialogs.calendarChoice(viewModel, owner).ifPresent(choice -> viewModel.exportCalendar(
                choice.lane() == null ? null : choice.lane().id(), choice.withTasks()));
    }

    /** Prints the agenda through the desktop's printer dialog; with no printer, says so. */
    public void print(Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            dialogs.showInfo(messages.get("print.noPrinter"));
            return;
        }
        Optional<AgendaPdf.Options> options = ExportDialogs.agendaOptions(messages, owner, "print.title");
        if (options.isEmpty() || !job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        List<BufferedImage> pages = viewModel.pagesToPrint(options.get());
        for (BufferedImage image : pages) {
            ImageView view = new ImageView(toFx(image));
            view.setPreserveRatio(true);
            view.setFitWidth(page.getPrintableWidth());
            view.setFitHeight(page.getPrintableHeight());
            if (!job.printPage(view)) {
                dialogs.showError(messages.get("print.failed"));
                job.cancelJob();
                return;
            }
        }
        job.endJob();
    }

    private static WritableImage toFx(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
                image.getRGB(0, 0, width, height, null, 0, width), 0, width);
        return fx;
    }
}
