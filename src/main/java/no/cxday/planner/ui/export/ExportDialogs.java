package no.cxday.planner.ui.export;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import no.cxday.planner.export.AgendaPdf;
import no.cxday.planner.export.PosterPdf;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Lane;
import no.cxday.planner.ui.DialogButtons;
import no.cxday.planner.ui.Named;

/** The choices before an export or a print: the agenda's layout, and which lane goes to the calendar. */
final class ExportDialogs {

    private ExportDialogs() {
    }

    /** Layout, orientation and checklist for the agenda; empty when cancelled. */
    static Optional<AgendaPdf.Options> agendaOptions(Messages messages, Window owner, String titleKey) {
        Dialog<AgendaPdf.Options> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(titleKey));
        ToggleGroup layout = new ToggleGroup();
        RadioButton list = radio(messages.get("export.layout.list"), layout, true);
        RadioButton grid = radio(messages.get("export.layout.grid"), layout, false);
        ToggleGroup orientation = new ToggleGroup();
        RadioButton portrait = radio(messages.get("export.portrait"), orientation, true);
        RadioButton landscape = radio(messages.get("export.landscape"), orientation, false);
        CheckBox checklist = new CheckBox(messages.get("export.checklist"));
        dialog.getDialogPane().setContent(new VBox(6, new Label(messages.get("export.layout")), list, grid,
                new Label(messages.get("export.orientation")), portrait, landscape, checklist));
        ButtonType ok = DialogButtons.okCancel(dialog, messages);
        dialog.setResultConverter(button -> button != ok ? null : new AgendaPdf.Options(
                grid.isSelected() ? AgendaPdf.Layout.GRID : AgendaPdf.Layout.LIST, landscape.isSelected(),
                checklist.isSelected()));
        return dialog.showAndWait();
    }

    /** A3 or A4 for the poster; empty when cancelled. */
    static Optional<PosterPdf.Paper> posterPaper(Messages messages, Window owner) {
        Dialog<PosterPdf.Paper> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("poster.export"));
        ToggleGroup paper = new ToggleGroup();
        RadioButton a3 = radio(messages.get("poster.a3"), paper, true);
        RadioButton a4 = radio(messages.get("poster.a4"), paper, false);
        dialog.getDialogPane().setContent(new VBox(6, new Label(messages.get("poster.paper")), a3, a4));
        ButtonType ok = DialogButtons.okCancel(dialog, messages);
        dialog.setResultConverter(button -> button != ok ? null : a3.isSelected() ? PosterPdf.Paper.A3
                : PosterPdf.Paper.A4);
        return dialog.showAndWait();
    }

    /** What goes to the calendar: one lane's activities or all (null), and whether the tasks' due dates too. */
    record CalendarChoice(Lane lane, boolean withTasks) {
    }

    /** Which lane's activities go to the calendar, and whether the due dates do; empty when cancelled. */
    static Optional<CalendarChoice> calendarChoice(ExportViewModel viewModel, Window owner) {
        Messages messages = viewModel.messages();
        Dialog<CalendarChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("export.calendar"));
        ComboBox<Lane> lane = new ComboBox<>();
        lane.getItems().add(null);
        lane.getItems().addAll(viewModel.lanes());
        Named.show(lane, Lane::name, messages.get("export.allLanes"));
        CheckBox withTasks = new CheckBox(messages.get("export.withTasks"));
        withTasks.setId("calendarWithTasks");
        dialog.getDialogPane().setContent(new VBox(6, new Label(messages.get("export.whichLane")), lane, withTasks));
        ButtonType ok = DialogButtons.okCancel(dialog, messages);
        dialog.setResultConverter(button -> button != ok ? null
                : new CalendarChoice(lane.getValue(), withTasks.isSelected()));
        return dialog.showAndWait();
    }

    private static RadioButton radio(String text, ToggleGroup group, boolean selected) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setSelected(selected);
        return button;
    }
}
