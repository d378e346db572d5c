package no.cxday.planner.ui;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import no.cxday.planner.i18n.Messages;

/**
 * Dialog buttons in the program's language. JavaFX's own OK, Cancel, Yes and No follow the JVM's
 * locale, have no Norwegian, and ignore the language chosen in the program.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType yes(Messages messages) {
        return new ButtonType(messages.get("dialog.yes"), ButtonData.YES);
    }

    public static ButtonType no(Messages messages) {
        return new ButtonType(messages.get("dialog.no"), ButtonData.NO);
    }

    /** Gives the dialog an OK and a Cancel button in the program's language; returns the OK button. */
    public static ButtonType okCancel(Dialog<?> dialog, Messages messages) {
        ButtonType ok = ok(messages);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel(messages));
        return ok;
    }
}
