package no.cxday.planner.ui.main;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;

/** The main window's content: the menu and, until the planner fills it, an overview of the plan. */
public final class MainView {

    private final BorderPane root = new BorderPane();

    /**
     * @param onQuit         closes the window (after the view model agreed)
     * @param onLanguage     switches the whole window to another language
     */
    public MainView(MainViewModel viewModel, Messages messages, Runnable onQuit, Consumer<Language> onLanguage) {
        root.getStyleClass().add("main-view");
        root.setTop(menuBar(viewModel, messages, onQuit, onLanguage));
        Label overview = new Label();
        overview.getStyleClass().add("plan-overview");
        overview.setId("planOverview");
        overview.textProperty().bind(viewModel.overviewProperty());
        BorderPane.setAlignment(overview, Pos.TOP_LEFT);
        root.setCenter(overview);
    }

    public Parent root() {
        return root;
    }

    private static MenuBar menuBar(MainViewModel viewModel, Messages messages, Runnable onQuit,
            Consumer<Language> onLanguage) {
        MenuItem newPlan = item(messages, "menu.file.new", "Shortcut+N", viewModel::newPlan);
        MenuItem open = item(messages, "menu.file.open", "Shortcut+O", viewModel::open);
        MenuItem save = item(messages, "menu.file.save", "Shortcut+S", viewModel::save);
        MenuItem saveAs = item(messages, "menu.file.saveAs", "Shortcut+Shift+S", viewModel::saveAs);
        save.disableProperty().bind(viewModel.readOnlyProperty());
        saveAs.disableProperty().bind(viewModel.readOnlyProperty());
        MenuItem quit = item(messages, "menu.file.quit", "Shortcut+Q", () -> {
            if (viewModel.mayDiscardChanges()) {
                onQuit.run();
            }
        });
        Menu file = new Menu(messages.get("menu.file"), null, newPlan, open, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), quit);
        file.setId("menuFile");

        Menu language = new Menu(messages.get("menu.view.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Language choice : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get("language." + choice.code()));
            item.setToggleGroup(languages);
            item.setSelected(choice == messages.language());
            item.setOnAction(e -> onLanguage.accept(choice));
            language.getItems().add(item);
        }
        Menu view = new Menu(messages.get("menu.view"), null, language);
        view.setId("menuView");
        return new MenuBar(file, view);
    }

    private static MenuItem item(Messages messages, String key, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }
}
