package no.cxday.planner.ui.main;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.ui.Theme;
import no.cxday.planner.ui.balance.BalanceView;
import no.cxday.planner.ui.budget.BudgetView;
import no.cxday.planner.ui.editor.ActivityEditorView;
import no.cxday.planner.ui.export.ExportView;
import no.cxday.planner.ui.history.HistoryView;
import no.cxday.planner.ui.ideas.IdeaBrowserView;
import no.cxday.planner.ui.preparation.PreparationView;
import no.cxday.planner.ui.review.ReviewView;
import no.cxday.planner.ui.timeline.LaneMenuItems;
import no.cxday.planner.ui.timeline.TimelineView;
import no.cxday.planner.ui.timeline.TimelineViewModel;

/**
 * The main window: the menus, and three panes side by side: the idea browser, the timeline (or, on
 * the other tabs, the preparation list and the years side by side), and the balance gauge above the
 * editor of the selected activity.
 */
public final class MainView {

    private final BorderPane root = new BorderPane();
    private final MainViewModel viewModel;
    private final Messages messages;
    private final Menu recentMenu;
    private final TabPane centre = new TabPane();
    /** What this view listens to in the window's state, which outlives it; ended by {@link #close()}. */
    private Subscription subscriptions = Subscription.EMPTY;

    /**
     * @param panes      the idea browser, the timeline and the right-hand panes, in that order
     * @param onQuit     closes the window (after the view model agreed)
     * @param onLanguage switches the whole window to another language
     * @param selected   the id of the selected activity, whose editor is then shown
     */
    public MainView(MainViewModel viewModel, Messages messages, Panes panes, Runnable onQuit,
            Consumer<Language> onLanguage, ObjectProperty<Theme> theme, ObservableValue<String> selected) {
        this.viewModel = viewModel;
        this.messages = messages;
        root.getStyleClass().add("main-view");
        recentMenu = new Menu(messages.get("menu.file.recent"));
        recentMenu.setId("menuRecent");
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        Label readOnly = new Label();
        readOnly.setId("readOnlyBanner");
        readOnly.getStyleClass().add("read-only-banner");
        readOnly.setWrapText(true);
        readOnly.setMaxWidth(Double.MAX_VALUE);
        readOnly.textProperty().bind(viewModel.readOnlyReasonProperty());
        readOnly.visibleProperty().bind(readOnly.textProperty().isNotEmpty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        root.setTop(new VBox(new MenuBar(fileMenu(panes.export(), onQuit), editMenu(), planMenu(panes),
                viewMenu(onLanguage, theme, panes), helpMenu()), readOnly, changedOnDiskBanner()));
        // The document takes no edit of such a plan; its forms are shut so that nothing typed seems kept.
        panes.editor().root().disableProperty().bind(viewModel.readOnlyProperty());
        panes.preparation().readOnlyProperty().bind(viewModel.readOnlyProperty());
        panes.review().root().disableProperty().bind(viewModel.readOnlyProperty());
        panes.ideas().root().lookup("#customIdea").disableProperty().bind(viewModel.readOnlyProperty());
        RightPane right = new RightPane(panes, messages, viewModel.reviewModeProperty(), selected);
        subscriptions = subscriptions.and(right::close);
        Tab timelineTab = new Tab(messages.get("menu.view.timeline"), panes.timeline().root());
        timelineTab.setId("timelineTab");
        Tab preparationTab = new Tab(messages.get("menu.view.preparation"), panes.preparation().root());
        preparationTab.setId("preparationTab");
        Tab historyTab = new Tab(messages.get("menu.view.history"), panes.history().root());
        historyTab.setId("historyTab");
        centre.getTabs().setAll(timelineTab, preparationTab, historyTab);
        panes.preparation().shownProperty().bind(preparationTab.selectedProperty());
        panes.history().shownProperty().bind(historyTab.selectedProperty());
        centre.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(panes.ideas().root(), centre, right.root());
        split.setDividerPositions(0.22, 0.72);
        SplitPane.setResizableWithParent(panes.ideas().root(), false);
        SplitPane.setResizableWithParent(right.root(), false);
        root.setCenter(split);
    }

    /** Another program saved the plan's file: says so and when, with a button that loads or merges it. */
    private HBox changedOnDiskBanner() {
        Label text = new Label();
        text.setId("changedOnDiskText");
        text.setWrapText(true);
        text.textProperty().bind(viewModel.changedOnDiskProperty());
        Button action = new Button();
        action.setId("changedOnDiskAction");
        action.textProperty().bind(viewModel.changedOnDiskActionProperty());
        action.setOnAction(e -> viewModel.takeInChangesOnDisk());
        HBox banner = new HBox(12, text, action);
        banner.setId("changedOnDiskBanner");
        banner.getStyleClass().add("changed-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(text.textProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** The panes the window holds, made by the features that own them. */
    public record Panes(IdeaBrowserView ideas, TimelineView timeline, BalanceView balance, ReviewView review,
            ActivityEditorView editor, ExportView export, TimelineViewModel lanes, PreparationView preparation,
            BudgetView budget, HistoryView history) {
    }

    public Parent root() {
        return root;
    }

    /** Stops following the window's state: this view was replaced or the window closed. */
    public void close() {
        subscriptions.unsubscribe();
    }

    private Menu fileMenu(ExportView export, Runnable onQuit) {
        MenuItem newPlan = item("menu.file.new", "Shortcut+N", viewModel::newPlan);
        MenuItem carryOver = item("menu.file.carryOver", "Shortcut+Shift+N", viewModel::carryOverToNextYear);
        MenuItem open = item("menu.file.open", "Shortcut+O", viewModel::open);
        MenuItem save = item("menu.file.save", "Shortcut+S", viewModel::save);
        MenuItem saveAs = item("menu.file.saveAs", "Shortcut+Shift+S", viewModel::saveAs);
        save.disableProperty().bind(viewModel.readOnlyProperty());
        saveAs.disableProperty().bind(viewModel.readOnlyProperty());
        MenuItem quit = item("menu.file.quit", "Shortcut+Q", () -> {
            if (viewModel.mayCloseWindow()) {
                onQuit.run();
            }
        });
        MenuItem pdf = item("export.pdf", "Shortcut+E", () -> export.exportPdf(root.getScene().getWindow()));
        MenuItem calendar = item("export.calendar", "Shortcut+Shift+E",
                () -> export.exportCalendar(root.getScene().getWindow()));
        MenuItem tasks = item("menu.file.exportTasks", "Shortcut+Shift+T", export::exportTasksPdf);
        MenuItem poster = item("poster.export", "Shortcut+Shift+P",
                () -> export.exportPoster(root.getScene().getWindow()));
        MenuItem announcement = item("announcement.export", "Shortcut+Shift+H", export::exportAnnouncement);
        MenuItem copy = item("announcement.copy", "Shortcut+Shift+C", export::copyAnnouncement);
        MenuItem print = item("print.title", "Shortcut+P", () -> export.print(root.getScene().getWindow()));
        MenuItem report = item("report.export", "Shortcut+Shift+R", export::exportReviewReport);
        Menu file = new Menu(messages.get("menu.file"), null, newPlan, carryOver, open, recentMenu,
                new SeparatorMenuItem(),
                save, saveAs, new SeparatorMenuItem(), pdf, tasks, calendar, print, report, new SeparatorMenuItem(),
                poster, announcement, copy, new SeparatorMenuItem(), quit);
        file.setId("menuFile");
        return file;
    }

    private Menu editMenu() {
        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", viewModel::undo);
        undo.textProperty().bind(viewModel.undoTextProperty());
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", "Shortcut+Y", viewModel::redo);
        redo.textProperty().bind(viewModel.redoTextProperty());
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        root.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), viewModel::redo);
            }
        });
        Menu edit = new Menu(messages.get("menu.edit"), null, undo, redo);
        edit.setId("menuEdit");
        return edit;
    }

    private Menu planMenu(Panes panes) {
        MenuItem settings = item("menu.plan.settings", "Shortcut+Comma",
                () -> PlanSettingsDialog.show(viewModel, messages, root.getScene().getWindow()));
        MenuItem addLane = item("menu.plan.addLane", "Shortcut+L", panes.lanes()::addLane);
        Menu lanes = new Menu(messages.get("menu.plan.lanes"));
        Menu plan = new Menu(messages.get("menu.plan"), null, settings, addLane, lanes);
        plan.disableProperty().bind(viewModel.readOnlyProperty());
        plan.setOnShowing(e -> lanes.getItems().setAll(panes.lanes().lanes().stream().map(lane -> {
            Menu one = new Menu(lane.name());
            one.getItems().setAll(LaneMenuItems.of(lane, messages, panes.timeline().laneMenu()));
            return one;
        }).toList()));
        plan.setId("menuPlan");
        return plan;
    }

    private Menu viewMenu(Consumer<Language> onLanguage, ObjectProperty<Theme> theme, Panes panes) {
        Menu language = new Menu(messages.get("menu.view.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Language choice : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get("language." + choice.code()));
            item.setToggleGroup(languages);
            item.setSelected(choice == messages.language());
            item.setOnAction(e -> onLanguage.accept(choice));
            language.getItems().add(item);
        }
        Menu themes = new Menu(messages.get("menu.view.theme"));
        ToggleGroup themeGroup = new ToggleGroup();
        for (Theme choice : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get("theme." + choice.key()));
            item.setToggleGroup(themeGroup);
            subscriptions = subscriptions.and(theme.subscribe(now -> item.setSelected(now == choice)));
            item.setOnAction(e -> theme.set(choice));
            themes.getItems().add(item);
        }
        MenuItem showTimeline = item("menu.view.timeline", "Shortcut+1", () -> {
            centre.getSelectionModel().select(0);
            panes.timeline().timeline().requestFocus();
        });
        MenuItem showPreparation = item("menu.view.preparation", "Shortcut+2", () -> {
            centre.getSelectionModel().select(1);
            panes.preparation().focus();
        });
        MenuItem showHistory = item("menu.view.history", "Shortcut+3", () -> {
            centre.getSelectionModel().select(2);
            panes.history().focus();
        });
        Menu view = new Menu(messages.get("menu.view"), null, language, themes, new SeparatorMenuItem(),
                showTimeline, showPreparation, showHistory, new SeparatorMenuItem());
        view.getItems().addAll(panes.timeline().menuItems());
        view.setId("menuView");
        return view;
    }

    private Menu helpMenu() {
        MenuItem shortcuts = item("menu.help.shortcuts", "F1",
                () -> HelpDialogs.shortcuts(messages, root.getScene().getWindow()));
        MenuItem about = new MenuItem(messages.get("menu.help.about"));
        about.setId("menu.help.about");
        about.setOnAction(e -> viewModel.showInfo(HelpDialogs.about(messages)));
        Menu help = new Menu(messages.get("menu.help"), null, shortcuts, about);
        help.setId("menuHelp");
        return help;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path file : viewModel.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> viewModel.openRecent(file));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private MenuItem item(String key, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }
}
