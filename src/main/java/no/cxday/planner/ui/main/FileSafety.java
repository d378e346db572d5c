package no.cxday.planner.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.DateTimeText;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.AtomicFile;
import no.cxday.planner.storage.FileFingerprint;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.DialogService;
import no.cxday.planner.ui.DialogService.ChangedOnDiskChoice;

/**
 * What keeps a coordinator's work from being lost: autosaved recovery copies, the offer to restore
 * them after a crash, and noticing that another program changed the file before saving over it.
 */
final class FileSafety {

    private final PlanDocument document;
    private final DialogService dialogs;
    private final Messages messages;
    private final RecoveryStore recovery;
    /** The plan the last autosave kept, so that the same version is not announced again. */
    private Plan lastAutosaved;
    private final ObjectProperty<FileFingerprint> fingerprint;

    /** @param fingerprint what the file was when last read or written; the window keeps it across rebuilds */
    FileSafety(PlanDocument document, DialogService dialogs, Messages messages, RecoveryStore recovery,
            ObjectProperty<FileFingerprint> fingerprint) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
        this.recovery = recovery;
        this.fingerprint = fingerprint;
    }

    /** Remembers what the file is now, after the plan was opened from it or saved to it. */
    void remember(Path file) {
        AtomicFile.removeLeftovers(file);
        fingerprint.set(now(file).orElse(null));
    }

    /** Remembers that the file was {@code seen} when the plan here took it in (a merge read it then). */
    void remember(FileFingerprint seen) {
        fingerprint.set(seen);
    }

    /** What {@code file} is now; empty when it is gone or cannot be read. */
    Optional<FileFingerprint> now(Path file) {
        try {
            return FileFingerprint.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The open plan's file as it is now, when another program wrote other bytes to it since the
     * window last read or wrote it; empty when it did not, or the file is gone. A file written
     * again with the same bytes (a sync, a copy put back) holds nothing new, and is taken as seen.
     */
    Optional<FileFingerprint> changedOnDisk() {
        FileFingerprint seen = fingerprint.get();
        if (seen == null || document.file() == null) {
            return Optional.empty();
        }
        Optional<FileFingerprint> now = now(document.file());
        if (now.isEmpty() || now.get().equals(seen)) {
            return Optional.empty();
        }
        if (now.get().size() == seen.size() && Arrays.equals(now.get().sha256(), seen.sha256())) {
            fingerprint.set(now.get());
            return Optional.empty();
        }
        return now;
    }

    /**
     * Before saving over {@code file}: when another program changed it since, asks what to do.
     *
     * @return the answer; {@link ChangedOnDiskChoice#OVERWRITE} when it did not change or is gone
     */
    ChangedOnDiskChoice beforeSavingOver(Path file) {
        if (!file.equals(document.file()) || changedOnDisk().isEmpty()) {
            return ChangedOnDiskChoice.OVERWRITE;
        }
        return dialogs.askChangedOnDisk(file.getFileName().toString());
    }

    /**
     * Writes a recovery copy of a plan with unsaved changes; never over the user's own file. A
     * notice says so the first time each version of the plan is kept.
     */
    void autosave() {
        if (document.isDirty() && !document.isReadOnly()) {
            try {
                recovery.save(document.plan(), document.file());
                if (document.plan() != lastAutosaved) {
                    lastAutosaved = document.plan();
                    dialogs.showNotice(messages.format("notice.autosaved", document.plan().title(),
                            DateTimeText.clock(LocalTime.now().withSecond(0).withNano(0))));
                }
            } catch (IOException e) {
                // The next autosave tries again; the plan itself is still open in the window.
            }
        }
    }

    /** The plan was saved or closed cleanly, or its changes were discarded: its recovery copy goes. */
    void forget(Plan plan) {
        recovery.remove(plan);
    }

    /**
     * Offers each plan a crash left behind, newest first, until one is restored. A restored plan
     * opens with its unsaved changes, on top of its file as it is on disk, so that undo shows them.
     *
     * @return true when a plan was restored
     */
    boolean offerRecovered() {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(messages.get("dialog.recover.time"),
                messages.language().locale());
        for (RecoveryStore.Recovered recovered : recovery.list()) {
            String origin = recovered.origin() == null ? messages.get("dialog.recover.untitled")
                    : recovered.origin().toString();
            String description = messages.format("dialog.recover.description", recovered.plan().title(),
                    recovered.savedAt().toInstant().atZone(ZoneId.systemDefault()).format(when), origin);
            switch (dialogs.askToRecover(description)) {
                case RESTORE -> {
                    restore(recovered);
                    return true;
                }
                case DISCARD -> recovery.remove(recovered);
                case LATER -> {
                }
            }
        }
        return false;
    }

    private void restore(RecoveryStore.Recovered recovered) {
        Plan onDisk = null;
        if (recovered.origin() != null) {
            try {
                onDisk = PlanReader.read(recovered.origin());
            } catch (PlanFileException e) {
                onDisk = null;
            }
        }
        document.replace(onDisk != null ? onDisk : document.plan(), onDisk != null ? recovered.origin() : null);
        if (onDisk != null) {
            remember(recovered.origin());
        }
        document.apply(messages.get("edit.recovered"), p -> recovered.plan());
        dialogs.showNotice(messages.format("notice.recovered", recovered.plan().title()));
    }
}
