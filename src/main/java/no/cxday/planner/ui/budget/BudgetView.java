package no.cxday.planner.ui.budget;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.cxday.planner.i18n.Messages;

/** The plan's costs under the gauge: planned against the budget, and in review mode what it came to. */
public final class BudgetView {

    private final VBox root = new VBox(4);

    public BudgetView(BudgetViewModel viewModel, Messages messages) {
        root.getStyleClass().add("budget");
        root.setPadding(new Insets(4, 8, 4, 8));
        Label planned = line(viewModel.plannedProperty());
        planned.setId("budgetPlanned");
        ProgressBar share = new ProgressBar();
        share.setMaxWidth(Double.MAX_VALUE);
        share.progressProperty().bind(viewModel.shareProperty());
        share.setAccessibleText(messages.get("budget.heading"));
        share.visibleProperty().bind(viewModel.budgetSetProperty());
        share.managedProperty().bind(share.visibleProperty());
        Label over = line(viewModel.overProperty());
        over.setId("budgetOver");
        over.getStyleClass().add("over-budget");
        viewModel.overBudgetProperty().subscribe(isOver -> {
            share.getStyleClass().remove("over-budget");
            if (isOver) {
                share.getStyleClass().add("over-budget");
            }
        });
        Label actual = line(viewModel.actualProperty());
        actual.setId("budgetActual");
        Label perHeading = new Label(messages.get("budget.perParticipantHeading"));
        perHeading.getStyleClass().add("budget-subheading");
        VBox perParticipant = new VBox(2);
        perParticipant.setId("budgetPerParticipant");
        viewModel.perParticipantProperty().subscribe(rows -> {
            perParticipant.getChildren().setAll(rows.stream().map(row -> {
                Label label = new Label(messages.format("budget.row", row.title(), row.cost()));
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                return label;
            }).toList());
            perHeading.setVisible(!rows.isEmpty());
            perHeading.setManaged(!rows.isEmpty());
        });
        root.getChildren().addAll(planned, share, over, actual, perHeading, perParticipant);
    }

    public Parent root() {
        return root;
    }

    /** A line that wraps and takes no room while it is empty. */
    private static Label line(ObservableValue<String> text) {
        Label label = new Label();
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
