package no.cxday.planner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.CxDay;
import no.cxday.planner.storage.AppDirectories;
import no.cxday.planner.storage.Preferences;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.AppIcon;
import no.cxday.planner.ui.FxDialogService;
import no.cxday.planner.ui.Theme;
import no.cxday.planner.ui.WindowState;
import no.cxday.planner.ui.main.MainViewModel;
import no.cxday.planner.ui.main.PlannerWindow;
import no.cxday.planner.ui.main.WindowPlacement;

/** The desktop application: wires the document, the view models and the views in one place. */
public final class App extends Application {

    private static final Path PREFERENCES = AppDirectories.config().resolve("preferences.properties");

    private final Catalogue catalogue = Catalogue.load();
    private final PlannerWindow.Storage storage = new PlannerWindow.Storage(
            new RecentFiles(AppDirectories.config().resolve("recent-files.txt")),
            new RecoveryStore(AppDirectories.data().resolve("recovery")));
    private PlanDocument document;
    /** What the window shares (selection, review mode, grid step, theme, the file as seen); kept across rebuilds. */
    private final WindowState state = new WindowState();
    private MainViewModel viewModel;
    /** The window's content in one language: closed, and built anew, when the language is switched. */
    private PlannerWindow window;
    private Preferences preferences = Preferences.load(PREFERENCES,
            Arrays.stream(Theme.values()).map(Theme::key).toList());

    @Override
    public void start(Stage stage) {
        Messages messages = new Messages(preferences.language() == null ? Language.fromLocale(Locale.getDefault())
                : Language.fromCode(preferences.language()));
        document = new PlanDocument(MainViewModel.blankPlan(messages, CxDay.next(LocalDate.now()).getYear()));
        Scene scene = new Scene(new Pane(), 1366, 740);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.getIcons().setAll(AppIcon.images());
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowPlacement.onScreen(preferences.window(), screens).ifPresent(bounds -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remember(preferences.withWindow(
                new Preferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))));
        state.gridStepProperty().set(preferences.gridStep());
        state.gridStepProperty().subscribe((was, step) -> remember(preferences.withGridStep(step)));
        state.themeProperty().set(Theme.fromKey(preferences.theme()));
        state.themeProperty().subscribe(theme -> PlannerWindow.applyTheme(stage.getScene(), theme));
        state.themeProperty().subscribe((was, theme) -> remember(preferences.withTheme(theme.key())));
        show(stage, messages);
        PlannerWindow.guard(stage, () -> viewModel);
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!viewModel.offerRecovered() && !args.isEmpty()) {
            viewModel.openFile(Path.of(args.get(0)));
        }
        if (Boolean.getBoolean(StartupProbe.PROPERTY)) {
            StartupProbe.reportFirstFrame(scene);
        }
    }

    /** Builds the window's content in {@code messages}' language; switching language builds it anew. */
    private void show(Stage stage, Messages messages) {
        // JavaFX's date picker names the months and days of its calendar in this locale, and nothing of ours reads it.
        Locale.setDefault(Locale.Category.FORMAT, messages.language().locale());
        if (window != null) {
            window.close();
        }
        window = new PlannerWindow(document, catalogue, storage,
                new FxDialogService(stage, messages, getHostServices()::showDocument), messages, Clock.systemDefaultZone(),
                state, stage::close, language -> {
                    remember(preferences.withLanguage(language.code()));
                    show(stage, new Messages(language));
                });
        viewModel = window.viewModel();
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.getScene().setRoot(window.view().root());
    }

    private void remember(Preferences changed) {
        preferences = changed;
        preferences.save(PREFERENCES);
    }
}
