package no.cxday.planner.ui.export;

import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.export.AgendaPdf;
import no.cxday.planner.export.Announcement;
import no.cxday.planner.export.CalendarExport;
import no.cxday.planner.export.PdfPrinter;
import no.cxday.planner.export.PosterPdf;
import no.cxday.planner.export.ReviewReportPdf;
import no.cxday.planner.export.TasksPdf;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Problem;
import no.cxday.planner.storage.AtomicFile;
import no.cxday.planner.ui.DialogService;
import no.cxday.planner.ui.FileKind;
import no.cxday.planner.ui.NativeText;

/**
 * Exports the open plan: the agenda, who does what, the calendar file, the review report, the
 * poster and the announcement (to a file or to copy); and prints the agenda.
 */
public final class ExportViewModel {

    private final PlanDocument document;
    private final DialogService dialogs;
    private final Catalogue catalogue;
    private final Messages messages;
    private final PdfPrinter printer;

    public ExportViewModel(PlanDocument document, DialogService dialogs, Catalogue catalogue, Messages messages,
            PdfPrinter printer) {
        this.document = document;
        this.dialogs = dialogs;
        this.catalogue = catalogue;
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
                Path planFile = document.file();
                Path folder = planFile == null ? null : planFile.toAbsolutePath().getParent();
                return write(file, ReviewReportPdf.render(plan, messages, folder));
            } catch (IOException e) {
                dialogs.showError(messages.format("error.export", plan.title(), e.getMessage()));
                return false;
            }
        }).orElse(false);
    }

    /** Asks where, then writes there who does what: each person's activities and tasks, and the budget. */
    public boolean exportTasksPdf() {
        Plan plan = document.plan();
        return choose(FileKind.PDF, "tasksPdf.fileName").map(file -> {
            try {
                return write(file, TasksPdf.render(plan, messages));
            } catch (IOException e) {
                dialogs.showError(messages.format("error.export", plan.title(), e.getMessage()));
                return false;
            }
        }).orElse(false);
    }

    /**
     * Asks where, then writes the calendar file there. With the tasks' due dates, every task is
     * given its id first, so that importing the file again after a save updates the same events.
     *
     * @param laneId    only this lane's activities, or all when null
     * @param withTasks also each open task with a due date, as an all-day event on that date
     */
    public boolean exportCalendar(String laneId, boolean withTasks) {
        return choose(FileKind.CALENDAR, null).map(file -> {
            Plan plan = withTasks ? document.giveTaskIds() : document.plan();
            return write(file, CalendarExport.toIcs(plan, laneId, withTasks, messages)
                    .getBytes(StandardCharsets.UTF_8));
        }).orElse(false);
    }

    /** Asks where, then writes the poster there on {@code paper}. True when it was written. */
    public boolean exportPoster(PosterPdf.Paper paper) {
        Plan plan = document.plan();
        return choose(FileKind.PDF, "poster.fileName").map(file -> {
            try {
                return write(file, PosterPdf.render(plan, paper, messages));
            } catch (IOException e) {
                dialogs.showError(messages.format("error.export", plan.title(), e.getMessage()));
                return false;
            }
        }).orElse(false);
    }

    /** Asks where, then writes the announcement there as one HTML file. True when it was written. */
    public boolean exportAnnouncement() {
        return choose(FileKind.HTML, "announcement.fileName")
                .map(file -> write(file, announcement().html().getBytes(StandardCharsets.UTF_8))).orElse(false);
    }

    /** Says that the announcement is on the clipboard, and where it pastes. */
    public void announcementCopied() {
        dialogs.showNotice(messages.get("announcement.copied"));
    }

    /** The programme as an announcement, as HTML and as plain text, for the clipboard's two flavours. */
    public Announcement announcement() {
        return Announcement.of(document.plan(), catalogue, messages);
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
