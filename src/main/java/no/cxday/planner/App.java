package no.cxday.planner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.CxDay;
import no.cxday.planner.storage.AppDirectories;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.FxDialogService;
import no.cxday.planner.ui.main.MainViewModel;
import no.cxday.planner.ui.main.PlannerWindow;

/** The desktop application: wires the document, the view models and the views in one place. */
public final class App extends Application {

    private final Catalogue catalogue = Catalogue.load();
    private final PlannerWindow.Storage storage = new PlannerWindow.Storage(
            new RecentFiles(AppDirectories.config().resolve("recent-files.txt")),
            new RecoveryStore(AppDirectories.data().resolve("recovery")));
    private PlanDocument document;
    private MainViewModel viewModel;
    /** The window's views, held so that their view models live exactly as long as they are shown. */
    private PlannerWindow window;

    @Override
    public void start(Stage stage) {
        Messages messages = new Messages(Language.fromLocale(Locale.getDefault()));
        document = new PlanDocument(MainViewModel.blankPlan(messages, CxDay.next(LocalDate.now()).getYear()));
        Scene scene = new Scene(new Pane(), 1366, 740);
        scene.getStylesheets().add(App.class.getResource("ui/planner.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
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
        window = new PlannerWindow(document, catalogue, storage, new FxDialogService(stage, messages, getHostServices()::showDocument), messages,
                LocalDate::now, stage::close, language -> show(stage, new Messages(language)));
        viewModel = window.viewModel();
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.getScene().setRoot(window.view().root());
    }
}
