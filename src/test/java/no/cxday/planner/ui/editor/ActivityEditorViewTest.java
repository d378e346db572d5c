package no.cxday.planner.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Task;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.ui.Theme;
import no.cxday.planner.ui.main.PlannerWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor's task row in a real scene as wide as the window's right-hand pane: what only the window shows. */
@ExtendWith(ApplicationExtension.class)
class ActivityEditorViewTest {

    @TempDir
    static Path dir;

    private final SimpleStringProperty selected = new SimpleStringProperty();
    private PlanDocument document;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("planner.cxplan.json");
        Files.writeString(file, PlanFixtures.text("planner.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        Messages messages = new Messages(Language.NB);
        ActivityEditorView view = new ActivityEditorView(new ActivityEditorViewModel(document, selected, messages),
                messages, new SimpleBooleanProperty(false));
        stage.setScene(new Scene(view.root(), 380, 700));
        PlannerWindow.applyTheme(stage.getScene(), Theme.LIGHT);
        stage.show();
        selected.set("a-2");
    }

    private DatePicker due(FxRobot robot) {
        return robot.lookup("#editorNewTaskDue").queryAs(DatePicker.class);
    }

    private List<Task> tasks() {
        return document.plan().activity("a-2").orElseThrow().tasks();
    }

    @Test
    void aDueDateTypedInBokmaalIsSavedWithTheTask(FxRobot robot) {
        robot.clickOn("#editorNewTask").write("Bestille kake");
        robot.clickOn(due(robot).getEditor()).write("28.09.2027");
        robot.clickOn("#editorAddTask");

        assertEquals(List.of(new Task(null, "Bestille kake", "", LocalDate.of(2027, 9, 28), false, tasks().get(0).extras())),
                tasks());
        assertEquals("", due(robot).getEditor().getText());
    }

    @Test
    void aDueDateThatCannotBeReadStaysInItsFieldWithASentence(FxRobot robot) {
        robot.clickOn("#editorNewTask").write("Bestille rom");
        robot.clickOn(due(robot).getEditor()).write("32.13.2027").type(KeyCode.ENTER);
        assertEquals("32.13.2027", due(robot).getEditor().getText(), "Enter keeps what was typed");
        robot.clickOn("#editorAddTask");

        assertEquals(List.of(), tasks());
        assertEquals("32.13.2027", due(robot).getEditor().getText());
        Label sentence = robot.lookup(".field-error").match(Node::isVisible).queryAs(Label.class);
        assertEquals("Datoen «32.13.2027» kan ikke leses: skriv den som 06.10.2026.", sentence.getText());
    }

    @Test
    void aShortDateIsWrittenOutWhenItsFieldIsLeft(FxRobot robot) {
        robot.clickOn(due(robot).getEditor()).write("6.10.2026");
        robot.clickOn("#editorNewTask");
        robot.doubleClickOn(due(robot).getEditor()).eraseText(10).write("6.10.26");
        robot.clickOn("#editorNewTask");

        assertEquals("06.10.2026", due(robot).getEditor().getText());
    }

    @Test
    void theAddButtonReadsInFull(FxRobot robot) {
        Button add = robot.lookup("#editorAddTask").queryButton();

        assertEquals("Legg til", robot.from(add).lookup(".text").queryAs(Text.class).getText());
    }

    @Test
    void anEmptyDueDatesCalendarOpensAtTheMonthOfTheCxDay(FxRobot robot) {
        DatePicker due = due(robot);
        robot.interact(due::show);

        List<YearMonth> shown = robot.lookup(".day-cell").queryAllAs(DateCell.class).stream()
                .filter(cell -> cell.getScene().getWindow() != due.getScene().getWindow())
                .filter(cell -> !cell.getStyleClass().contains("previous-month")
                        && !cell.getStyleClass().contains("next-month"))
                .map(cell -> YearMonth.from(cell.getItem())).distinct().toList();
        robot.interact(due::hide);

        assertEquals(List.of(YearMonth.of(2026, 10)), shown, "the CX day is 6 October 2026");
        assertTrue(due.getValue() == null, "opening the calendar chooses no date");
    }
}
