package no.cxday.planner.ui.ideas;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.IdeaRecord;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.ui.IdeaDrag;
import no.cxday.planner.ui.Named;
import no.cxday.planner.ui.PillarMarks;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The idea bank by category, with search and filters; an idea is dragged from here onto the timeline,
 * or added with Enter or the cell's menu.
 */
public final class IdeaBrowserView {

    private final IdeaBrowserViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox(6);
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final Label detailTitle = new Label();
    private Consumer<Idea> onAdd = idea -> { };
    private final Label detailSummary = new Label();
    private final Label detailFacts = new Label();
    private final HBox detailMarks = new HBox(2);

    public IdeaBrowserView(IdeaBrowserViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        root.getStyleClass().add("idea-browser");
        root.setPadding(new Insets(8));

        TextField search = TextFields.createClearableTextField();
        search.setId("ideaSearch");
        search.setPromptText(messages.get("ideas.search"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());

        CheckComboBox<Category> categories = choices(Arrays.asList(Category.values()),
                c -> messages.get("category." + c.key()), viewModel.categories(), "ideas.allCategories",
                "ideas.categoriesChosen");
        categories.setId("ideaCategories");
        CheckComboBox<Pillar> pillars = choices(Arrays.asList(Pillar.values()), p -> messages.get("pillar." + p.key()),
                viewModel.pillars(), "ideas.allPillars", "ideas.pillarsChosen");
        pillars.setId("ideaPillars");
        ComboBox<Audience> audience = filter(Arrays.asList(Audience.values()),
                a -> messages.get("audience." + a.key()), "ideas.allAudiences");
        audience.valueProperty().bindBidirectional(viewModel.audienceProperty());

        tree.setId("ideaTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new IdeaCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, item) ->
                viewModel.selectedProperty().set(item != null && item.getValue() instanceof Idea idea ? idea : null));
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && viewModel.selectedProperty().get() != null) {
                onAdd.accept(viewModel.selectedProperty().get());
                e.consume();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        viewModel.groupsProperty().addListener((o, before, now) -> fillTree());
        viewModel.usesProperty().addListener((o, before, now) -> {
            tree.refresh();
            showDetail();
        });
        viewModel.recordsProperty().addListener((o, before, now) -> {
            tree.refresh();
            showDetail();
        });
        fillTree();

        VBox detail = new VBox(3, detailTitle, detailSummary, detailMarks, detailFacts);
        detail.getStyleClass().add("idea-detail");
        detailTitle.getStyleClass().add("idea-detail-title");
        detailSummary.setWrapText(true);
        detailFacts.setWrapText(true);
        viewModel.selectedProperty().addListener(o -> showDetail());
        showDetail();

        CheckBox byRecord = new CheckBox(messages.get("ideas.sortRecord"));
        byRecord.setId("ideaSortByRecord");
        byRecord.selectedProperty().bindBidirectional(viewModel.sortByRecordProperty());
        byRecord.visibleProperty().bind(viewModel.hasHistoryProperty());
        byRecord.managedProperty().bind(viewModel.hasHistoryProperty());

        Button custom = new Button(messages.get("ideas.custom"));
        custom.setId("customIdea");
        custom.setMaxWidth(Double.MAX_VALUE);
        custom.setOnAction(e -> new CustomIdeaDialog(viewModel, root.getScene().getWindow(), null).showAndWait());

        root.getChildren().addAll(heading(messages.get("ideas.heading")), search, categories, pillars, audience,
                byRecord, tree, detail, custom);
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("pane-heading");
        return label;
    }

    public Parent root() {
        return root;
    }

    /** What Enter on an idea, or its menu's "add to the plan", does with it. */
    public void onAdd(Consumer<Idea> action) {
        onAdd = action;
    }

    private <T> ComboBox<T> filter(List<T> values, Function<T, String> name, String allKey) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        Named.show(box, name, messages.get(allKey));
        box.setPromptText(messages.get(allKey));
        return box;
    }

    /**
     * A multi-choice filter that keeps {@code chosen} to what is ticked; its title names the one
     * choice, counts several, or says that every one is shown.
     */
    private <T> CheckComboBox<T> choices(List<T> values, Function<T, String> name, ObservableList<T> chosen,
            String allKey, String countKey) {
        CheckComboBox<T> box = new CheckComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        ObservableList<T> checked = box.getCheckModel().getCheckedItems();
        Runnable follow = () -> {
            chosen.setAll(values.stream().filter(checked::contains).toList());
            box.setTitle(checked.isEmpty() ? messages.get(allKey) : checked.size() == 1 ? name.apply(checked.get(0))
                    : messages.format(countKey, checked.size()));
        };
        checked.addListener((ListChangeListener<T>) change -> follow.run());
        follow.run();
        return box;
    }

    private void fillTree() {
        TreeItem<Object> rootItem = tree.getRoot();
        rootItem.getChildren().clear();
        for (IdeaBrowserViewModel.Group group : viewModel.groupsProperty().get()) {
            TreeItem<Object> heading = new TreeItem<>(group.category());
            heading.setExpanded(true);
            group.ideas().forEach(idea -> heading.getChildren().add(new TreeItem<>(idea)));
            rootItem.getChildren().add(heading);
        }
    }

    private void showDetail() {
        Idea idea = viewModel.selectedProperty().get();
        boolean shown = idea != null;
        detailTitle.setText(shown ? idea.title() : messages.get("ideas.none"));
        detailSummary.setText(shown ? idea.summary() : messages.get("ideas.hint"));
        detailMarks.getChildren().setAll(shown ? PillarMarks.of(idea.pillars()) : List.of());
        String facts = shown ? messages.format("ideas.facts", idea.durationMinutes(),
                messages.get("audience." + idea.audience().key()), viewModel.usesInWords(idea)) : "";
        detailFacts.setText(shown ? viewModel.record(idea).map(r -> facts + "\n" + viewModel.recordSentence(r))
                .orElse(facts) : facts);
    }

    /**
     * A category heading, or an idea that can be dragged onto the timeline; the menu of one of the
     * plan's own ideas also edits and removes it.
     */
    private final class IdeaCell extends TreeCell<Object> {

        private final MenuItem edit = new MenuItem(messages.get("ideas.edit"));
        private final MenuItem remove = new MenuItem(messages.get("ideas.remove"));
        private final SeparatorMenuItem ownIdea = new SeparatorMenuItem();
        private final ContextMenu menu;
        /** The whole name (and an idea's summary) on hover: one tooltip a cell, its text set on each update. */
        private final Tooltip whole = new Tooltip();

        IdeaCell() {
            whole.setWrapText(true);
            whole.setMaxWidth(360);
            MenuItem add = new MenuItem(messages.get("ideas.add"));
            add.setOnAction(e -> {
                if (getItem() instanceof Idea idea) {
                    onAdd.accept(idea);
                }
            });
            edit.setId("ideaEdit");
            edit.setOnAction(e -> {
                if (getItem() instanceof Idea idea) {
                    new CustomIdeaDialog(viewModel, getScene().getWindow(), idea).showAndWait();
                }
            });
            remove.setId("ideaRemove");
            remove.setOnAction(e -> {
                if (getItem() instanceof Idea idea) {
                    viewModel.removeCustomIdea(idea);
                }
            });
            menu = new ContextMenu(add, ownIdea, edit, remove);
            setOnDragDetected(e -> {
                if (getItem() instanceof Idea idea) {
                    IdeaDrag.start(this, idea);
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("category-cell", "idea-cell");
            setContextMenu(item instanceof Idea && !empty ? menu : null);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
            } else if (item instanceof Category category) {
                getStyleClass().add("category-cell");
                setText(messages.get("category." + category.key()));
                setGraphic(null);
                whole.setText(getText());
                setTooltip(whole);
            } else if (item instanceof Idea idea) {
                getStyleClass().add("idea-cell");
                setText(idea.title());
                HBox marks = new HBox(2);
                marks.getChildren().setAll(PillarMarks.of(idea.pillars()));
                marks.setMinWidth(Region.USE_PREF_SIZE);
                HBox graphic = new HBox(4, marks);
                long uses = viewModel.usesInPlan(idea);
                if (uses > 0) {
                    graphic.getChildren().add(usesBadge(uses));
                }
                viewModel.record(idea).ifPresent(record -> graphic.getChildren().add(recordBadge(record)));
                boolean custom = viewModel.isCustom(idea);
                ownIdea.setVisible(custom);
                edit.setVisible(custom);
                remove.setVisible(custom);
                setGraphic(graphic);
                whole.setText(idea.title() + "\n" + idea.summary());
                setTooltip(whole);
                setAccessibleText(messages.format("ideas.accessible", idea.title(),
                        PillarMarks.describe(idea.pillars(), messages), uses, idea.summary()));
            }
        }

        private Label recordBadge(IdeaRecord record) {
            Label label = new Label(viewModel.recordBadge(record));
            label.getStyleClass().add("idea-record");
            label.setMinWidth(Region.USE_PREF_SIZE);
            String sentence = viewModel.recordSentence(record);
            label.setAccessibleText(sentence);
            label.setTooltip(new Tooltip(sentence));
            return label;
        }

        private Label usesBadge(long uses) {
            Label badge = new Label(uses + "×");
            badge.getStyleClass().add("uses-badge");
            return badge;
        }
    }
}
