package no.cxday.planner.ui.export;

import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import no.cxday.planner.export.AgendaPdf;
import no.cxday.planner.export.Announcement;
import no.cxday.planner.i18n.Messages;

/** The File menu's export and print commands, with the questions they ask first. */
public final class ExportView {

    private final ExportViewModel viewModel;
    private final Messages messages;
    private boolean printing;

    public ExportView(ExportViewModel viewModel) {
        this.viewModel = viewModel;
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

    /**
     * Prints the agenda through the desktop's print dialog; with no printer, says so. The window's
     * controls take no input until the dialog is answered and the pages are sent.
     */
    public void print(Window owner) {
        if (printing || !viewModel.canPrint()) {
            return;
        }
        Optional<AgendaPdf.Options> options = ExportDialogs.agendaOptions(messages, owner, "print.title");
        if (options.isEmpty()) {
            return;
        }
        Node content = owner.getScene().getRoot();
        printing = true;
        content.setDisable(true);
        try {
            viewModel.print(options.get());
        } finally {
            content.setDisable(false);
            printing = false;
        }
    }
}
