package no.cxday.planner.ui.main;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.ui.DateField;
import no.cxday.planner.ui.DialogButtons;
import no.cxday.planner.ui.FieldProblems;
import no.cxday.planner.ui.main.PlanSettingsViewModel.Field;

/**
 * The plan's settings; the view model reads and checks them. What is wrong with a field is said
 * under it, and a change that would cut activities short is asked about before OK (then "Bruk
 * likevel") applies it.
 */
final class PlanSettingsDialog {

    /** The width the dialog's sentences wrap at. */
    private static final double TEXT_WIDTH = 380;

    private PlanSettingsDialog() {
    }

    static void show(MainViewModel mainViewModel, Messages messages, Window owner) {
        PlanSettingsViewModel viewModel = mainViewModel.editSettings();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        SimpleObjectProperty<LocalDate> cxDay = new SimpleObjectProperty<>(viewModel.cxDay());
        ComboBox<String> zone = new ComboBox<>();
        zone.getItems().setAll(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        zone.setEditable(true);
        zone.setValue(viewModel.text(Field.TIME_ZONE).get());
        zone.getEditor().textProperty().bindBidirectional(viewModel.text(Field.TIME_ZONE));
        FieldProblems problems = new FieldProblems();
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        row = addRow(form, row, messages.get("settings.planTitle"), textField(viewModel, Field.TITLE), viewModel,
                Field.TITLE, problems);
        row = addRow(form, row, messages.get("settings.organization"), textField(viewModel, Field.ORGANIZATION),
                viewModel, Field.ORGANIZATION, problems);
        row = addRow(form, row, messages.get("settings.cxDay"), dateField(viewModel, Field.CX_DAY, messages, cxDay),
                viewModel, Field.CX_DAY, problems);
        row = addRow(form, row, messages.get("settings.firstDay"),
                dateField(viewModel, Field.FIRST_DAY, messages, cxDay), viewModel, Field.FIRST_DAY, problems);
        row = addRow(form, row, messages.get("settings.lastDay"),
                dateField(viewModel, Field.LAST_DAY, messages, cxDay), viewModel, Field.LAST_DAY, problems);
        row = addRow(form, row, messages.get("settings.dayStart"), textField(viewModel, Field.DAY_START), viewModel,
                Field.DAY_START, problems);
        row = addRow(form, row, messages.get("settings.dayEnd"), textField(viewModel, Field.DAY_END), viewModel,
                Field.DAY_END, problems);
        row = addRow(form, row, messages.get("settings.timeZone"), zone, viewModel, Field.TIME_ZONE, problems);
        row = heading(form, row, messages.get("settings.money"));
        TextField currency = textField(viewModel, Field.CURRENCY);
        currency.setPrefColumnCount(4);
        currency.setMaxWidth(Region.USE_PREF_SIZE);
        row = addRow(form, row, messages.get("settings.currency"), currency, viewModel, Field.CURRENCY, problems);
        row = addRow(form, row, messages.get("settings.budget"), textField(viewModel, Field.BUDGET), viewModel,
                Field.BUDGET, problems);
        row = heading(form, row, messages.get("settings.communication"));
        TextArea ownLine = new TextArea();
        ownLine.setId("settings-" + Field.MESSAGE.name());
        ownLine.setPrefRowCount(2);
        ownLine.setPrefColumnCount(28);
        ownLine.setWrapText(true);
        ownLine.textProperty().bindBidirectional(viewModel.text(Field.MESSAGE));
        row = addRow(form, row, messages.get("settings.message"), ownLine, viewModel, Field.MESSAGE, problems);
        TextField link = textField(viewModel, Field.LINK);
        link.setPromptText("https://");
        row = addRow(form, row, messages.get("settings.link"), link, viewModel, Field.LINK, problems);
        Label message = sentence(viewModel.messageProperty());
        message.setId("settingsMessage");
        form.add(message, 0, row, 2, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = DialogButtons.okCancel(dialog, messages);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        // The bar gives its buttons one width, fixed when they are added: too narrow for "Bruk likevel".
        ButtonBar.setButtonUniformSize(okButton, false);
        okButton.setMinWidth(Region.USE_PREF_SIZE);
        okButton.textProperty().bind(Bindings.when(viewModel.askingProperty())
                .then(messages.get("settings.applyAnyway")).otherwise(ok.getText()));
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (viewModel.apply() != PlanSettingsViewModel.Outcome.APPLIED) {
                event.consume();
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.showAndWait();
    }

    private static TextField textField(PlanSettingsViewModel viewModel, Field field) {
        TextField text = new TextField();
        text.setId("settings-" + field.name());
        text.textProperty().bindBidirectional(viewModel.text(field));
        return text;
    }

    private static DateField dateField(PlanSettingsViewModel viewModel, Field field, Messages messages,
            ObservableValue<LocalDate> opensAt) {
        DateField date = new DateField(messages.dates(), viewModel.text(field), opensAt);
        date.setId("settings-" + field.name());
        return date;
    }

    private static int heading(GridPane form, int row, String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("pane-heading");
        GridPane.setMargin(heading, new Insets(6, 0, 0, 0));
        form.add(heading, 0, row, 2, 1);
        return row + 1;
    }

    /** A row of label and field, and under the field what is wrong with it while something is. */
    private static int addRow(GridPane form, int row, String label, Node field, PlanSettingsViewModel viewModel,
            Field which, FieldProblems problems) {
        form.addRow(row, new Label(label), field);
        if (field instanceof Control control) {
            problems.mark(control, viewModel.error(which));
        }
        form.add(sentence(viewModel.error(which)), 1, row + 1);
        return row + 2;
    }

    /** A sentence that wraps, is never cut short, and takes no room while it is empty. */
    private static Label sentence(ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
