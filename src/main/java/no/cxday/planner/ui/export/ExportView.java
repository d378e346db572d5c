package no.cxday.planner.ui.export;

import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Window;
import no.cxday.planner.export.AgendaPdf;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Lane;

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

    public void exportCalendar(Window owner) {
        ExportDialogs.calendarLane(viewModel, owner)
                .ifPresent(lane -> viewModel.exportCalendar(lane.map(Lane::id).orElse(null)));
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
