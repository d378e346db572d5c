package no.cxday.planner.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
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

/** The blocks of the example plan: what each shows in the room it has, and the whole activity in its tooltip. */
@ExtendWith(ApplicationExtension.class)
class BlockNodeTest {

    @TempDir
    static Path dir;

    private final WindowState state = new WindowState();
    private PlanDocument document;

    @Start
    void start(Stage stage) throws Exception {
        document = new PlanDocument(PlanReader.read(Path.of("docs/examples/cx-dagen-2026.cxplan.json")));
        PlannerWindow window = new PlannerWindow(document, Catalogue.load(), new PlannerWindow.Storage(
                new RecentFiles(dir.resolve("recent.txt")), new RecoveryStore(dir.resolve("recovery"))),
                new ScriptedDialogs(), new Messages(Language.NB), FixedClock.on(document.plan().cxDay().plusDays(30)),
                state, stage::close, language -> { });
        Scene scene = new Scene(window.view().root(), 1366, 740);
        PlannerWindow.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    private BlockNode node(FxRobot robot, String activityId) {
        return ((TimelineSkin) robot.lookup("#timeline").queryAs(Timeline.class).getSkin()).nodeOf(activityId);
    }

    private void lasting(FxRobot robot, String activityId, int minutes) {
        robot.interact(() -> document.apply("kortere", plan -> PlanEdits.update(plan, activityId,
                a -> a.placed(a.laneId(), a.start(), a.start().plusMinutes(minutes)))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the block shows, top to bottom, as the classes of its visible children. */
    private static List<String> shown(BlockNode node) {
        return node.getChildrenUnmodifiable().stream().filter(Node::isVisible)
                .sorted((a, b) -> Double.compare(a.getLayoutY(), b.getLayoutY()))
                .map(child -> child.getStyleClass().get(child.getStyleClass().size() - 1)).toList();
    }

    /** The text a label draws, cut and ended in "…" or whole. */
    private static String drawn(Label label) {
        return ((Text) label.lookup(".text")).getText().replace('\n', ' ');
    }

    private static void assertChildrenInside(BlockNode node) {
        for (Node child : node.getChildrenUnmodifiable()) {
            Bounds bounds = child.getBoundsInParent();
            if (child.isVisible()) {
                assertTrue(bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= node.getWidth()
                        && bounds.getMaxY() <= node.getHeight(), child + " at " + bounds + " lies inside the block of "
                        + node.getWidth() + " × " + node.getHeight());
            }
        }
    }

    private static Optional<Tooltip> tooltipShown() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(Tooltip.class::cast).findFirst();
    }

    @Test
    void aQuarterHourBlockKeepsItsChildrenInsideItsBoxAndStillShowsItsTitle(FxRobot robot) {
        lasting(robot, "a-4", 15);
        BlockNode narrow = node(robot, "a-4");

        assertChildrenInside(narrow);
        assertEquals(List.of("block-title"), shown(narrow));
        assertEquals("Ledelsen takker", ((Label) narrow.getChildrenUnmodifiable().get(0)).getText());

        robot.clickOn("#oneDay");
        BlockNode wide = node(robot, "a-4");
        assertChildrenInside(wide);
        assertEquals("Ledelsen takker", drawn((Label) wide.getChildrenUnmodifiable().get(0)));
    }

    @Test
    void aShorterBlockGivesUpItsMarksFirstThenItsRatingResponsibleAndTime(FxRobot robot) {
        robot.clickOn("#reviewMode").clickOn("#oneDay");
        List<String> all = List.of("block-title", "block-time", "block-responsible", "block-rating", "block-pillars");
        lasting(robot, "a-5", 120);
        assertEquals(all, shown(node(robot, "a-5")), "two hours have room for it all");

        int[] minutes = {60, 45, 35, 20};
        for (int i = 0; i < minutes.length; i++) {
            lasting(robot, "a-5", minutes[i]);
            assertEquals(all.subList(0, all.size() - 1 - i), shown(node(robot, "a-5")), minutes[i] + " minutes");
            assertChildrenInside(node(robot, "a-5"));
        }
    }

    @Test
    void inLanesNarrowerThanAWordATitleIsCutWithAnEllipsisNeverBrokenInsideAWord(FxRobot robot) {
        Label title = (Label) node(robot, "a-3").getChildrenUnmodifiable().get(0);
        String shown = drawn(title);

        assertTrue(shown.endsWith("…"), shown);
        assertTrue("Frokostseminar med foredrag".startsWith(shown.substring(0, shown.length() - 1)), shown);
        assertTrue(!title.isWrapText(), "all three days fit the width, so «Frokostseminar» is wider than its block");
    }

    @Test
    void aTitleWrapsToASecondLineWhenThereIsRoomAndEndsInAnEllipsisOnlyWhenThereIsNot(FxRobot robot) {
        robot.clickOn("#oneDay");
        Label title = (Label) node(robot, "a-3").getChildrenUnmodifiable().get(0);
        assertEquals("Frokostseminar med foredrag", drawn(title), "whole");
        assertEquals(2, Math.round(title.getHeight() / title.prefHeight(-1)), "on two lines");

        lasting(robot, "a-3", 15);
        String cut = drawn((Label) node(robot, "a-3").getChildrenUnmodifiable().get(0));
        assertTrue(cut.endsWith("…") && "Frokostseminar med foredrag".startsWith(cut.substring(0, cut.length() - 1)
                .strip()), "one line has no room for it all: " + cut);
    }

    @Test
    void theKeyboardsSelectionShowsTheWholeActivityInATooltip(FxRobot robot) {
        robot.clickOn("#oneDay");
        robot.interact(() -> robot.lookup("#timeline").query().requestFocus());

        robot.type(KeyCode.TAB);

        assertEquals("a-3", state.selectedActivityIdProperty().get());
        assertEquals("""
                Frokostseminar med foredrag
                tirsdag 6. oktober, 08:00–10:00
                Spor: Auditoriet
                Sted: Auditoriet
                Ansvarlig: Anna
                Anerkjennelse 1, Læring 3, Engasjement 1""", tooltipShown().orElseThrow().getText());

        robot.type(KeyCode.TAB);
        assertTrue(tooltipShown().orElseThrow().getText().startsWith("Ledelsen takker\n"), "the next block's");
        robot.type(KeyCode.ESCAPE);
        assertFalse(tooltipShown().isPresent(), "nothing selected, nothing told");
    }

    @Test
    void aRenamedLaneIsToldByTheTooltipsOfItsBlocks(FxRobot robot) {
        robot.interact(() -> document.apply("nytt navn", plan -> PlanEdits.renameLane(plan, "auditoriet", "Storsalen")));
        robot.clickOn("#oneDay");
        robot.interact(() -> robot.lookup("#timeline").query().requestFocus());

        robot.type(KeyCode.TAB);

        assertTrue(tooltipShown().orElseThrow().getText().contains("\nSpor: Storsalen\n"));
    }

    @Test
    void hoveringABlockShowsTheWholeActivityInATooltip(FxRobot robot) throws Exception {
        robot.moveTo(node(robot, "a-5"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tooltipShown().isPresent());
        assertEquals("""
                Kake og kaffe
                tirsdag 6. oktober, 10:00–10:45
                Spor: Kantina
                Sted: Kantina, 1. etasje
                Ansvarlig: Kari
                Anerkjennelse 1, Læring 0, Engasjement 2""", tooltipShown().orElseThrow().getText());
        assertEquals(LocalDateTime.of(2026, 10, 6, 10, 0), document.plan().activity("a-5").orElseThrow().start());
    }
}
