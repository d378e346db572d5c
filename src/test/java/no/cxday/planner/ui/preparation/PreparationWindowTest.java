package no.cxday.planner.ui.preparation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Task;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.FixedClock;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.Theme;
import no.cxday.planner.ui.WindowState;
import no.cxday.planner.ui.main.PlannerWindow;
import no.cxday.planner.ui.preparation.PreparationViewModel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preparation list in the whole window, driven with the mouse and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class PreparationWindowTest {

    @TempDir
    static Path dir;

    private PlanDocument document;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempFile(dir, "preparation", ".cxplan.json");
        Files.writeString(file, PlanFixtures.text("preparation.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        PlannerWindow window = new PlannerWindow(document, Catalogue.load(), new PlannerWindow.Storage(
                new RecentFiles(dir.resolve("recent.txt")), new RecoveryStore(dir.resolve("recovery"))),
                new ScriptedDialogs(), new Messages(Language.NB), FixedClock.on(LocalDate.of(2027, 10, 2)), new WindowState(),
                stage::close, language -> { });
        Scene scene = new Scene(window.view().root(), 1366, 740);
        PlannerWindow.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Task borrowTheCoffeeMaker() {
        return document.plan().activity("a-1").orElseThrow().tasks().get(1);
    }

    private CheckBox doneBoxOf(FxRobot robot, String text) {
        TableRow<?> row = robot.lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof Row item && item.text().equals(text))
                .queryAs(TableRow.class);
        return robot.from(row).lookup(".check-box").queryAs(CheckBox.class);
    }

    private List<String> shownTasks(FxRobot robot) {
        TableView<Row> table = robot.lookup("#preparationTable").queryTableView();
        return table.getItems().stream().map(Row::text).toList();
    }

    @Test
    void aTaskTickedInTheListIsDoneAndCtrlZTakesItBack(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);
        assertEquals(1, robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedIndex());
        Label summary = robot.lookup("#preparationSummary").queryAs(Label.class);
        assertEquals("1 av 4 gjort, 1 forsinket", summary.getText());

        robot.clickOn(doneBoxOf(robot, "Låne kaffetrakter"));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(borrowTheCoffeeMaker().done());
        assertEquals("2 av 4 gjort, 1 forsinket", summary.getText());
        assertTrue(doneBoxOf(robot, "Låne kaffetrakter").isSelected());

        shortcut(robot, KeyCode.Z);

        assertFalse(borrowTheCoffeeMaker().done());
        assertEquals("1 av 4 gjort, 1 forsinket", summary.getText());
        assertFalse(doneBoxOf(robot, "Låne kaffetrakter").isSelected());
    }

    @Test
    void aDueDateTypedInPlaceIsSavedAndCtrlZTakesItBack(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);
        TableRow<?> row = robot.lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof Row item && item.text().equals("Låne kaffetrakter"))
                .queryAs(TableRow.class);

        robot.doubleClickOn(robot.from(row).lookup((Node n) -> n instanceof TableCell<?, ?> c
                && "04.10.2027".equals(c.getText())).queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("3.10.2027")
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(LocalDate.of(2027, 10, 3), borrowTheCoffeeMaker().due());
        shortcut(robot, KeyCode.Z);
        assertEquals(LocalDate.of(2027, 10, 4), borrowTheCoffeeMaker().due());
    }

    @Test
    void choosingAnOwnerShowsOnlyTheTasksTheyDo(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);

        robot.clickOn("#preparationOwner");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> "Ola".equals(c.getText()))
                .queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Bestille kake"), shownTasks(robot));
    }
}
