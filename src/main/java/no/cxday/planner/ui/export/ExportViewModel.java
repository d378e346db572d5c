package no.cxday.planner.ui.export;

import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.export.AgendaPdf;
import no.cxday.planner.export.CalendarExport;
import no.cxday.planner.export.PdfPrinter;
import no.cxday.planner.export.ReviewReportPdf;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Problem;
import no.cxday.planner.storage.AtomicFile;
import no.cxday.planner.ui.DialogService;
import no.cxday.planner.ui.FileKind;
import no.cxday.planner.ui.NativeText;

/** Exports the open plan: the agenda as PDF, the activities as a calendar file; and prints the agenda. */
public final class ExportViewModel {

    private final PlanDocument document;
    private final DialogService dialogs;
    private final Messages messages;
    private final PdfPrinter printer;

    public ExportViewModel(PlanDocument document, DialogService dialogs, Messages messages, PdfPrinter printer) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
        this.printer = printer;
    }

    public Messages messages() {
        return messages;
    }

    public List<Lane> lanes() {
        return document.plan().lanes();
    }

    /** Asks where, then writes the agenda there. True when it was written. */
    public boolean exportPdf(AgendaPdf.Options options) {
        Plan plan = document.plan();
        return choose(FileKind.PDF, null).map(file -> {
            try {
                return write(file, AgendaPdf.render(plan, options, messages));
            } catch (IOException e) {
                dialogs.showError(messages.format("error.export", plan.title(), e.getMessage()));
                return false;
            }
        }).orElse(false);
    }

    /** Asks where, then writes the evaluation report there. True when it was written. */
    public boolean exportReviewReport() {
        Plan plan = document.plan();
        return choose(FileKind.PDF, "report.fileName").map(file -> {
            try {
                return write(file, ReviewReportPdf.render(plan, messages));
            } catch (IOException e) {
                dialogs.showError(messages.format("error.export", plan.title(), e.getMessage()));
                return false;
            }
        }).orElse(false);
    }

    /**
     * Asks where, then writes the calendar file there.
     *
     * @param laneId only this lane's activities, or all when null
     */
    public boolean exportCalendar(String laneId) {
        Plan plan = document.plan();
        return choose(FileKind.CALENDAR, null).map(file -> write(file,
                CalendarExport.toIcs(plan, laneId, messages).getBytes(StandardCharsets.UTF_8))).orElse(false);
    }

    /** True when there is a printer; otherwise says so, and that the agenda can be exported instead. */
    public boolean canPrint() {
        if (printer.available()) {
            return true;
        }
        dialogs.showInfo(messages.get("print.noPrinter"));
        return false;
    }

    /** Sends the agenda, as PDF, to the printer chosen in the print dialog. True when it was printed. */
    public boolean print(AgendaPdf.Options options) {
        Plan plan = document.plan();
        try {
            return printer.print(AgendaPdf.render(plan, options, messages), NativeText.of(plan.title()));
        } catch (IOException | PrinterException e) {
            dialogs.showError(messages.get("print.failed"));
            return false;
        }
    }

    /** Asks where to write; the suggested name is the plan's title, with {@code suffixKey}'s text if given. */
    private Optional<Path> choose(FileKind kind, String suffixKey) {
        Path folder = document.file() == null ? null : document.file().toAbsolutePath().getParent();
        String name = document.plan().title() + (suffixKey == null ? "" : " " + messages.get(suffixKey));
        return dialogs.chooseFileToSave(folder, kind.fileNameFor(name), kind).map(kind::withExtension);
    }

    /** Writes the file and says where it went; or says in one sentence why it could not. */
    private boolean write(Path file, byte[] content) {
        try {
            AtomicFile.write(file, content, false);
            Path absolute = file.toAbsolutePath();
            dialogs.showNotice(messages.format("export.saved", absolute.getFileName(), absolute.getParent()));
            return true;
        } catch (IOException e) {
            Problem problem = AtomicFile.problemOf(e);
            dialogs.showError(messages.format("error.write", file, messages.describe(problem)));
            return false;
        }
    }
}
