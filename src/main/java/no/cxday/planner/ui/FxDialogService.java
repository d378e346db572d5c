package no.cxday.planner.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.merge.Side;
import org.controlsfx.control.Notifications;

/** The real dialogs: native file choosers and alerts owned by the main window. */
public final class FxDialogService implements DialogService {

    /** The width a dialog's sentence wraps at. */
    private static final double TEXT_WIDTH = 460;
    /** How long a notice stays: long enough to read a folder's path. */
    private static final double NOTICE_SECONDS = 8;

    private final Window owner;
    private final Messages messages;
    private final Consumer<String> showDocument;

    /**
     * @param showDocument the application's host services' {@code showDocument}, which opens a URI
     */
    public FxDialogService(Window owner, Messages messages, Consumer<String> showDocument) {
        this.owner = owner;
        this.messages = messages;
        this.showDocument = showDocument;
    }

    @Override
    public void showDocument(String linkOrPath) {
        boolean link = linkOrPath.matches("(?i)[a-z][a-z0-9+.-]*://.*");
        showDocument.accept(link ? linkOrPath : Path.of(linkOrPath).toAbsolutePath().toUri().toString());
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        File file = chooser(folder, null, FileKind.PLAN).showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName, FileKind kind) {
        File file = chooser(folder, suggestedName, kind).showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private FileChooser chooser(Path folder, String name, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get(kind.filterKey()), "*" + kind.extension()),
                new FileChooser.ExtensionFilter(messages.get("file.filter.all"), "*"));
        Path start = folder == null ? null : NativeText.folder(folder.toAbsolutePath());
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        if (name != null) {
            chooser.setInitialFileName(kind.proposedName(name));
        }
        return chooser;
    }

    @Override
    public void showError(String sentence) {
        show(Alert.AlertType.ERROR, messages.get("dialog.error.title"), sentence);
    }

    @Override
    public void showInfo(String sentence) {
        show(Alert.AlertType.INFORMATION, messages.get("app.name"), sentence);
    }

    /** A notice in the window's corner that goes away by itself after a while. */
    @Override
    public void showNotice(String sentence) {
        Notifications.create().owner(owner).title(messages.get("app.name")).text(sentence)
                .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(NOTICE_SECONDS)).showInformation();
    }

    private void show(Alert.AlertType type, String title, String sentence) {
        Alert alert = new Alert(type, "", DialogButtons.ok(messages));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label text = new Label(sentence);
        text.setWrapText(true);
        text.setPrefWidth(TEXT_WIDTH);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public ChangedOnDiskChoice askChangedOnDisk(String fileName) {
        ButtonType merge = new ButtonType(messages.get("changed.merge"), ButtonBar.ButtonData.APPLY);
        ButtonType overwrite = new ButtonType(messages.get("dialog.changed.overwrite"), ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType(messages.get("menu.file.saveAs"), ButtonBar.ButtonData.OTHER);
        ButtonType reload = new ButtonType(messages.get("dialog.changed.reload"), ButtonBar.ButtonData.NO);
        ButtonType cancel = DialogButtons.cancel(messages);
        ButtonType answer = ask(messages.format("dialog.changed.text", fileName), merge, overwrite, saveAs, reload,
                cancel);
        if (answer == merge) {
            return ChangedOnDiskChoice.MERGE;
        }
        if (answer == overwrite) {
            return ChangedOnDiskChoice.OVERWRITE;
        }
        if (answer == saveAs) {
            return ChangedOnDiskChoice.SAVE_AS;
        }
        return answer == reload ? ChangedOnDiskChoice.RELOAD : ChangedOnDiskChoice.CANCEL;
    }

    @Override
    public LockChoice askAboutLock(String sentence) {
        ButtonType readOnly = new ButtonType(messages.get("lock.readOnly"), ButtonBar.ButtonData.YES);
        ButtonType anyway = new ButtonType(messages.get("lock.openAnyway"), ButtonBar.ButtonData.NO);
        ButtonType answer = ask(sentence, readOnly, anyway, DialogButtons.cancel(messages));
        if (answer == readOnly) {
            return LockChoice.READ_ONLY;
        }
        return answer == anyway ? LockChoice.OPEN_ANYWAY : LockChoice.CANCEL;
    }

    @Override
    public Optional<List<Side>> askToResolve(String fileName, List<ConflictInWords> conflicts) {
        return MergeDialog.ask(messages, fileName, conflicts, owner);
    }

    @Override
    public Optional<Integer> askYearForNewPlan(int suggestedYear) {
        return NewPlanDialog.ask(messages, suggestedYear, owner);
    }

    @Override
    public Optional<CarryOverChoice> askCarryOver(int suggestedYear) {
        return CarryOverDialog.ask(messages, suggestedYear, owner);
    }

    @Override
    public RecoveryChoice askToRecover(String description) {
        ButtonType restore = new ButtonType(messages.get("dialog.recover.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("dialog.recover.discard"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(messages.get("dialog.recover.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType answer = ask(messages.format("dialog.recover.text", description), restore, discard, later);
        if (answer == restore) {
            return RecoveryChoice.RESTORE;
        }
        return answer == discard ? RecoveryChoice.DISCARD : RecoveryChoice.LATER;
    }

    /** Asks a question with the given buttons; the last one is the answer when the dialog is closed. */
    private ButtonType ask(String question, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", buttons);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(null);
        Label text = new Label(question);
        text.setWrapText(true);
        text.setPrefWidth(TEXT_WIDTH);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        return alert.showAndWait().orElse(buttons[buttons.length - 1]);
    }

    @Override
    public boolean confirm(String question) {
        ButtonType yes = DialogButtons.yes(messages);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, DialogButtons.no(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(null);
        return alert.showAndWait().orElse(null) == yes;
    }

    @Override
    public Optional<String> askForText(String question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        DialogButtons.okCancel(dialog, messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("app.name"));
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public SaveChoice askToSaveChanges(String planTitle) {
        ButtonType save = new ButtonType(messages.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.format("dialog.unsaved.text", planTitle),
                save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(null);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return SaveChoice.SAVE;
        }
        return answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }
}
