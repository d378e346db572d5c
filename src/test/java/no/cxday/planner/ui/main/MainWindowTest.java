package no.cxday.planner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.ui.ScriptedDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window in a real scene: the File menu opens a plan. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Messages NB = new Messages(Language.NB);

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        LocalDate today = LocalDate.of(2026, 11, 23);
        PlanDocument document = new PlanDocument(MainViewModel.blankPlan(NB, today));
        MainViewModel viewModel = new MainViewModel(document, dialogs, NB, () -> today);
        MainView view = new MainView(viewModel, NB, stage::close, language -> { });
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.setScene(new Scene(view.root(), 900, 600));
        stage.show();
    }

    @Test
    void openingAPlanThroughTheFileMenuShowsIt(FxRobot robot) throws Exception {
        Path file = dir.resolve("example.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        dialogs.filesToOpen.add(file);

        robot.clickOn("Fil").clickOn("Åpne …");

        assertEquals("CX-dagen 2026 – CX-dagen planlegger", stage.getTitle());
        Label overview = robot.lookup("#planOverview").queryAs(Label.class);
        assertTrue(overview.getText().startsWith("CX-dagen 2026\n"), overview.getText());
        assertTrue(overview.getText().contains("Spor: 2"), overview.getText());
    }

    @Test
    void aBadFileOpenedThroughTheMenuGivesOneSentence(FxRobot robot) throws Exception {
        Path file = dir.resolve("empty.cxplan.json");
        Files.writeString(file, "");
        dialogs.filesToOpen.add(file);

        robot.clickOn("Fil").clickOn("Åpne …");

        assertEquals(java.util.List.of("Kan ikke åpne «" + file + "»: filen er tom."), dialogs.errors);
        assertEquals("CX-dagen 2027 – CX-dagen planlegger", stage.getTitle());
    }
}
