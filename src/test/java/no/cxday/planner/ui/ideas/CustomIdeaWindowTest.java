package no.cxday.planner.ui.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.TimeGrid;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.MonocleDragState;
import no.cxday.planner.ui.FixedClock;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.Theme;
import no.cxday.planner.ui.WindowState;
import no.cxday.planner.ui.main.PlannerWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plan's own ideas, edited and removed through their cell's menu in the whole window. */
@ExtendWith(ApplicationExtension.class)
class CustomIdeaWindowTest {

    private static final Idea COFFEE = new Idea("kundekaffe-1", Category.EGNE, "Kundekaffe", "Kaffe i resepsjonen",
            new Pillars(2, 0, 2), 30, Audience.KUNDER, List.of(), Extras.NONE);

    @TempDir
    static Path dir;

    private PlanDocument document;
    private Activity madeFromIt;

    @Start
    void start(Stage stage) throws Exception {
        MonocleDragState.reset();
        Path file = Files.createTempFile(dir, "example", ".cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        Plan plan = PlanEdits.addCustomIdea(PlanReader.read(file), COFFEE);
        madeFromIt = PlanEdits.fromIdea(COFFEE, PlanEdits.newActivityId(plan), plan.lanes().get(0).id(),
                new TimeGrid.Span(plan.cxDay().atTime(15, 0), plan.cxDay().atTime(15, 30)));
        document = new PlanDocument(PlanEdits.add(plan, madeFromIt));
        PlannerWindow window = new PlannerWindow(document, Catalogue.load(), new PlannerWindow.Storage(
                new RecentFiles(dir.resolve("recent.txt")), new RecoveryStore(dir.resolve("recovery"))),
                new ScriptedDialogs(), new Messages(Language.NB), FixedClock.on(LocalDate.of(2026, 9, 1)), new WindowState(),
                stage::close, language -> { });
        Scene scene = new Scene(window.view().root(), 1366, 740);
        PlannerWindow.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    private static TreeCell<?> cell(FxRobot robot, String title) {
        TreeCell<?> cell = robot.lookup(".idea-cell").match((TreeCell<?> c) -> title.equals(c.getText()))
                .queryAs(TreeCell.class);
        robot.interact(() -> cell.getTreeView().scrollTo(cell.getIndex()));
        return robot.lookup(".idea-cell").match((TreeCell<?> c) -> title.equals(c.getText())).queryAs(TreeCell.class);
    }

    /**
     * A right click, and the request for the menu that a desktop sends with it; headless Monocle
     * sends no such request, so the test sends the one the desktop would.
     */
    private static void openMenu(FxRobot robot, TreeCell<?> cell) {
        robot.rightClickOn(cell);
        Bounds bounds = cell.localToScreen(cell.getBoundsInLocal());
        double x = bounds.getWidth() / 2;
        double y = bounds.getHeight() / 2;
        robot.interact(() -> Event.fireEvent(cell, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y,
                bounds.getMinX() + x, bounds.getMinY() + y, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void menuOf(FxRobot robot, String title, String choice) {
        openMenu(robot, cell(robot, title));
        robot.clickOn(choice);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> customTitles() {
        return document.plan().customIdeas().stream().map(Idea::title).toList();
    }

    private boolean shownInTheBank(FxRobot robot, String title) {
        return robot.lookup(".idea-cell").match((TreeCell<?> c) -> title.equals(c.getText())).tryQuery().isPresent();
    }

    @Test
    void aCustomIdeaIsEditedAndRemovedFromItsMenuAndCtrlZBringsItBack(FxRobot robot) {
        robot.interact(() -> robot.lookup("#ideaSearch").queryAs(TextField.class).setText("kaffe"));

        menuOf(robot, "Kundekaffe", "Rediger …");
        TextField title = robot.lookup("#customIdeaTitle").queryAs(TextField.class);
        assertEquals("Kundekaffe", title.getText());
        robot.interact(() -> title.setText("Kaffe for kundene"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Kaffe for kundene"), customTitles());
        assertTrue(shownInTheBank(robot, "Kaffe for kundene"));

        menuOf(robot, "Kaffe for kundene", "Fjern");

        assertEquals(List.of(), customTitles());
        assertTrue(!shownInTheBank(robot, "Kaffe for kundene"));
        assertEquals(madeFromIt, document.plan().activity(madeFromIt.id()).orElseThrow(),
                "the activity made from the idea stays as it was");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kaffe for kundene"), customTitles());
        assertTrue(shownInTheBank(robot, "Kaffe for kundene"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kundekaffe"), customTitles());
    }

    @Test
    void theBanksOwnIdeasOfferNeitherEditNorRemove(FxRobot robot) {
        robot.interact(() -> robot.lookup("#ideaSearch").queryAs(TextField.class).setText("kaffe"));
        TreeCell<?> bank = cell(robot, "Kake og kaffe");

        openMenu(robot, bank);

        assertTrue(bank.getContextMenu().isShowing());
        assertEquals(List.of("Legg til i planen"), shownItems(bank));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertEquals(List.of("Legg til i planen", "Rediger …", "Fjern"), shownItems(cell(robot, "Kundekaffe")));
    }

    private static List<String> shownItems(TreeCell<?> cell) {
        return cell.getContextMenu().getItems().stream().filter(MenuItem::isVisible).map(MenuItem::getText)
                .filter(text -> text != null).toList();
    }
}
