package no.cxday.planner.ui.main;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.util.Subscription;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.storage.FileFingerprint;

/**
 * Notices that another program saved the open plan's file: the file is watched while a plan is open
 * from it, and checked when asked (the window got focus). What it finds waits in the window's state
 * as the file as it is now, for the banner, until the plan takes it in; the window's own saves are
 * no change, as the file then is what the window remembers writing.
 */
final class ChangesOnDisk {

    private final FileSafety safety;
    private final PlanSharing.Watching watching;
    private final ObjectProperty<FileFingerprint> onDisk;
    private final Subscription following;
    private Subscription watch = Subscription.EMPTY;

    /** @param onDisk the file as another program saved it, while the plan has not taken it in; kept across rebuilds */
    ChangesOnDisk(PlanDocument document, FileSafety safety, PlanSharing.Watching watching,
            ObjectProperty<FileFingerprint> onDisk) {
        this.safety = safety;
        this.watching = watching;
        this.onDisk = onDisk;
        follow(document.file());
        following = document.fileProperty().subscribe((was, file) -> {
            onDisk.set(null);
            follow(file);
        });
    }

    private void follow(Path file) {
        watch.unsubscribe();
        watch = file == null ? Subscription.EMPTY : watching.watch(file, this::check);
    }

    /** Looks at the file now: the banner shows when another program wrote other bytes to it. */
    void check() {
        onDisk.set(safety.changedOnDisk().orElse(null));
    }

    /** Stops watching: the window closed, or its content is built anew. */
    void close() {
        following.unsubscribe();
        watch.unsubscribe();
    }
}
