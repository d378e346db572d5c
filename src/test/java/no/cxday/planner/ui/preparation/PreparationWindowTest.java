package no.cxday.planner.ui.preparation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Task;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.FixedClock;
import no.cxday.planner.ui.MonocleDragState;
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
        MonocleDragState.reset();
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

    @Test
    void droppingTheCustomerPanelGivesItsTasksDueTheirDaysBeforeItsDay(FxRobot robot) {
        TreeCell<?> idea = robot.lookup(".idea-cell")
                .match((TreeCell<?> cell) -> "Kunde-panel".equals(cell.getText())).queryAs(TreeCell.class);
        Node timeline = robot.lookup("#timeline").query();
        Bounds shown = timeline.localToScreen(timeline.getBoundsInLocal());

        robot.drag(idea, MouseButton.PRIMARY).moveBy(12, 4)
                .moveTo(new Point2D(shown.getMinX() + shown.getWidth() * 0.6, shown.getMinY() + shown.getHeight() * 0.7))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Activity panel = document.plan().activities().stream().filter(a -> "kunde-panel".equals(a.ideaId()))
                .findFirst().orElseThrow();
        LocalDate day = panel.start().toLocalDate();
        assertEquals(List.of("Velge ut kunder med ulike erfaringer", "Invitere kundene til panelet",
                "Booke rom og forberede spørsmål sammen med ordstyreren", "Takke kundene og dele det dere lærte internt"),
                panel.tasks().stream().map(Task::text).toList());
        assertEquals(List.of(day.minusDays(28), day.minusDays(21), day.minusDays(14), day.plusDays(3)),
                panel.tasks().stream().map(Task::due).toList());

        shortcut(robot, KeyCode.DIGIT2);
        assertTrue(shownTasks(robot).contains("Invitere kundene til panelet"), "the preparation list has them");
        shortcut(robot, KeyCode.Z);
        assertFalse(shownTasks(robot).contains("Invitere kundene til panelet"), "undoing the drop takes them away");
    }

    @Test
    void anOverdueTaskCarriesTheSignBesideItsDueDateAndNoOtherDoes(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);

        List<String> signed = robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getGraphic() instanceof Label l
                && "⚠".equals(l.getText())).queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getTableRow().getItem()).map(item -> ((Row) item).text()).toList();

        List<String> overdue = document.plan().activities().stream().flatMap(a -> a.tasks().stream())
                .filter(t -> t.isOverdue(LocalDate.of(2027, 10, 2))).map(Task::text).toList();
        assertEquals(overdue, signed);
        assertEquals(1, signed.size());
    }
}
