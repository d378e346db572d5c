package no.cxday.planner.ui.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Subscription;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Task;
import no.cxday.planner.ui.DateField;
import no.cxday.planner.ui.FieldProblems;
import no.cxday.planner.ui.Named;
import no.cxday.planner.ui.PillarMarks;
import org.controlsfx.control.Rating;

/** The form of the selected activity; a field is written to the plan when it loses focus or on Enter. */
public final class ActivityEditorView {

    private final ActivityEditorViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox(6);
    private final TextField title = new TextField();
    private final GridPane form;
    private final FieldProblems problems = new FieldProblems();

    public ActivityEditorView(ActivityEditorViewModel viewModel, Messages messages, BooleanProperty reviewMode) {
        this.viewModel = viewModel;
        this.messages = messages;
        root.getStyleClass().add("activity-editor");
        root.setPadding(new Insets(8));

        Label nothing = new Label(messages.get("editor.nothingSelected"));
        nothing.setWrapText(true);
        nothing.visibleProperty().bind(viewModel.editingProperty().not());
        nothing.managedProperty().bind(nothing.visibleProperty());

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        form.visibleProperty().bind(viewModel.editingProperty());
        form.managedProperty().bind(form.visibleProperty());
        this.form = form;
        int row = 0;
        title.setId("editorTitle");
        title.setPrefColumnCount(14);
        text(title, viewModel.titleProperty());
        form.addRow(row++, label("editor.title"), title);
        form.add(error(viewModel.titleErrorProperty()), 1, row++);
        problems.mark(title, viewModel.titleErrorProperty());

        ComboBox<Lane> lane = new ComboBox<>(viewModel.lanes());
        Named.show(lane, Lane::name, "");
        lane.valueProperty().bindBidirectional(viewModel.laneProperty());
        lane.setOnAction(e -> viewModel.commit());
        form.addRow(row++, label("editor.lane"), lane);

        ComboBox<LocalDate> day = new ComboBox<>(viewModel.days());
        Named.show(day, messages.dates()::day, "");
        day.valueProperty().bindBidirectional(viewModel.dayProperty());
        day.setOnAction(e -> viewModel.commit());
        form.addRow(row++, label("editor.day"), day);

        TextField start = new TextField();
        start.setId("editorStart");
        text(start, viewModel.startProperty());
        TextField end = new TextField();
        end.setId("editorEnd");
        text(end, viewModel.endProperty());
        start.setPrefColumnCount(5);
        end.setPrefColumnCount(5);
        form.addRow(row++, label("editor.time"), new HBox(4, start, new Label("–"), end));
        form.add(error(viewModel.timeErrorProperty()), 1, row++);
        problems.mark(start, viewModel.timeErrorProperty());
        problems.mark(end, viewModel.timeErrorProperty());

        for (Pillar pillar : Pillar.values()) {
            form.addRow(row++, pillarLabel(pillar), weight(pillarProperty(pillar)));
        }
        TextField responsible = new TextField();
        text(responsible, viewModel.responsibleProperty());
        form.addRow(row++, label("editor.responsible"), responsible);
        TextField location = new TextField();
        text(location, viewModel.locationProperty());
        form.addRow(row++, label("editor.location"), location);
        TextArea notes = new TextArea();
        notes.setPrefRowCount(3);
        notes.setPrefColumnCount(14);
        notes.setWrapText(true);
        text(notes, viewModel.notesProperty());
        form.addRow(row++, label("editor.notes"), notes);
        form.add(label("editor.tasks"), 0, row);
        form.add(tasks(), 1, row++);
        row = costs(form, row);
        row = evaluation(form, row, reviewMode);
        GridPane.setHgrow(title, Priority.ALWAYS);
        root.getChildren().addAll(error(viewModel.noticeProperty()), nothing);
        viewModel.editingProperty().addListener((o, was, editing) -> {
            if (editing) {
                attachForm();
            }
        });
        Subscription[] shown = new Subscription[1];
        shown[0] = root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .subscribe(showing -> {
                    if (Boolean.TRUE.equals(showing)) {
                        Platform.runLater(this::attachForm);
                        if (shown[0] != null) {
                            shown[0].unsubscribe();
                        }
                    }
                });
    }

    /**
     * The form joins the window when it is first idle after it showed, or at the first selection if
     * that comes sooner: not during start-up, which would pay its controls' skins and styles before
     * the first window, nor in the first frames of the first drag, whose press selects a block.
     */
    private void attachForm() {
        if (form.getParent() == null) {
            root.getChildren().add(form);
        }
    }

    public Parent root() {
        return root;
    }

    /** Moves the keyboard focus to the editor's first field. */
    public void focus() {
        attachForm();
        title.requestFocus();
        title.selectAll();
    }

    /** How many are expected and what it costs. */
    private int costs(GridPane form, int firstRow) {
        int row = firstRow;
        CostFields costs = viewModel.costs();
        Label heading = new Label(messages.get("editor.costs"));
        heading.getStyleClass().add("pane-heading");
        form.add(heading, 0, row++, 2, 1);
        TextField expected = new TextField();
        expected.setId("editorExpected");
        expected.setPrefColumnCount(6);
        expected.setMaxWidth(Region.USE_PREF_SIZE);
        text(expected, costs.expectedProperty());
        form.addRow(row++, label("editor.expected"), expected);
        form.add(error(costs.expectedErrorProperty()), 1, row++);
        problems.mark(expected, costs.expectedErrorProperty());
        row = amount(form, row, "editor.plannedCost", "editorPlannedCost", costs.plannedProperty(),
                costs.plannedErrorProperty());
        row = amount(form, row, "editor.actualCost", "editorActualCost", costs.actualProperty(),
                costs.actualErrorProperty());
        TextField note = new TextField();
        note.setId("editorCostNote");
        note.setPromptText(messages.get("editor.costNotePrompt"));
        text(note, costs.noteProperty());
        form.addRow(row++, label("editor.costNote"), note);
        return row;
    }

    private int amount(GridPane form, int firstRow, String labelKey, String id, StringProperty value,
            ObservableValue<String> problem) {
        int row = firstRow;
        TextField amount = new TextField();
        amount.setId(id);
        amount.setPrefColumnCount(8);
        text(amount, value);
        Label currency = new Label();
        currency.textProperty().bind(viewModel.currencyProperty());
        HBox field = new HBox(4, amount, currency);
        field.setAlignment(Pos.CENTER_LEFT);
        form.addRow(row++, label(labelKey), field);
        form.add(error(problem), 1, row++);
        problems.mark(amount, problem);
        return row;
    }

    /** The evaluation of the activity, shown in review mode. */
    private int evaluation(GridPane form, int firstRow, BooleanProperty reviewMode) {
        int row = firstRow;
        Label heading = new Label(messages.get("editor.evaluation"));
        heading.getStyleClass().add("pane-heading");
        CheckBox held = new CheckBox(messages.get("editor.held"));
        held.setId("editorHeld");
        held.selectedProperty().bindBidirectional(viewModel.evaluation().heldProperty());
        held.setOnAction(e -> viewModel.commit());
        Node rating = rating(viewModel.evaluation().ratingProperty());
        TextField participants = new TextField();
        participants.setPrefColumnCount(5);
        text(participants, viewModel.evaluation().participantsProperty());
        TextArea notes = new TextArea();
        notes.setPrefRowCount(2);
        notes.setPrefColumnCount(14);
        notes.setWrapText(true);
        text(notes, viewModel.evaluation().notesProperty());
        List<Node> nodes = new ArrayList<>();
        nodes.add(heading);
        form.add(heading, 0, row++, 2, 1);
        for (Node[] pair : new Node[][] {{label("editor.heldLabel"), held}, {label("editor.rating"), rating},
            {label("editor.participants"), participants}}) {
            form.addRow(row++, pair);
            nodes.addAll(List.of(pair));
        }
        Label participantsError = error(viewModel.evaluation().participantsErrorProperty());
        problems.mark(participants, viewModel.evaluation().participantsErrorProperty());
        form.add(participantsError, 1, row++);
        Label notesLabel = label("editor.evaluationNotes");
        form.addRow(row++, notesLabel, notes);
        nodes.addAll(List.of(notesLabel, notes));
        for (Node node : nodes) {
            node.visibleProperty().bind(reviewMode);
            node.managedProperty().bind(reviewMode);
        }
        return row;
    }

    /**
     * ControlsFX's stars for the rating 1 to 5, and a button for none; a click is one edit. The
     * timeline's keys 1–5 and 0 rate the selected block from the keyboard.
     */
    private Node rating(ObjectProperty<Integer> value) {
        Rating stars = new Rating(5);
        stars.setId("editorRating");
        stars.setPartialRating(false);
        stars.setUpdateOnHover(false);
        stars.setAccessibleText(messages.get("editor.rating"));
        value.subscribe(now -> stars.setRating(now == null ? 0 : now));
        stars.ratingProperty().addListener((o, was, now) -> {
            Integer chosen = now.intValue() == 0 ? null : (int) Math.round(now.doubleValue());
            if (!Objects.equals(chosen, value.get())) {
                value.set(chosen);
                viewModel.commit();
            }
        });
        Button none = new Button("✕");
        none.setId("editorNoRating");
        none.setMinWidth(Region.USE_PREF_SIZE);
        none.setTooltip(new Tooltip(messages.get("editor.noRating")));
        none.setAccessibleText(messages.get("editor.noRating"));
        none.disableProperty().bind(value.isNull());
        none.setOnAction(e -> {
            value.set(null);
            viewModel.commit();
        });
        HBox box = new HBox(6, stars, none);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private IntegerProperty pillarProperty(Pillar pillar) {
        return switch (pillar) {
            case ANERKJENNELSE -> viewModel.anerkjennelseProperty();
            case LAERING -> viewModel.laeringProperty();
            case ENGASJEMENT -> viewModel.engasjementProperty();
        };
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Node pillarLabel(Pillar pillar) {
        HBox box = new HBox(4, PillarMarks.mark(pillar, 10), label("pillar." + pillar.key()));
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static Label error(ObservableValue<String> text) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(text);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    /** Binds a text field to the view model and commits on Enter (for a one-line field) and on focus loss. */
    private void text(TextInputControl field, StringProperty property) {
        field.textProperty().bindBidirectional(property);
        if (field instanceof TextField line) {
            line.setOnAction(e -> viewModel.commit());
        }
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                viewModel.commit();
            }
        });
    }

    private Spinner<Integer> weight(IntegerProperty property) {
        Spinner<Integer> spinner = new Spinner<>(Pillars.MIN, Pillars.MAX, property.get());
        spinner.setPrefWidth(70);
        property.addListener((o, was, now) -> spinner.getValueFactory().setValue(now.intValue()));
        spinner.valueProperty().addListener((o, was, now) -> {
            if (now != property.get()) {
                property.set(now);
                viewModel.commit();
            }
        });
        return spinner;
    }

    private Node tasks() {
        ListView<Task> list = new ListView<>(viewModel.tasks());
        list.setPrefHeight(90);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Task task, boolean empty) {
                super.updateItem(task, empty);
                if (empty || task == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                int index = getIndex();
                CheckBox done = new CheckBox(task.due() == null ? task.text()
                        : task.text() + " (" + messages.dates().date(task.due()) + ")");
                done.setSelected(task.done());
                done.setOnAction(e -> viewModel.setTaskDone(index, done.isSelected()));
                Button remove = new Button("×");
                remove.getStyleClass().add("remove-task");
                remove.setAccessibleText(messages.get("editor.removeTask"));
                remove.setOnAction(e -> viewModel.removeTask(index));
                HBox row = new HBox(4, done, remove);
                HBox.setHgrow(done, Priority.ALWAYS);
                done.setMaxWidth(Double.MAX_VALUE);
                setGraphic(row);
            }
        });
        TextField text = new TextField();
        text.setId("editorNewTask");
        text.setPromptText(messages.get("editor.newTask"));
        text.textProperty().bindBidirectional(viewModel.newTaskProperty());
        DateField due = new DateField(messages.dates(), viewModel.newTaskDueProperty(), viewModel.cxDayProperty());
        due.setId("editorNewTaskDue");
        due.setPromptText(messages.get("editor.due"));
        Button add = new Button(messages.get("editor.addTask"));
        add.setId("editorAddTask");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> viewModel.addTask());
        text.setOnAction(e -> viewModel.addTask());
        HBox.setHgrow(due, Priority.ALWAYS);
        due.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, list, text, new HBox(4, due, add), error(viewModel.taskErrorProperty()));
    }
}
