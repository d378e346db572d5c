package no.cxday.planner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.ui.FxDialogService;
import no.cxday.planner.ui.main.MainView;
import no.cxday.planner.ui.main.MainViewModel;

/** The desktop application: wires the document, the view models and the views in one place. */
public final class App extends Application {

    private PlanDocument document;
    private MainViewModel viewModel;

    @Override
    public void start(Stage stage) {
        Messages messages = new Messages(Language.fromLocale(Locale.getDefault()));
        document = new PlanDocument(MainViewModel.blankPlan(messages, LocalDate.now()));
        Scene scene = new Scene(new Pane(), 1200, 720);
        scene.getStylesheets().add(App.class.getResource("ui/planner.css").toExternalForm());
        stage.setScene(scene);
        show(stage, messages);
        stage.setOnCloseRequest(event -> {
            if (!viewModel.mayDiscardChanges()) {
                event.consume();
            }
        });
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            viewModel.openFile(Path.of(args.get(0)));
        }
    }

    /** Builds the window's content in {@code messages}' language; switching language builds it anew. */
    private void show(Stage stage, Messages messages) {
        viewModel = new MainViewModel(document, new FxDialogService(stage, messages), messages, LocalDate::now);
        MainView view = new MainView(viewModel, messages, stage::close,
                language -> show(stage, new Messages(language)));
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.getScene().setRoot(view.root());
    }
}
