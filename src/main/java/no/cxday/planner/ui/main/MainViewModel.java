package no.cxday.planner.ui.main;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.CarryOver;
import no.cxday.planner.model.CxDay;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanLock;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.PlanWriter;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.DialogService;
import no.cxday.planner.ui.FileKind;
import no.cxday.planner.ui.NativeText;
import no.cxday.planner.ui.WindowState;

/**
 * The main window's state and its commands: files (with the lock beside the open one, changes
 * another program saved to it, and merging them), undo and redo, plan settings.
 */
public final class MainViewModel {

    private final PlanDocument document;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final RecentFiles recentFiles;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final StringBinding windowTitle;
    private final Banners banners;
    private final StringBinding undoText;
    private final StringBinding redoText;
    private final BooleanProperty reviewMode;

    private final FileSafety safety;
    private final PlanLocks locks;
    private final ChangesOnDisk changes;
    private final FileMerge merge;
    private final ObjectProperty<PlanLock.Holder> lockedBy;

    /**
     * @param sharing what tells colleagues the plan is open here, and notices their saves
     * @param state   the window's review mode, what its file was when last read or written, and
     *                what is known of others' work on it
     */
    public MainViewModel(PlanDocument document, DialogService dialogs, Messages messages, Supplier<LocalDate> today,
            RecentFiles recentFiles, RecoveryStore recovery, PlanSharing sharing, WindowState state) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
        this.today = today;
        this.recentFiles = recentFiles;
        this.reviewMode = state.reviewModeProperty();
        this.safety = new FileSafety(document, dialogs, messages, recovery, state.fileAsSeenProperty());
        this.locks = new PlanLocks(sharing, dialogs, messages, today);
        this.changes = new ChangesOnDisk(document, safety, sharing.watching(), state.fileOnDiskProperty());
        this.merge = new FileMerge(document, dialogs, messages, safety);
        this.lockedBy = state.lockedByProperty();
        this.banners = new Banners(document, state, messages, today);
        this.windowTitle = Bindings.createStringBinding(this::describeWindow, document.planProperty(),
                document.dirtyProperty(), document.readOnlyProperty());
        this.undoText = named("menu.edit.undo", "menu.edit.undoNamed", document.undoDescriptionProperty());
        this.redoText = named("menu.edit.redo", "menu.edit.redoNamed", document.redoDescriptionProperty());
        recent.setAll(recentFiles.load());
    }

    private StringBinding named(String key, String namedKey, ObservableStringValue description) {
        return Bindings.createStringBinding(() -> description.get() == null ? messages.get(key)
                : messages.format(namedKey, description.get()), description);
    }

    /** A blank plan for the CX day of {@code year}, in the given language. */
    public static Plan blankPlan(Messages messages, int year) {
        return Plan.blank(messages.format("plan.defaultTitle", year), CxDay.of(year),
                new Lane("spor-1", messages.get("plan.defaultLane")));
    }

    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    /** "Angre: flytt «Kake og kaffe»", or just "Angre" when there is nothing to undo. */
    public StringBinding undoTextProperty() {
        return undoText;
    }

    public StringBinding redoTextProperty() {
        return redoText;
    }

    public BooleanBinding canUndoProperty() {
        return document.undoDescriptionProperty().isNotNull();
    }

    public BooleanBinding canRedoProperty() {
        return document.redoDescriptionProperty().isNotNull();
    }

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    /** The plans opened or saved last, newest first. */
    public ObservableList<Path> recentFiles() {
        return recent;
    }

    public void openRecent(Path file) {
        if (mayDiscardChanges()) {
            openFile(file);
        }
    }

    /** The plan's settings for the settings dialog to edit. */
    public PlanSettingsViewModel editSettings() {
        return new PlanSettingsViewModel(document, messages);
    }

    /**
     * True when the plan can be read but not changed or saved: a newer program wrote it, or someone
     * else has it open and it was opened here only to be read.
     */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return document.readOnlyProperty();
    }

    /** Why the plan cannot be changed, for the banner above it; empty when it can. */
    public StringBinding readOnlyReasonProperty() {
        return banners.readOnlyReason;
    }

    /** That another program saved the plan's file, and when, for the banner above the plan; empty while it did not. */
    public StringBinding changedOnDiskProperty() {
        return banners.changedOnDisk;
    }

    /** What the banner's button does: "Last inn" with nothing unsaved here, "Slå sammen" with unsaved changes. */
    public StringBinding changedOnDiskActionProperty() {
        return banners.changedOnDiskAction;
    }

    /** The banner's button: loads the file again, or with unsaved changes here merges it with them. */
    public void takeInChangesOnDisk() {
        if (document.isDirty()) {
            merge.mergeWithFile();
        } else {
            reload();
        }
    }

    /** Looks whether another program saved the plan's file, as when the window gets focus. */
    public void checkFileOnDisk() {
        changes.check();
    }

    private String describeWindow() {
        Plan plan = document.plan();
        String title = (document.isDirty() ? "*" : "") + plan.title();
        if (document.isReadOnly()) {
            title += " " + messages.get("window.readOnly");
        }
        return NativeText.of(title + " – " + messages.get("app.name"));
    }

    /** The year a new plan is suggested for: that of the next CX day. */
    public int suggestedYear() {
        return CxDay.next(today.get()).getYear();
    }

    /** Fil → Ny plan: after unsaved changes are asked about, a blank plan for the year the coordinator picks. */
    public void newPlan() {
        if (mayDiscardChanges()) {
            dialogs.askYearForNewPlan(suggestedYear()).ifPresent(this::newPlan);
        }
    }

    /** Starts a new plan for the CX day of {@code year}; ask {@link #mayDiscardChanges()} first. */
    public void newPlan(int year) {
        closeFile();
        document.replace(blankPlan(messages, year), null);
        reviewMode.set(false);
    }

    /** Fil → Ny plan for neste år: after unsaved changes are asked about, next year's plan made from this one. */
    public void carryOverToNextYear() {
        if (mayDiscardChanges()) {
            dialogs.askCarryOver(document.plan().cxDay().getYear() + 1)
                    .ifPresent(choice -> carryOver(choice.year(), choice.leaveOutPoor()));
        }
    }

    /** On while the coordinator reviews how the day went; on by itself for a plan whose CX day has passed. */
    public BooleanProperty reviewModeProperty() {
        return reviewMode;
    }

    /**
     * Replaces the open plan by next year's, made from it (ask {@link #mayDiscardChanges()} first).
     *
     * @param leaveOutPoor leave out what was not held or was rated low
     */
    public void carryOver(int year, boolean leaveOutPoor) {
        closeFile();
        document.replaceUnsaved(CarryOver.toYear(document.plan(), year, leaveOutPoor));
        reviewMode.set(false);
    }

    public void open() {
        if (mayDiscardChanges()) {
            dialogs.chooseFileToOpen(folder()).ifPresent(this::openFile);
        }
    }

    /**
     * Opens {@code file}; a bad file is refused in one sentence and the open plan stays as it was.
     * When someone else has it open, the coordinator is asked whether to open it only to read it.
     */
    public void openFile(Path file) {
        Plan plan;
        try {
            plan = PlanReader.read(file);
        } catch (PlanFileException e) {
            dialogs.showError(e.sentence(messages));
            return;
        }
        Optional<PlanLocks.Access> access = locks.askBeforeOpening(file, plan);
        if (access.isEmpty()) {
            return;
        }
        closeFile();
        show(plan, file, access.get().readOnlyFor());
        reviewMode.set(plan.cxDay().isBefore(today.get()));
        recent.setAll(recentFiles.add(file));
    }

    /** Shows a plan just read from its file, with our lock beside it unless only read, as {@code readOnlyFor} has it. */
    private void show(Plan plan, Path file, PlanLock.Holder readOnlyFor) {
        lockedBy.set(readOnlyFor);
        document.replace(plan, file, readOnlyFor != null);
        if (!document.isReadOnly()) {
            locks.take(file);
        }
        safety.remember(file);
    }

    /** Loads the plan's file again as it is now, opened as it was (for editing, or only read); unsaved changes go. */
    private void reload() {
        Path file = document.file();
        try {
            Plan plan = PlanReader.read(file);
            safety.forget(document.plan());
            show(plan, file, lockedBy.get());
        } catch (PlanFileException e) {
            dialogs.showError(e.sentence(messages));
        }
    }

    /** The plan's file is closed (another plan takes its place): our lock beside it goes. */
    private void closeFile() {
        locks.release(document.file());
        lockedBy.set(null);
    }

    /** Saves to the plan's file, or asks where for a plan never saved. True when the plan was saved. */
    public boolean save() {
        return document.file() == null ? saveAs() : saveTo(document.file());
    }

    public boolean saveAs() {
        String suggested = document.file() != null ? document.file().getFileName().toString()
                : FileKind.PLAN.fileNameFor(document.plan().title());
        return dialogs.chooseFileToSave(folder(), suggested, FileKind.PLAN).map(FileKind.PLAN::withExtension)
                .map(this::saveTo).orElse(false);
    }

    private boolean saveTo(Path file) {
        if (document.isReadOnly()) {
            return false;
        }
        switch (safety.beforeSavingOver(file)) {
            case MERGE:
                // Merged, the plan is saved over the file after it is checked once more.
                return merge.mergeWithFile() && saveTo(file);
            case SAVE_AS:
                return saveAs();
            case RELOAD:
                reload();
                return false;
            case CANCEL:
                return false;
            default:
                break;
        }
        try {
            Plan saved = PlanWriter.save(document.plan(), file);
            Path before = document.file();
            document.markSaved(file, saved);
            if (!file.equals(before)) {
                locks.release(before);
                locks.take(file);
            }
            safety.remember(file);
            safety.forget(document.plan());
            recent.setAll(recentFiles.add(file));
            Path where = file.toAbsolutePath();
            dialogs.showNotice(messages.format("notice.saved", where.getFileName(), where.getParent()));
            return true;
        } catch (PlanFileException e) {
            safety.autosave();
            dialogs.showError(e.sentence(messages));
            return false;
        }
    }

    /** Writes a recovery copy when the plan has unsaved changes: every minute, and when the window loses focus. */
    public void autosave() {
        safety.autosave();
    }

    /** At start: offers the plans a crash left behind. True when one was restored. */
    public boolean offerRecovered() {
        boolean restored = safety.offerRecovered();
        if (restored) {
            lockedBy.set(null);
            if (document.file() != null) {
                locks.takeBack(document.file());
            }
            reviewMode.set(document.plan().cxDay().isBefore(today.get()));
        }
        return restored;
    }

    /** Tells the coordinator something in a dialog, such as what the program is. */
    public void showInfo(String sentence) {
        dialogs.showInfo(sentence);
    }

    /**
     * The window is to close (its close button, Fil → Avslutt): asks about unsaved changes, and when
     * it may close, lets go of the plan, whose recovery copy and lock are no longer needed.
     *
     * @return true when the window may close
     */
    public boolean mayCloseWindow() {
        if (!mayDiscardChanges()) {
            return false;
        }
        safety.forget(document.plan());
        locks.release(document.file());
        return true;
    }

    /** Stops following the plan's file; the plan stays open, as when the window's content is built anew. */
    public void close() {
        changes.close();
    }

    /** Asks about unsaved changes; true when the plan may now be closed or replaced. */
    public boolean mayDiscardChanges() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(document.plan().title())) {
            case SAVE -> save();
            case DISCARD -> {
                safety.forget(document.plan());
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /**
     * Where file choosers start: the folder of the plan's file, or for a plan in no file yet (next
     * year's, say) the folder of the plan opened or saved last; null when there is none.
     */
    public Path folder() {
        Path file = document.file() != null ? document.file() : recent.isEmpty() ? null : recent.get(0);
        return file == null ? null : file.toAbsolutePath().getParent();
    }
}
