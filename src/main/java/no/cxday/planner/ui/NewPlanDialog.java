package no.cxday.planner.ui;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.CxDay;

/** "Ny plan": asks for the year and shows the CX day it proposes. */
final class NewPlanDialog {

    private NewPlanDialog() {
    }

    static Optional<Integer> ask(Messages messages, int suggestedYear, Window owner) {
        Dialog<Integer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("newPlan.title"));
        Spinner<Integer> year = new Spinner<>(2000, 2100, suggestedYear);
        year.setEditable(true);
        Label cxDay = new Label();
        Runnable show = () -> cxDay.setText(messages.format("newPlan.cxDay",
                messages.dates().longDate(CxDay.of(year.getValue()))));
        year.valueProperty().addListener(o -> show.run());
        show.run();
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("newPlan.year")), year, cxDay));
        ButtonType ok = DialogButtons.okCancel(dialog, messages);
        dialog.setResultConverter(button -> button == ok ? year.getValue() : null);
        return dialog.showAndWait();
    }
}
