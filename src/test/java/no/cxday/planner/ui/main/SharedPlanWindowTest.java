package no.cxday.planner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.FixedClock;
import no.cxday.planner.ui.FxDialogService;
import no.cxday.planner.ui.Theme;
import no.cxday.planner.ui.WindowState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window over a plan in a shared folder, with its real watch and dialogs: the banner when
 * another program writes the file, and a merge whose conflict is resolved in the dialog.
 */
@ExtendWith(ApplicationExtension.class)
class SharedPlanWindowTest {

    private static final Messages NB = new Messages(Language.NB);
    /** Far more than a watch needs to tell; waiting ends as soon as the banner shows. */
    private static final long WAIT_SECONDS = 15;

    @TempDir
    static Path dir;

    private PlanDocument document;
    private PlannerWindow window;

    @Start
    void start(Stage stage) {
        document = new PlanDocument(MainViewModel.blankPlan(NB, 2027));
        window = new PlannerWindow(document, Catalogue.load(), new PlannerWindow.Storage(
                new RecentFiles(dir.resolve("recent")), new RecoveryStore(dir.resolve("recovery"))),
                new FxDialogService(stage, NB, link -> { }), NB, FixedClock.on(LocalDate.of(2026, 9, 14)), new WindowState(),
                stage::close, language -> { });
        stage.setScene(new Scene(window.view().root(), 1366, 740));
        PlannerWindow.applyTheme(stage.getScene(), Theme.LIGHT);
        stage.show();
    }

    private Path open(String name, FxRobot robot) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        robot.interact(() -> window.viewModel().openFile(file));
        return file;
    }

    /** Another program writes the file, as a plain write from another thread. */
    private static void writtenElsewhere(Path file, String from, String to) throws Exception {
        Files.writeString(file, Files.readString(file).replace(from, to));
    }

    private static void waitForTheBanner(FxRobot robot, String action) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#changedOnDiskBanner").query()
                .isVisible() && action.equals(robot.lookup("#changedOnDiskAction").queryAs(Button.class).getText()));
    }

    private Activity cake() {
        return document.plan().activity("a-1").orElseThrow();
    }

    @Test
    void theBannerShowsWhenAnotherProgramWritesTheFileAndLoadsIt(FxRobot robot) throws Exception {
        Path file = open("delt-1.cxplan.json", robot);
        assertFalse(robot.lookup("#changedOnDiskBanner").query().isVisible());

        writtenElsewhere(file, "Eksempel AS", "Endret AS");
        waitForTheBanner(robot, "Last inn");

        String text = robot.lookup("#changedOnDiskText").queryAs(Label.class).getText();
        assertTrue(text.matches("«delt-1\\.cxplan\\.json» ble lagret av et annet program (\\d\\d\\.\\d\\d\\.\\d{4} )?"
                + "kl\\. \\d\\d:\\d\\d\\."), text);
        robot.clickOn("#changedOnDiskAction");
        assertEquals("Endret AS", document.plan().organization());
        assertFalse(document.isDirty());
        assertFalse(robot.lookup("#changedOnDiskBanner").query().isVisible());
    }

    @Test
    void aMergeWithOneConflictIsResolvedInTheDialogAndUndone(FxRobot robot) throws Exception {
        Path file = open("delt-2.cxplan.json", robot);
        robot.interact(() -> document.apply("endre", plan -> PlanEdits.update(plan, "a-1", a -> a.withDetails(
                a.title(), a.pillars(), "Ola", a.location(), a.notes(), a.tasks()))));

        writtenElsewhere(file, "\"organization\": \"Eksempel AS\"", "\"organization\": \"Endret AS\"");
        writtenElsewhere(file, "\"responsible\": \"Kari\"", "\"responsible\": \"Per\"");
        waitForTheBanner(robot, "Slå sammen");
        robot.clickOn("#changedOnDiskAction");

        Node what = robot.lookup("«Kake og kaffe»: ansvarlig").query();
        assertTrue(what.isVisible());
        Button ok = robot.lookup((Node n) -> n instanceof Button b && "OK".equals(b.getText())).queryAs(Button.class);
        assertTrue(ok.isDisabled(), "no side is picked yet");
        robot.clickOn("#allMine");
        assertTrue(robot.lookup("#mine-0").queryAs(RadioButton.class).isSelected());
        robot.clickOn("#theirs-0");
        robot.clickOn(ok);

        assertEquals("Per", cake().responsible(), "the file's side, picked in the dialog");
        assertEquals("Endret AS", document.plan().organization(), "what only the file changed came in");
        assertFalse(document.isDirty(), "the merged plan is what the file holds");
        assertFalse(robot.lookup("#changedOnDiskBanner").query().isVisible());

        assertEquals("Angre: slå sammen med «delt-2.cxplan.json»", window.viewModel().undoTextProperty().get());
        robot.clickOn(".activity-block").push(KeyCode.SHORTCUT, KeyCode.Z);

        assertEquals("Ola", cake().responsible());
        assertEquals("Eksempel AS", document.plan().organization());
        assertTrue(document.isDirty());
    }
}
