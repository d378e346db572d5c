package no.cxday.planner.ui.main;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.PlanLock;
import no.cxday.planner.ui.DialogService;

/**
 * The lock beside the open plan, as the window keeps it (docs/plan-format.md, "Beside the plan: the
 * lock file"): asked about before opening a plan someone else has open, written for a plan opened
 * for editing, and removed when the plan is closed or replaced. A stale lock is taken over without
 * a word; a folder that takes no lock is said once, and the plan opens all the same.
 */
final class PlanLocks {

    /** How a plan is opened: for editing, or only read because {@code holder} has it open. */
    record Access(PlanLock.Holder readOnlyFor) {

        static final Access EDIT = new Access(null);
    }

    private final PlanSharing sharing;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<LocalDate> today;

    PlanLocks(PlanSharing sharing, DialogService dialogs, Messages messages, Supplier<LocalDate> today) {
        this.sharing = sharing;
        this.dialogs = dialogs;
        this.messages = messages;
        this.today = today;
    }

    /**
     * Before opening {@code plan} from {@code file}: when someone else has it open, asks whether to
     * open it only to read it, to open it anyway, or not at all (empty). A plan a newer version
     * wrote is only read whoever has it open, so nobody is asked about it.
     */
    Optional<Access> askBeforeOpening(Path file, Plan plan) {
        PlanLock.Status status = plan.isFromNewerVersion() ? null : sharing.lock().status(file);
        if (status == null || status.state() != PlanLock.State.FRESH) {
            return Optional.of(Access.EDIT);
        }
        PlanLock.Holder holder = status.holder();
        return switch (dialogs.askAboutLock(messages.format("lock.question", file.getFileName(), holder.user(),
                holder.host(), since(holder, messages, today.get())))) {
            case READ_ONLY -> Optional.of(new Access(holder));
            case OPEN_ANYWAY -> Optional.of(Access.EDIT);
            case CANCEL -> Optional.empty();
        };
    }

    /** Writes our lock beside {@code file}, opened or saved for editing; says so when the folder takes none. */
    void take(Path file) {
        if (!sharing.lock().write(file, sharing.user(), sharing.program()).done()) {
            dialogs.showNotice(messages.format("notice.lockNotWritten", file.getFileName()));
        }
    }

    /**
     * Writes our lock beside a plan brought back after a crash, whose unsaved changes are open here
     * again; when someone else opened it meanwhile, says so, as the coordinator was not asked.
     */
    void takeBack(Path file) {
        PlanLock.Status status = sharing.lock().status(file);
        if (status.state() == PlanLock.State.FRESH) {
            PlanLock.Holder holder = status.holder();
            dialogs.showNotice(messages.format("notice.alsoOpen", file.getFileName(), holder.user(), holder.host(),
                    since(holder, messages, today.get())));
        }
        take(file);
    }

    /** Removes our lock beside {@code file} (none for a plan in no file); someone else's is left. */
    void release(Path file) {
        if (file != null) {
            sharing.lock().remove(file);
        }
    }

    /** When the lock was written, on this machine's clock, in the program's language: "kl. 09:12". */
    static String since(PlanLock.Holder holder, Messages messages, LocalDate today) {
        return messages.dates().moment(holder.since().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime(),
                today);
    }
}
