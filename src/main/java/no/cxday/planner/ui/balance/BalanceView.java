package no.cxday.planner.ui.balance;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Idea;
import no.cxday.planner.ui.IdeaDrag;
import no.cxday.planner.ui.PillarMarks;

/** The balance gauge and, when a pillar is missing, ideas that would fill it, ready to drag in. */
public final class BalanceView {

    private final VBox root = new VBox(6);
    private final VBox suggestions = new VBox(4);
    private final Label suggestionsHeading;
    private final Subscription subscription;

    public BalanceView(BalanceViewModel viewModel, Messages messages) {
        root.getStyleClass().add("balance-view");
        root.setPadding(new Insets(8));
        BalanceGauge gauge = new BalanceGauge(messages);
        gauge.setId("balanceGauge");
        gauge.balanceProperty().bind(viewModel.balanceProperty());
        gauge.previewProperty().bind(viewModel.previewProperty());
        Label heading = new Label(messages.get("balance.heading"));
        heading.getStyleClass().add("pane-heading");
        suggestionsHeading = new Label(messages.get("balance.suggestions"));
        suggestionsHeading.getStyleClass().add("suggestions-heading");
        suggestionsHeading.setWrapText(true);
        suggestions.setId("suggestions");
        subscription = viewModel.suggestionsProperty().subscribe(this::showSuggestions);
        Label comparison = new Label();
        comparison.setId("mixComparison");
        comparison.getStyleClass().add("mix-comparison");
        comparison.textProperty().bind(viewModel.comparisonProperty());
        comparison.visibleProperty().bind(comparison.textProperty().isNotEmpty());
        comparison.managedProperty().bind(comparison.visibleProperty());
        root.getChildren().addAll(heading, gauge, comparison, suggestionsHeading, suggestions);
    }

    public Parent root() {
        return root;
    }

    /** Stops showing the suggestions: the window that showed this view was built anew or closed. */
    public void close() {
        subscription.unsubscribe();
    }

    private void showSuggestions(List<Idea> ideas) {
        suggestionsHeading.setVisible(!ideas.isEmpty());
        suggestionsHeading.setManaged(!ideas.isEmpty());
        suggestions.getChildren().setAll(ideas.stream().map(BalanceView::chip).toList());
    }

    private static HBox chip(Idea idea) {
        HBox marks = new HBox(2);
        marks.getChildren().setAll(PillarMarks.of(idea.pillars()));
        Label title = new Label(idea.title());
        HBox chip = new HBox(6, marks, title);
        chip.getStyleClass().add("suggestion-chip");
        chip.setOnDragDetected(e -> {
            IdeaDrag.start(chip, idea);
            e.consume();
        });
        return chip;
    }
}
