package no.cxday.planner.ui.review;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Review;

/**
 * The follow-up pane of review mode (the summary, what worked, learnings, documentation, next
 * year), and the short note of last year's review that a carried-over plan shows while planning.
 */
public final class ReviewView {

    private final ReviewViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox(6);
    private final Label lastYear = new Label();
    private final ListView<String> learnings = new ListView<>();
    private final ListView<String> documentation = new ListView<>();

    public ReviewView(ReviewViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        root.getStyleClass().add("review-view");
        root.setPadding(new Insets(8));

        Label summary = new Label();
        summary.setId("reviewSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryTextProperty());

        TextArea whatWorked = area();
        whatWorked.setId("reviewWhatWorked");
        whatWorked.textProperty().bindBidirectional(viewModel.whatWorkedProperty());
        TextArea nextYear = area();
        nextYear.textProperty().bindBidirectional(viewModel.nextYearProperty());

        learnings.setPrefHeight(80);
        learnings.setCellFactory(l -> new RemovableCell(viewModel::removeLearning, null));
        documentation.setPrefHeight(80);
        documentation.setCellFactory(l -> new RemovableCell(viewModel::removeDocumentation,
                viewModel::openDocumentation));
        viewModel.reviewProperty().addListener((o, before, now) -> showLists(now));
        showLists(viewModel.reviewProperty().get());

        root.getChildren().addAll(summary,
                new Label(messages.get("review.whatWorked")), whatWorked,
                new Label(messages.get("review.learnings")), learnings,
                adder("review.addLearning", viewModel::addLearning),
                new Label(messages.get("review.documentation")), documentation,
                adder("review.addDocumentation", viewModel::addDocumentation),
                new Label(messages.get("review.nextYear")), nextYear);

        lastYear.getStyleClass().add("last-year");
        lastYear.setWrapText(true);
        lastYear.textProperty().bind(viewModel.lastYearTextProperty());
        bindShown(lastYear, lastYear.textProperty().isNotEmpty());
    }

    /** The review pane, shown in review mode. */
    public Parent root() {
        return root;
    }

    /** Last year's review in short, shown while planning a carried-over plan. */
    public Node lastYear() {
        return lastYear;
    }

    private static void bindShown(Node node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private TextArea area() {
        TextArea area = new TextArea();
        area.setPrefRowCount(3);
        area.setPrefColumnCount(14);
        area.setWrapText(true);
        area.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                viewModel.commitTexts();
            }
        });
        return area;
    }

    private void showLists(Review review) {
        learnings.getItems().setAll(review.learnings());
        documentation.getItems().setAll(review.documentation());
    }

    private HBox adder(String promptKey, Consumer<String> add) {
        TextField field = new TextField();
        field.setPromptText(messages.get(promptKey));
        Button button = new Button(messages.get("editor.addTask"));
        Runnable adding = () -> {
            add.accept(field.getText());
            field.clear();
        };
        field.setOnAction(e -> adding.run());
        button.setOnAction(e -> adding.run());
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(4, field, button);
    }

    /** A list entry with a button to remove it and, for documentation, one to open it. */
    private final class RemovableCell extends ListCell<String> {

        private final IntConsumer remove;
        private final Consumer<String> open;

        RemovableCell(IntConsumer remove, Consumer<String> open) {
            this.remove = remove;
            this.open = open;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label text = new Label(item);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(4, text);
            if (open != null) {
                Button openButton = new Button(messages.get("review.open"));
                openButton.setOnAction(e -> open.accept(item));
                row.getChildren().add(openButton);
            }
            int index = getIndex();
            Button removeButton = new Button("×");
            removeButton.setAccessibleText(messages.get("review.remove"));
            removeButton.setOnAction(e -> remove.accept(index));
            row.getChildren().add(removeButton);
            setGraphic(row);
            setText(null);
        }
    }
}
