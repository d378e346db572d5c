package no.cxday.planner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.FixedClock;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.Theme;
import no.cxday.planner.ui.WindowState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A plan a newer version wrote, in the whole window: a banner says why, and nothing changes it. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyPlanTest {

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private PlanDocument document;
    private PlannerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path newer = dir.resolve("nyere.cxplan.json");
        Files.writeString(newer,
                PlanFixtures.text("planner.cxplan.json").replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"));
        document = new PlanDocument(MainViewModel.blankPlan(new Messages(Language.NB), 2026));
        window = new PlannerWindow(document, Catalogue.load(), new PlannerWindow.Storage(
                new RecentFiles(dir.resolve("recent.txt")), new RecoveryStore(dir.resolve("recovery"))), dialogs,
                new Messages(Language.NB), FixedClock.on(LocalDate.of(2026, 9, 1)), new WindowState(), stage::close,
                language -> { });
        window.viewModel().openFile(newer);
        Scene scene = new Scene(window.view().root(), 1366, 740);
        PlannerWindow.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theBannerSaysWhyAndNeitherTheKeysNorTheFormsChangeThePlan(FxRobot robot) {
        Label banner = robot.lookup("#readOnlyBanner").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertTrue(banner.getText().startsWith("«nyere.cxplan.json» er laget av en nyere versjon"), banner.getText());
        Plan opened = document.plan();

        robot.clickOn(".activity-block");
        robot.type(KeyCode.DELETE);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(opened, document.plan(), "the keys of the timeline change nothing");
        assertFalse(document.isDirty());
        Node title = robot.lookup("#editorTitle").query();
        assertTrue(title.isDisabled(), "the editor's fields are shut");
        robot.interact(() -> window.viewModel().reviewModeProperty().set(true));
        assertTrue(robot.lookup("#reviewWhatWorked").query().isDisabled(), "so is the review of the day");
        assertTrue(robot.lookup("#customIdea").query().isDisabled(), "no new idea of the plan's own");
        Menu plan = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menuPlan".equals(m.getId())).findFirst().orElseThrow();
        assertTrue(plan.isDisable(), "nor settings or lanes");
    }
}
