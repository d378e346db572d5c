package no.cxday.planner.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.merge.Side;

/**
 * "Slå sammen": each conflict of the merge on a row, in words, with the value here and the value
 * in the file to pick from, and buttons that pick the same side for all. OK is open once every
 * conflict has its side.
 */
final class MergeDialog {

    private static final double WHAT_WIDTH = 260;
    private static final double VALUE_WIDTH = 200;

    private MergeDialog() {
    }

    static Optional<List<Side>> ask(Messages messages, String fileName, List<DialogService.ConflictInWords> conflicts,
            Window owner) {
        Dialog<List<Side>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("changed.merge"));
        Label intro = new Label(messages.format("merge.intro", fileName));
        intro.setWrapText(true);
        intro.setMaxWidth(WHAT_WIDTH + 2 * VALUE_WIDTH);
        GridPane rows = new GridPane();
        rows.getStyleClass().add("merge-conflicts");
        rows.setHgap(12);
        rows.setVgap(6);
        rows.addRow(0, heading(messages.get("merge.what")), heading(messages.get("merge.mine")),
                heading(messages.get("merge.theirs")));
        List<ToggleGroup> groups = new ArrayList<>();
        List<RadioButton> mine = new ArrayList<>();
        List<RadioButton> theirs = new ArrayList<>();
        for (int i = 0; i < conflicts.size(); i++) {
            DialogService.ConflictInWords conflict = conflicts.get(i);
            ToggleGroup group = new ToggleGroup();
            mine.add(choice(conflict.mine(), group, "mine-" + i));
            theirs.add(choice(conflict.theirs(), group, "theirs-" + i));
            Label what = new Label(conflict.what());
            what.setWrapText(true);
            what.setMaxWidth(WHAT_WIDTH);
            rows.addRow(i + 1, what, mine.get(i), theirs.get(i));
            groups.add(group);
        }
        Button allMine = new Button(messages.get("merge.allMine"));
        allMine.setId("allMine");
        allMine.setOnAction(e -> mine.forEach(button -> button.setSelected(true)));
        Button allTheirs = new Button(messages.get("merge.allTheirs"));
        allTheirs.setId("allTheirs");
        allTheirs.setOnAction(e -> theirs.forEach(button -> button.setSelected(true)));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 40 + 36.0 * conflicts.size()));
        dialog.getDialogPane().setContent(new VBox(10, intro, new HBox(8, allMine, allTheirs), scroll));
        ButtonType ok = DialogButtons.okCancel(dialog, messages);
        BooleanBinding unpicked = Bindings.createBooleanBinding(
                () -> groups.stream().anyMatch(group -> group.getSelectedToggle() == null),
                groups.stream().map(ToggleGroup::selectedToggleProperty).toArray(Observable[]::new));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(unpicked);
        dialog.setResultConverter(button -> button != ok ? null
                : mine.stream().map(here -> here.isSelected() ? Side.MINE : Side.THEIRS).toList());
        return dialog.showAndWait();
    }

    private static Node heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("merge-heading");
        return label;
    }

    private static RadioButton choice(String value, ToggleGroup group, String id) {
        RadioButton button = new RadioButton(value);
        button.setToggleGroup(group);
        button.setId(id);
        button.setWrapText(true);
        button.setMaxWidth(VALUE_WIDTH);
        return button;
    }
}
