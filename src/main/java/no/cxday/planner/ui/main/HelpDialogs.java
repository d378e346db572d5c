package no.cxday.planner.ui.main;

import java.util.List;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.ui.DialogButtons;

/** Hjelp: the table of keyboard shortcuts. */
final class HelpDialogs {

    /** The shortcuts, each as the keys and the bundle key of what they do. */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Enter", "shortcuts.addIdea"},
            new String[] {"Tab, Shift+Tab", "shortcuts.select"},
            new String[] {"Ctrl+Tab", "shortcuts.leave"},
            new String[] {"↑ ↓", "shortcuts.move"},
            new String[] {"Shift+↑ Shift+↓", "shortcuts.length"},
            new String[] {"← →", "shortcuts.day"},
            new String[] {"Ctrl+← Ctrl+→", "shortcuts.lane"},
            new String[] {"Delete", "shortcuts.delete"},
            new String[] {"Ctrl+D", "shortcuts.duplicate"},
            new String[] {"Enter", "shortcuts.edit"},
            new String[] {"1–5, 0", "shortcuts.rate"},
            new String[] {"Ctrl+Z", "shortcuts.undo"},
            new String[] {"Ctrl+Y, Ctrl+Shift+Z", "shortcuts.redo"},
            new String[] {"Ctrl+N, Ctrl+O", "shortcuts.newOpen"},
            new String[] {"Ctrl+Shift+N", "shortcuts.carryOver"},
            new String[] {"Ctrl+S, Ctrl+Shift+S", "shortcuts.save"},
            new String[] {"Ctrl+E, Ctrl+Shift+E, Ctrl+P", "shortcuts.export"},
            new String[] {"Ctrl+Shift+R", "shortcuts.report"},
            new String[] {"Ctrl+Shift+T", "shortcuts.tasks"},
            new String[] {"Ctrl+Shift+P, Ctrl+Shift+H, Ctrl+Shift+C", "shortcuts.tell"},
            new String[] {"Ctrl+L, Ctrl+,", "shortcuts.plan"},
            new String[] {"Ctrl+1, Ctrl+2, Ctrl+3", "shortcuts.views"},
            new String[] {"Ctrl+scroll", "shortcuts.zoom"},
            new String[] {"Ctrl+0", "shortcuts.fit"},
            new String[] {"Alt+A, Alt+D", "shortcuts.days"},
            new String[] {"Alt+Page Up, Alt+Page Down, Alt+Home", "shortcuts.dayStep"},
            new String[] {"F1, Ctrl+Q", "shortcuts.helpQuit"});

    private HelpDialogs() {
    }

    static void shortcuts(Messages messages, Window owner) {
        GridPane table = new GridPane();
        table.setHgap(16);
        table.setVgap(4);
        for (int row = 0; row < SHORTCUTS.size(); row++) {
            Label keys = new Label(SHORTCUTS.get(row)[0]);
            keys.getStyleClass().add("shortcut-keys");
            table.addRow(row, keys, new Label(messages.get(SHORTCUTS.get(row)[1])));
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("menu.help.shortcuts"));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(messages));
        dialog.showAndWait();
    }

    /** "CX-dagen planlegger 0.1.0 …, Apache License 2.0". */
    static String about(Messages messages) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        return messages.format("about.text", messages.get("app.name"),
                version == null ? messages.get("about.devVersion") : version);
    }
}
