package no.cxday.planner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.WindowState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plan settings dialog in a real window: what only the window shows. */
@ExtendWith(ApplicationExtension.class)
class PlanSettingsDialogTest {

    @TempDir
    static Path dir;

    private PlanDocument document;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = dir.resolve("example.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        stage.setScene(new Scene(new Pane(), 600, 400));
        stage.show();
    }

    /** Opens the dialog as the Plan menu does; it waits for OK or Avbryt while the test goes on. */
    private void open(Messages messages) {
        MainViewModel viewModel = new MainViewModel(document, new ScriptedDialogs(), messages,
                () -> LocalDate.of(2026, 11, 23), new RecentFiles(dir.resolve("recent")),
                new RecoveryStore(dir.resolve("recovery")), PlanSharing.ofThisProcess(), new WindowState());
        Platform.runLater(() -> PlanSettingsDialog.show(viewModel, messages, stage));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String date(FxRobot robot, String field) {
        return robot.lookup("#settings-" + field).queryAs(DatePicker.class).getEditor().getText();
    }

    @Test
    void theDatesReadInTheProgramsLanguage(FxRobot robot) {
        open(new Messages(Language.NB));
        assertEquals("06.10.2026", date(robot, "CX_DAY"));
        assertEquals("05.10.2026", date(robot, "FIRST_DAY"));
        robot.clickOn("Avbryt");

        open(new Messages(Language.EN));
        assertEquals("6 Oct 2026", date(robot, "CX_DAY"));
        robot.clickOn("Cancel");
    }

    @Test
    void aDayStartThatCutsAnActivityShortIsAskedAboutInFullBeforeItApplies(FxRobot robot) {
        open(new Messages(Language.NB));
        TextField dayStart = robot.lookup("#settings-DAY_START").queryAs(TextField.class);
        robot.doubleClickOn(dayStart).eraseText(dayStart.getText().length()).write("9.00");

        robot.clickOn("OK");

        Label message = robot.lookup("#settingsMessage").queryAs(Label.class);
        assertEquals("Én aktivitet havner helt eller delvis utenfor dagen 09:00–16:00 og vises avkortet på "
                + "tidslinjen.", message.getText());
        assertEquals(message.getText(), robot.from(message).lookup(".text").queryAs(Text.class).getText(),
                "the sentence is never cut short");
        assertEquals(LocalTime.of(8, 0), document.plan().dayStart());
        assertFalse(document.isDirty());

        Button applyAnyway = robot.lookup(".button").match((Button b) -> "Bruk likevel".equals(b.getText())).query();
        assertEquals("Bruk likevel", robot.from(applyAnyway).lookup(".text").queryAs(Text.class).getText(),
                "the button reads in full");
        robot.clickOn(applyAnyway);

        assertEquals(LocalTime.of(9, 0), document.plan().dayStart());
        assertEquals("endre innstillingene for planen", document.undoDescriptionProperty().get());
    }

    @Test
    void aBudgetThatCannotBeReadIsMarkedAndSaidAndNothingChanges(FxRobot robot) {
        open(new Messages(Language.NB));
        TextField budget = robot.lookup("#settings-BUDGET").queryAs(TextField.class);
        robot.clickOn(budget).write("mye");

        robot.clickOn("OK");

        assertTrue(budget.getStyleClass().contains("field-invalid"), budget.getStyleClass().toString());
        assertTrue(robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Beløpet «mye» kan ikke leses")));
        assertFalse(document.isDirty());
        robot.clickOn("Avbryt");
    }
}
