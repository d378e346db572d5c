package no.cxday.planner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.TimelineLayout;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.DialogService.ChangedOnDiskChoice;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.Theme;
import no.cxday.planner.ui.WindowState;
import no.cxday.planner.ui.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Switching the language builds the window's content anew, as App does: nothing the window shares is lost. */
@ExtendWith(ApplicationExtension.class)
class WindowRebuildTest {

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final WindowState state = new WindowState();
    private PlanDocument document;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        document = new PlanDocument(MainViewModel.blankPlan(new Messages(Language.NB), 2027));
        stage.setScene(new Scene(new Pane(), 1366, 740));
        stage.show();
    }

    private PlannerWindow build(Language language) {
        PlannerWindow window = new PlannerWindow(document, Catalogue.load(), new PlannerWindow.Storage(
                new RecentFiles(dir.resolve("recent")), new RecoveryStore(dir.resolve("recovery"))), dialogs,
                new Messages(language), () -> LocalDate.of(2026, 11, 23), state, stage::close, l -> { });
        stage.getScene().setRoot(window.view().root());
        return window;
    }

    private static LocalDateTime start(TimelineLayout layout, String activityId) {
        return layout.blocks().stream().filter(b -> b.activity().id().equals(activityId)).findFirst().orElseThrow()
                .activity().start();
    }

    /** Which of Vis → Tema's items are ticked, in the order of the menu. */
    private static List<Boolean> themeTicks(PlannerWindow window) {
        MenuBar bar = (MenuBar) window.view().root().lookup(".menu-bar");
        Menu themes = (Menu) bar.getMenus().get(3).getItems().get(1);
        return themes.getItems().stream().map(item -> ((RadioMenuItem) item).isSelected()).toList();
    }

    private static TimelineLayout shown(PlannerWindow window) {
        return ((Timeline) window.view().root().lookup("#timeline")).getLayout();
    }

    @Test
    void anotherLanguageKeepsReviewModeTheSelectionAndTheCheckForChangesOnDisk(FxRobot robot) throws Exception {
        Path file = dir.resolve("plan.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        PlannerWindow[] windows = new PlannerWindow[2];
        robot.interact(() -> {
            windows[0] = build(Language.NB);
            windows[0].viewModel().openFile(file);
            state.selectedActivityIdProperty().set("a-1");
        });
        assertTrue(state.reviewModeProperty().get(), "the example's CX day has passed");

        robot.interact(() -> {
            windows[0].close();
            windows[1] = build(Language.EN);
        });

        ToggleButton review = robot.lookup("#reviewMode").queryAs(ToggleButton.class);
        assertTrue(review.isSelected());
        assertEquals("Review", review.getText());
        assertEquals("a-1", state.selectedActivityIdProperty().get());
        Files.writeString(file, Files.readString(file).replace("CX-dagen 2026", "CX-dagen 2026 (Per)"));
        robot.interact(() -> document.apply("endre", p -> PlanEdits.update(p, "a-1", a -> a.placed(a.laneId(),
                a.start().plusMinutes(15), a.end().plusMinutes(15)))));
        dialogs.changedOnDisk.add(ChangedOnDiskChoice.CANCEL);
        robot.interact(() -> windows[1].viewModel().save());
        assertEquals(List.of("plan.cxplan.json"), dialogs.questions, "the file changed on disk is still noticed");

        robot.interact(() -> state.themeProperty().set(Theme.DARK));
        assertEquals(List.of(false, true, false), themeTicks(windows[1]));
        assertEquals(List.of(true, false, false), themeTicks(windows[0]), "the closed window's menu stopped listening");

        LocalDateTime moved = document.plan().activity("a-1").orElseThrow().start();
        assertEquals(moved, start(shown(windows[1]), "a-1"));
        assertEquals(moved.minusMinutes(15), start(shown(windows[0]), "a-1"),
                "the closed window's timeline no longer follows the plan");
    }

    @Test
    void theClosedContentIsLeftForTheGarbageCollector(FxRobot robot) {
        PlannerWindow[] windows = new PlannerWindow[1];
        robot.interact(() -> windows[0] = build(Language.NB));
        WeakReference<Parent> old = new WeakReference<>(windows[0].view().root());
        robot.interact(() -> {
            windows[0].close();
            windows[0] = build(Language.EN);
            state.reviewModeProperty().set(true);
            state.selectedActivityIdProperty().set(null);
        });

        for (int i = 0; i < 10 && old.get() != null; i++) {
            System.gc();
            robot.sleep(20);
        }

        assertNull(old.get(), "nothing the window keeps (its state, the document) holds the old content");
    }
}
