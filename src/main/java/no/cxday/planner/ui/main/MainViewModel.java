package no.cxday.planner.ui.main;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.CarryOver;
import no.cxday.planner.model.CxDay;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanSettings;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.PlanWriter;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.DialogService;
import no.cxday.planner.ui.FileKind;
import no.cxday.planner.ui.NativeText;
import no.cxday.planner.ui.WindowState;

/** The main window's state and its commands: files, undo and redo, plan settings. */
public final class MainViewModel {

    private final PlanDocument document;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final RecentFiles recentFiles;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final StringBinding windowTitle;
    private final BooleanBinding readOnly;
    private final StringBinding readOnlyReason;
    private final StringBinding undoText;
    private final StringBinding redoText;
    private final BooleanProperty reviewMode;

    private final FileSafety safety;

    /** @param state the window's review mode and what its file was when last read or written */
    public MainViewModel(PlanDocument document, DialogService dialogs, Messages messages, Supplier<LocalDate> today,
            RecentFiles recentFiles, RecoveryStore recovery, WindowState state) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
        this.today = today;
        this.recentFiles = recentFiles;
        this.reviewMode = state.reviewModeProperty();
        this.safety = new FileSafety(document, dialogs, messages, recovery, state.fileAsSeenProperty());
        this.readOnly = Bindings.createBooleanBinding(() -> document.plan().isFromNewerVersion(),
                document.planProperty());
        this.readOnlyReason = Bindings.createStringBinding(() -> !document.plan().isFromNewerVersion() ? ""
                : messages.format("banner.readOnly", document.file() == null ? document.plan().title()
                        : document.file().getFileName(), document.plan().schemaVersion()),
                document.planProperty(), document.fileProperty());
        this.windowTitle = Bindings.createStringBinding(this::describeWindow, document.planProperty(),
                document.dirtyProperty());
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

    /** True when a newer program wrote the plan, which then can be read but not saved. */
    public BooleanBinding readOnlyProperty() {
        return readOnly;
    }

    /** Why the plan cannot be changed, for the banner above it; empty when it can. */
    public StringBinding readOnlyReasonProperty() {
        return readOnlyReason;
    }

    private String describeWindow() {
        Plan plan = document.plan();
        String title = (document.isDirty() ? "*" : "") + plan.title();
        if (plan.isFromNewerVersion()) {
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
        document.replaceUnsaved(CarryOver.toYear(document.plan(), year, leaveOutPoor));
        reviewMode.set(false);
    }

    public void open() {
        if (mayDiscardChanges()) {
            dialogs.chooseFileToOpen(folder()).ifPresent(this::openFile);
        }
    }

    /** Opens {@code file}; a bad file is refused in one sentence and the open plan stays as it was. */
    public void openFile(Path file) {
        try {
            Plan plan = PlanReader.read(file);
            document.replace(plan, file);
            safety.remember(file);
            reviewMode.set(plan.cxDay().isBefore(today.get()));
            recent.setAll(recentFiles.add(file));
        } catch (PlanFileException e) {
            dialogs.showError(e.sentence(messages));
        }
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
        switch (safety.beforeSavingOver(file)) {
            case SAVE_AS:
                return saveAs();
            case RELOAD:
                safety.forget(document.plan());
                openFile(file);
                return false;
            case CANCEL:
                return false;
            default:
                break;
        }
        try {
            document.markSaved(file, PlanWriter.save(document.plan(), file));
            safety.remember(file);
            safety.forget(document.plan());
            recent.setAll(recentFiles.add(file));
            Path saved = file.toAbsolutePath();
            dialogs.showNotice(messages.format("notice.saved", saved.getFileName(), saved.getParent()));
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
            reviewMode.set(document.plan().cxDay().isBefore(today.get()));
        }
        return restored;
    }

    /** Tells the coordinator something in a dialog, such as what the program is. */
    public void showInfo(String sentence) {
        dialogs.showInfo(sentence);
    }

    /** The window closes: nothing unsaved is left, so no recovery copy is needed. */
    public void closedCleanly() {
        safety.forget(document.plan());
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
