package no.cxday.planner.ui.ideas;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.ui.DialogButtons;
import no.cxday.planner.ui.Named;

/**
 * Asks for an idea of the coordinator's own, new or one to change; the view model checks it before
 * it is added or changed.
 */
final class CustomIdeaDialog {

    /** What the form shows for a new idea. */
    private static final Idea NEW = new Idea("", Category.EGNE, "", "", new Pillars(1, 1, 1), 60, Audience.ANSATTE,
            List.of(), Extras.NONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();

    /** @param editing the plan's own idea to change, or null for a new one */
    CustomIdeaDialog(IdeaBrowserViewModel viewModel, Window owner, Idea editing) {
        Messages messages = viewModel.messages();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(editing == null ? "ideas.custom" : "ideas.editTitle"));
        Idea shown = editing == null ? NEW : editing;
        TextField title = new TextField(shown.title());
        title.setId("customIdeaTitle");
        TextArea summary = new TextArea(shown.summary());
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        Spinner<Integer> a = new Spinner<>(Pillars.MIN, Pillars.MAX, shown.pillars().anerkjennelse());
        Spinner<Integer> l = new Spinner<>(Pillars.MIN, Pillars.MAX, shown.pillars().laering());
        Spinner<Integer> e = new Spinner<>(Pillars.MIN, Pillars.MAX, shown.pillars().engasjement());
        Spinner<Integer> minutes = new Spinner<>(Idea.MIN_DURATION, Idea.MAX_DURATION, shown.durationMinutes(), 15);
        minutes.setEditable(true);
        ComboBox<Audience> audience = new ComboBox<>();
        audience.getItems().addAll(Arrays.asList(Audience.values()));
        audience.setValue(shown.audience());
        Named.show(audience, value -> messages.get("audience." + value.key()), "");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("idea.field.title")), title);
        form.addRow(1, new Label(messages.get("idea.field.summary")), summary);
        form.addRow(2, new Label(messages.get("pillar.anerkjennelse")), a);
        form.addRow(3, new Label(messages.get("pillar.laering")), l);
        form.addRow(4, new Label(messages.get("pillar.engasjement")), e);
        form.addRow(5, new Label(messages.get("idea.field.minutes")), minutes);
        form.addRow(6, new Label(messages.get("idea.field.audience")), audience);
        form.add(error, 1, 7);
        dialog.getDialogPane().setContent(form);
        ButtonType ok = DialogButtons.okCancel(dialog, messages);
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            Pillars pillars = new Pillars(a.getValue(), l.getValue(), e.getValue());
            Optional<String> problem = editing == null
                    ? viewModel.addCustomIdea(title.getText(), summary.getText(), pillars, minutes.getValue(),
                            audience.getValue())
                    : viewModel.editCustomIdea(editing, title.getText(), summary.getText(), pillars,
                            minutes.getValue(), audience.getValue());
            problem.ifPresent(text -> {
                error.setText(text);
                event.consume();
            });
        });
    }

    /** Waits for OK, which adds or changes the idea, or Avbryt. */
    void showAndWait() {
        dialog.showAndWait();
    }
}
