package no.cxday.planner.ui.preparation;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.ui.preparation.PreparationViewModel.Row;

/**
 * The preparation list: the count of what is done, the filters, every task in a table that is
 * edited in place, and a line to add a task to an activity.
 */
public final class PreparationView {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    /** The filters' choice of every owner or activity, which the view model knows as null. */
    private static final String ALL = "";

    private final VBox root = new VBox(8);
    private final PreparationViewModel viewModel;
    private final Messages messages;
    private final TableView<Row> table = new TableView<>();
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");

    public PreparationView(PreparationViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        root.getStyleClass().add("preparation-view");
        root.setPadding(new Insets(8));
        Label summary = new Label();
        summary.setId("preparationSummary");
        summary.getStyleClass().add("pane-heading");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(summary, filters(), table, error, adder());
    }

    public Parent root() {
        return root;
    }

    /** True for a plan that can only be read: the list is shown, but nothing in it can be changed. */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** Whether the list is on screen: it is brought up to date only while it is. */
    public BooleanProperty shownProperty() {
        return viewModel.shownProperty();
    }

    public void focus() {
        table.requestFocus();
    }

    private FlowPane filters() {
        ComboBox<PreparationViewModel.Sort> sort = new ComboBox<>();
        sort.setId("preparationSort");
        sort.getItems().setAll(PreparationViewModel.Sort.values());
        sort.setConverter(names(s -> messages.get(s.key)));
        sort.valueProperty().bindBidirectional(viewModel.sortProperty());
        ComboBox<PreparationViewModel.State> state = new ComboBox<>();
        state.setId("preparationState");
        state.getItems().setAll(PreparationViewModel.State.values());
        state.setConverter(names(s -> messages.get(s.key)));
        state.valueProperty().bindBidirectional(viewModel.stateProperty());
        ComboBox<String> owner = choice(viewModel.owners(), viewModel.ownerProperty(), name -> name,
                messages.get("prep.owner.all"));
        owner.setId("preparationOwner");
        ComboBox<String> activity = choice(viewModel.activities(), viewModel.activityProperty(),
                viewModel::activityName, messages.get("prep.activity.all"));
        activity.setId("preparationActivity");
        activity.setPrefWidth(220);
        Label sortLabel = new Label(messages.get("prep.sort"));
        sortLabel.setLabelFor(sort);
        FlowPane filters = new FlowPane(8, 6, sortLabel, sort, owner, activity, state);
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    /** A filter of the values in {@code source}, with a first choice for all of them. */
    private ComboBox<String> choice(ObservableList<String> source, ObjectProperty<String> target,
            Function<String, String> name, String allText) {
        ComboBox<String> box = new ComboBox<>();
        box.setConverter(names(value -> value.equals(ALL) ? allText : name.apply(value)));
        Runnable fill = () -> {
            String chosen = target.get();
            box.getItems().setAll(ALL);
            box.getItems().addAll(source);
            box.setValue(chosen == null || !source.contains(chosen) ? ALL : chosen);
        };
        fill.run();
        source.subscribe(fill);
        target.subscribe(now -> box.setValue(now == null ? ALL : now));
        box.valueProperty().subscribe(now -> target.set(now == null || now.equals(ALL) ? null : now));
        return box;
    }

    private static <T> StringConverter<T> names(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private void buildTable() {
        table.setId("preparationTable");
        table.getStyleClass().add("preparation-table");
        table.setItems(viewModel.rows());
        table.editableProperty().bind(readOnly.not());
        table.setPlaceholder(new Label(messages.get("prep.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Row, Boolean> done = new TableColumn<>(messages.get("prep.column.done"));
        done.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().done()));
        done.setCellFactory(c -> new DoneCell());
        done.setMinWidth(56);
        done.setMaxWidth(70);
        TableColumn<Row, String> text = editable("prep.column.text", Row::text, viewModel::editText);
        text.setPrefWidth(240);
        TableColumn<Row, String> activity = column("prep.column.activity", Row::activity);
        activity.setPrefWidth(190);
        activity.setCellFactory(c -> new TableCell<>() {
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
                whole.setText(name);
                setTooltip(empty ? null : whole);
            }
        });
        TableColumn<Row, String> owner = editable("prep.column.owner", Row::owner, viewModel::editOwner);
        owner.setPrefWidth(80);
        TableColumn<Row, String> due = editable("prep.column.due", Row::due, viewModel::editDue);
        due.setCellFactory(c -> new DueCell());
        due.setMinWidth(124);
        table.getColumns().setAll(List.of(done, text, activity, owner, due));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(OVERDUE, !empty && row != null && row.overdue());
            }
        });
        table.setOnKeyPressed(e -> {
            Row selected = table.getSelectionModel().getSelectedItem();
            if (selected == null || table.getEditingCell() != null || readOnly.get()) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                viewModel.remove(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE) {
                viewModel.setDone(selected, !selected.done());
                e.consume();
            }
        });
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /**
     * A column typed into; what the view model refuses is put back as it was. The table takes the
     * focus back, which the edit's rebuilt rows would otherwise send out of it.
     */
    private TableColumn<Row, String> editable(String key, Function<Row, String> value, Edit edit) {
        TableColumn<Row, String> column = column(key, value);
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            if (!edit.apply(e.getRowValue(), e.getNewValue())) {
                table.refresh();
            }
            table.requestFocus();
        });
        return column;
    }

    /** A due date typed in place, with the sign of an overdue task beside it, which reads in greyscale too. */
    private final class DueCell extends TextFieldTableCell<Row, String> {
        private final Label sign = new Label(messages.get("prep.overdueSign"));
        private final Tooltip overdue = new Tooltip(messages.get("prep.overdue"));

        DueCell() {
            super(new DefaultStringConverter());
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(6);
            sign.getStyleClass().add("overdue-sign");
        }

        @Override
        public void updateItem(String due, boolean empty) {
            super.updateItem(due, empty);
            Row row = empty ? null : getTableRow().getItem();
            if (row != null && row.overdue() && !isEditing()) {
                setGraphic(sign);
                setTooltip(overdue);
            } else if (!isEditing()) {
                setGraphic(null);
                setTooltip(null);
            }
        }
    }

    private interface Edit {
        boolean apply(Row row, String typed);
    }

    private void removeSelected() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.remove(row);
        }
    }

    private HBox adder() {
        ComboBox<String> activity = new ComboBox<>(viewModel.activities());
        activity.setId("preparationNewActivity");
        activity.setPromptText(messages.get("prep.column.activity"));
        activity.setConverter(names(viewModel::activityName));
        activity.setPrefWidth(220);
        TextField text = new TextField();
        text.setId("preparationNewTask");
        text.setPromptText(messages.get("editor.newTask"));
        HBox.setHgrow(text, Priority.ALWAYS);
        TextField due = new TextField();
        due.setPromptText(messages.get("editor.due"));
        due.setPrefColumnCount(8);
        Button add = new Button(messages.get("editor.addTask"));
        Runnable adding = () -> {
            if (viewModel.addTask(activity.getValue(), text.getText(), due.getText())) {
                text.clear();
                due.clear();
            }
        };
        add.setOnAction(e -> adding.run());
        text.setOnAction(e -> adding.run());
        due.setOnAction(e -> adding.run());
        Button remove = new Button(messages.get("prep.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeSelected());
        add.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        due.setMinWidth(Region.USE_PREF_SIZE);
        HBox adder = new HBox(8, activity, text, due, add, remove);
        adder.disableProperty().bind(readOnly);
        adder.setAlignment(Pos.CENTER_LEFT);
        return adder;
    }

    /**
     * The tick of one task; ticking it is one edit of the plan. The box takes no focus: the edit
     * rebuilds the rows, and a focused box that left the scene would send the focus elsewhere.
     */
    private final class DoneCell extends TableCell<Row, Boolean> {
        private final CheckBox box = new CheckBox();

        DoneCell() {
            box.getStyleClass().add("task-done");
            box.setFocusTraversable(false);
            box.disableProperty().bind(readOnly);
            box.setOnAction(e -> {
                Row row = getTableRow().getItem();
                if (row != null) {
                    table.requestFocus();
                    table.getSelectionModel().select(getIndex());
                    viewModel.setDone(row, box.isSelected());
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Boolean done, boolean empty) {
            super.updateItem(done, empty);
            setGraphic(empty || done == null ? null : box);
            box.setSelected(Boolean.TRUE.equals(done));
        }
    }
}
