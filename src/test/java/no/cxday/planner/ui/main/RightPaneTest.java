package no.cxday.planner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
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

/** The right-hand side at 1366×768: the gauge, the editor and the review each in view when wanted. */
@ExtendWith(ApplicationExtension.class)
class RightPaneTest {

    @TempDir
    static Path dir;

    private final WindowState state = new WindowState();
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempFile(dir, "planner", ".cxplan.json");
        Files.writeString(file, PlanFixtures.text("planner.cxplan.json"));
        PlannerWindow window = new PlannerWindow(new PlanDocument(PlanReader.read(file)), Catalogue.load(),
                new PlannerWindow.Storage(new RecentFiles(dir.resolve("recent.txt")),
                        new RecoveryStore(dir.resolve("recovery"))), new ScriptedDialogs(), new Messages(Language.NB),
                FixedClock.on(LocalDate.of(2026, 10, 1)), state, stage::close, language -> { });
        scene = new Scene(window.view().root(), 1366, 740);
        PlannerWindow.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    private TabPane details(FxRobot robot) {
        return robot.lookup(".details").queryAs(TabPane.class);
    }

    private List<String> tabs(FxRobot robot) {
        return details(robot).getTabs().stream().map(Tab::getId).toList();
    }

    /** Shown (it and every parent visible) and inside the window. */
    private boolean inWindow(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMinY() >= 0 && bounds.getMaxY() <= scene.getHeight() && bounds.getMaxX() <= scene.getWidth();
    }

    @Test
    void choosingAnActivityShowsItsEditorBesideTheGaugeInBothModes(FxRobot robot) {
        robot.interact(() -> details(robot).getSelectionModel().select(1));
        robot.clickOn(".activity-block");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("rightTabActivity", details(robot).getSelectionModel().getSelectedItem().getId());
        assertTrue(inWindow(robot.lookup("#editorTitle").query()), "the editor's first field is in view");
        assertTrue(inWindow(robot.lookup(".gauge-score").query()), "the gauge is in view");

        robot.interact(() -> state.reviewModeProperty().set(true));
        assertEquals(List.of("rightTabActivity", "rightTabBudget", "rightTabReview"), tabs(robot));
        assertEquals("rightTabReview", details(robot).getSelectionModel().getSelectedItem().getId(),
                "review mode opens on the review of the day");
        assertTrue(!inWindow(robot.lookup("#editorTitle").query()));
        robot.clickOn(robot.lookup(".activity-block").queryAll().stream().skip(1).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inWindow(robot.lookup("#editorTitle").query()), "in review mode the editor is in view too");

        robot.interact(() -> state.reviewModeProperty().set(false));
        assertEquals(List.of("rightTabActivity", "rightTabBudget"), tabs(robot));
    }
}
