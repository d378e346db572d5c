package no.cxday.planner.ui.main;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.TreeSet;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.PlanSettings;
import no.cxday.planner.ui.DialogButtons;

/** The plan's settings; the view model checks them against the plan's rules before they apply. */
final class PlanSettingsDialog {

    private PlanSettingsDialog() {
    }

    static void show(MainViewModel viewModel, Messages messages, Window owner) {
        PlanSettings current = viewModel.settings();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        TextField title = new TextField(current.title());
        TextField organization = new TextField(current.organization());
        DatePicker cxDay = new DatePicker(current.cxDay());
        DatePicker firstDay = new DatePicker(current.firstDay());
        DatePicker lastDay = new DatePicker(current.lastDay());
        TextField dayStart = new TextField(current.dayStart().toString());
        TextField dayEnd = new TextField(current.dayEnd().toString());
        ComboBox<String> zone = new ComboBox<>();
        zone.getItems().setAll(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        zone.setEditable(true);
        zone.setValue(current.timeZone());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(360);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, new Label(messages.get("settings.planTitle")), title);
        form.addRow(row++, new Label(messages.get("settings.organization")), organization);
        form.addRow(row++, new Label(messages.get("settings.cxDay")), cxDay);
        form.addRow(row++, new Label(messages.get("settings.firstDay")), firstDay);
        form.addRow(row++, new Label(messages.get("settings.lastDay")), lastDay);
        form.addRow(row++, new Label(messages.get("settings.dayStart")), dayStart);
        form.addRow(row++, new Label(messages.get("settings.dayEnd")), dayEnd);
        form.addRow(row++, new Label(messages.get("settings.timeZone")), zone);
        form.add(error, 0, row, 2, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = DialogButtons.okCancel(dialog, messages);
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            Optional<String> problem;
            try {
                problem = viewModel.applySettings(new PlanSettings(title.getText(), organization.getText(),
                        cxDay.getValue(), firstDay.getValue(), lastDay.getValue(),
                        LocalTime.parse(dayStart.getText().strip()), LocalTime.parse(dayEnd.getText().strip()),
                        zone.getValue() == null ? "" : zone.getValue().strip()));
            } catch (DateTimeParseException | NullPointerException e) {
                problem = Optional.of(messages.get("settings.error.time"));
            }
            problem.ifPresent(text -> {
                error.setText(text);
                event.consume();
            });
        });
        dialog.showAndWait();
    }
}
