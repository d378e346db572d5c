package no.cxday.planner.ui;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import no.cxday.planner.i18n.Messages;

/** "Ny plan for neste år fra denne": the year, and whether to leave out what went poorly. */
final class CarryOverDialog {

    private CarryOverDialog() {
    }

    static Optional<DialogService.CarryOverChoice> ask(Messages messages, int suggestedYear, Window owner) {
        Dialog<DialogService.CarryOverChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("carryOver.title"));
        Spinner<Integer> year = new Spinner<>(2000, 2100, suggestedYear);
        year.setEditable(true);
        CheckBox leaveOut = new CheckBox(messages.get("carryOver.leaveOut"));
        Label explanation = new Label(messages.get("carryOver.explanation"));
        explanation.setWrapText(true);
        explanation.setMaxWidth(380);
        dialog.getDialogPane().setContent(new VBox(8, explanation, new Label(messages.get("newPlan.year")), year,
                leaveOut));
        ButtonType ok = DialogButtons.okCancel(dialog, messages);
        dialog.setResultConverter(button -> button == ok ? new DialogService.CarryOverChoice(year.getValue(), leaveOut.isSelected()) : null);
        return dialog.showAndWait();
    }
}
