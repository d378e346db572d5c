package no.cxday.planner.ui.main;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.storage.FileFingerprint;
import no.cxday.planner.storage.PlanLock;
import no.cxday.planner.ui.WindowState;

/**
 * The sentences of the banners above the plan, each empty while its banner is hidden: why the plan
 * can only be read (a newer version wrote it, or someone else has it open), and that another program
 * saved its file, with what the banner's button does about it.
 */
final class Banners {

    final StringBinding readOnlyReason;
    final StringBinding changedOnDisk;
    final StringBinding changedOnDiskAction;

    Banners(PlanDocument document, WindowState state, Messages messages, Supplier<LocalDate> today) {
        ObjectProperty<PlanLock.Holder> lockedBy = state.lockedByProperty();
        readOnlyReason = Bindings.createStringBinding(() -> {
            Object name = document.file() == null ? document.plan().title() : document.file().getFileName();
            if (document.plan().isFromNewerVersion()) {
                return messages.format("banner.readOnly", name, document.plan().schemaVersion());
            }
            PlanLock.Holder holder = lockedBy.get();
            return !document.isReadOnly() || holder == null ? ""
                    : messages.format("banner.lockedBy", name, holder.user(), holder.host(),
                            PlanLocks.since(holder, messages, today.get()));
        }, document.planProperty(), document.fileProperty(), document.readOnlyProperty(), lockedBy);
        ObjectProperty<FileFingerprint> onDisk = state.fileOnDiskProperty();
        ObjectProperty<FileFingerprint> seen = state.fileAsSeenProperty();
        changedOnDisk = Bindings.createStringBinding(() -> {
            if (onDisk.get() == null || document.file() == null || onDisk.get().equals(seen.get())) {
                return "";
            }
            LocalDateTime saved = LocalDateTime.ofInstant(onDisk.get().modified().toInstant(), ZoneId.systemDefault());
            return messages.format(document.isDirty() ? "banner.changedMerge" : "banner.changed",
                    document.file().getFileName(), messages.dates().moment(saved, today.get()));
        }, onDisk, seen, document.fileProperty(), document.dirtyProperty());
        changedOnDiskAction = Bindings.createStringBinding(
                () -> messages.get(document.isDirty() ? "changed.merge" : "changed.reload"), document.dirtyProperty());
    }
}
