package no.cxday.planner.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Balance;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.DialogService.SaveChoice;
import no.cxday.planner.ui.FixedClock;
import no.cxday.planner.ui.MonocleDragState;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.main.PlannerWindow;
import no.cxday.planner.ui.WindowState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole planner window in a real scene, driven with the mouse and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class PlannerWindowTest {

    private static final Messages NB = new Messages(Language.NB);
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 10, 6);

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private PlanDocument document;
    private PlannerWindow window;
    private final WindowState state = new WindowState();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        MonocleDragState.reset();
        this.stage = stage;
        Path file = Files.createTempFile(dir, "planner", ".cxplan.json");
        Files.writeString(file, PlanFixtures.text("planner.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        window = new PlannerWindow(document, Catalogue.load(), new PlannerWindow.Storage(
                new RecentFiles(dir.resolve("recent.txt")), new RecoveryStore(dir.resolve("recovery"))), dialogs, NB,
                FixedClock.on(LocalDate.of(2026, 11, 23)), state, stage::close, language -> { });
        PlannerWindow.guard(stage, window::viewModel);
        Scene scene = new Scene(window.view().root(), 1366, 740);
        scene.getStylesheets().add(PlannerWindow.class.getResource("/no/cxday/planner/ui/planner.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private Timeline timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(Timeline.class);
    }

    private TimelineSkin skin(FxRobot robot) {
        return (TimelineSkin) timeline(robot).getSkin();
    }

    /** The point on screen of a day, a lane and a minute from the day start, a little inside the lane. */
    private Point2D at(FxRobot robot, LocalDate day, int lane, double minute) {
        TimelineSkin skin = skin(robot);
        int dayIndex = skin.layout().days().indexOf(day);
        return timeline(robot).localToScreen(skin.columnX(dayIndex, lane) + 30, skin.minuteY(minute));
    }

    private Activity activity(String id) {
        return document.plan().activity(id).orElseThrow();
    }

    /** A point inside a block, {@code fromTop} pixels below its top (or above its bottom when negative). */
    private Point2D blockPoint(FxRobot robot, String id, double fromTop) {
        BlockNode node = skin(robot).nodeOf(id);
        return node.localToScreen(node.getWidth() / 2, fromTop < 0 ? node.getHeight() + fromTop : fromTop);
    }

    private void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void theGaugesSuggestionsStillFollowThePlanAfterAGarbageCollection(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            System.gc();
        }

        robot.interact(() -> document.apply("bare kake", plan -> plan.withActivities(List.of(
                activity("a-1").withDetails("Kake", new Pillars(3, 0, 0), "", "", "", List.of())))));

        assertTrue(robot.lookup("#suggestions").queryAs(VBox.class).getChildren().size() > 0,
                "læring and engasjement are missing, so ideas that fill them are suggested");
    }

    @Test
    void theGridStepBoxAndTheTimelineKeepTheSameStepAfterAGarbageCollection(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Integer> step = robot.lookup(".timeline-tools .combo-box").queryAs(ComboBox.class);
        for (int i = 0; i < 5; i++) {
            System.gc();
        }

        robot.interact(() -> state.gridStepProperty().set(30));
        assertEquals(30, step.getValue());
        robot.interact(() -> step.setValue(5));
        assertEquals(5, state.gridStepProperty().get());
    }

    @Test
    void whatTheGhostShowsWhileABlockIsResizedIsWhatReleaseCommitsEvenPastTheDaysEnd(FxRobot robot) {
        robot.interact(() -> document.apply("flytt", plan -> PlanEdits.update(plan, "a-2", a -> a.placed(a.laneId(),
                TUESDAY.atTime(15, 30), TUESDAY.atTime(16, 30)))));
        WaitForAsyncUtils.waitForFxEvents();

        robot.drag(blockPoint(robot, "a-2", 2), MouseButton.PRIMARY).moveTo(at(robot, TUESDAY, 1, 420));
        WaitForAsyncUtils.waitForFxEvents();
        String ghost = robot.lookup(".ghost-time").queryAs(Label.class).getText();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("15:00–16:30", ghost, "the end stays where it was, past the day's window");
        assertEquals(TUESDAY.atTime(15, 0), activity("a-2").start());
        assertEquals(TUESDAY.atTime(16, 30), activity("a-2").end());
    }

    @Test
    void droppingAnIdeaOnALaneCreatesAnActivityAtTheSnappedTimeAndTheGaugeFollows(FxRobot robot) {
        TreeCell<?> idea = robot.lookup(".idea-cell")
                .match((TreeCell<?> cell) -> "CX Hero Awards".equals(cell.getText())).queryAs(TreeCell.class);

        robot.drag(idea, MouseButton.PRIMARY).moveBy(12, 4).moveTo(at(robot, TUESDAY, 1, 307))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Activity added = document.plan().activities().get(2);
        assertEquals("cx-hero-awards", added.ideaId());
        assertEquals("auditoriet", added.laneId());
        assertEquals(LocalDateTime.of(2026, 10, 6, 13, 0), added.start());
        assertEquals(LocalDateTime.of(2026, 10, 6, 13, 45), added.end());
        Label score = robot.lookup(".gauge-score").queryAs(Label.class);
        assertEquals(Integer.toString(Balance.of(document.plan()).score()), score.getText());

        shortcut(robot, KeyCode.Z);
        assertEquals(2, document.plan().activities().size());
        shortcut(robot, KeyCode.Y);
        assertEquals(3, document.plan().activities().size());
        shortcut(robot, KeyCode.Z);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(3, document.plan().activities().size(), "Ctrl+Shift+Z redoes too");
    }

    @Test
    void draggingABlockMovesItToAnotherLaneAndDayOnRelease(FxRobot robot) {
        BlockNode other = skin(robot).nodeOf("a-2");
        robot.drag(blockPoint(robot, "a-1", 12), MouseButton.PRIMARY)
                .moveTo(at(robot, MONDAY, 1, 180 + 12 / skin(robot).pixelsPerMinute()));
        int passes = skin(robot).layoutPasses();
        assertEquals("kantina", activity("a-1").laneId(), "nothing changes before the release");
        Label preview = robot.lookup(".gauge-preview-score").queryAs(Label.class);
        assertTrue(preview.getText().startsWith("→ "), "the gauge previews the drop");
        Label score = robot.lookup(".gauge-score").queryAs(Label.class);
        javafx.geometry.Bounds at = preview.localToScene(preview.getBoundsInLocal());
        javafx.geometry.Bounds middle = score.localToScene(score.getBoundsInLocal());
        assertEquals(middle.getCenterX(), at.getCenterX(), 1.5, "the preview sits under the score, inside the ring");
        assertTrue(at.getMinY() >= middle.getMaxY() - 10 && at.getMaxY() <= middle.getMaxY() + 30, at + " under " + middle);

        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Activity moved = activity("a-1");
        assertEquals("auditoriet", moved.laneId());
        assertEquals(LocalDateTime.of(2026, 10, 5, 11, 0), moved.start());
        assertEquals(LocalDateTime.of(2026, 10, 5, 11, 45), moved.end());
        assertSame(other, skin(robot).nodeOf("a-2"), "the other block keeps its node");
        assertEquals(passes + 1, skin(robot).layoutPasses(), "one layout pass for the move");
        assertEquals("Angre: flytt «Kake og kaffe»", window.viewModel().undoTextProperty().get());

        shortcut(robot, KeyCode.Z);
        assertEquals("kantina", activity("a-1").laneId());
        assertEquals(LocalDateTime.of(2026, 10, 6, 8, 30), activity("a-1").start());
    }

    @Test
    void anIdeaSuggestedForAMissingPillarCanBeDraggedIn(FxRobot robot) {
        Label suggestion = robot.lookup("#suggestions .suggestion-chip .label").queryAs(Label.class);
        String title = suggestion.getText();

        robot.drag(suggestion, MouseButton.PRIMARY).moveBy(-12, 4).moveTo(at(robot, MONDAY, 0, 60))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(3, document.plan().activities().size());
        assertEquals(title, document.plan().activities().get(2).title());
        assertEquals("kantina", document.plan().activities().get(2).laneId());
    }

    @Test
    void theZoomButtonsStretchTheTimeAxis(FxRobot robot) {
        double before = timeline(robot).pixelsPerMinuteProperty().get();

        robot.clickOn("+");

        assertEquals(before * 1.25, timeline(robot).pixelsPerMinuteProperty().get(), 1e-9);
    }

    @Test
    void draggingTheEdgesResizesTheBlockToTheGrid(FxRobot robot) {
        drag(robot, blockPoint(robot, "a-2", -2), at(robot, TUESDAY, 1, 242));
        assertEquals(LocalDateTime.of(2026, 10, 6, 10, 0), activity("a-2").start());
        assertEquals(LocalDateTime.of(2026, 10, 6, 12, 0), activity("a-2").end());

        drag(robot, blockPoint(robot, "a-2", 2), at(robot, TUESDAY, 1, 95));
        assertEquals(LocalDateTime.of(2026, 10, 6, 9, 30), activity("a-2").start());
        assertEquals(LocalDateTime.of(2026, 10, 6, 12, 0), activity("a-2").end());
    }

    @Test
    void aBlockCannotBeDraggedOutOfTheDayOrShorterThanOneStep(FxRobot robot) {
        drag(robot, blockPoint(robot, "a-2", -2), at(robot, TUESDAY, 1, 60));
        assertEquals(LocalDateTime.of(2026, 10, 6, 10, 15), activity("a-2").end());

        drag(robot, blockPoint(robot, "a-1", 12), at(robot, TUESDAY, 0, -200));
        assertEquals(LocalDateTime.of(2026, 10, 6, 8, 0), activity("a-1").start());
        assertEquals(LocalDateTime.of(2026, 10, 6, 8, 45), activity("a-1").end());
    }

    @Test
    void blocksThatOverlapInALaneStandSideBySideAndAreBothMarked(FxRobot robot) {
        drag(robot, blockPoint(robot, "a-1", 12), at(robot, TUESDAY, 1, 135 + 12 / skin(robot).pixelsPerMinute()));

        BlockNode first = skin(robot).nodeOf("a-1");
        BlockNode second = skin(robot).nodeOf("a-2");
        assertEquals("auditoriet", activity("a-1").laneId());
        assertTrue(first.getPseudoClassStates().contains(BlockNode.OVERLAPPING));
        assertTrue(second.getPseudoClassStates().contains(BlockNode.OVERLAPPING));
        assertTrue(first.getBoundsInParent().getMaxX() <= second.getBoundsInParent().getMinX()
                || second.getBoundsInParent().getMaxX() <= first.getBoundsInParent().getMinX(), "side by side");
    }

    @Test
    void aSkinThatIsReplacedStopsListening(FxRobot robot) {
        TimelineSkin old = skin(robot);
        robot.interact(() -> timeline(robot).setSkin(new TimelineSkin(timeline(robot))));
        robot.clickOn(blockPoint(robot, "a-1", 12));

        robot.type(KeyCode.DOWN);

        assertEquals(LocalDateTime.of(2026, 10, 6, 8, 45), activity("a-1").start(), "one step, not one a skin");
        int passes = old.layoutPasses();
        robot.interact(() -> document.undo());
        assertEquals(passes, old.layoutPasses());
    }

    @Test
    void theKeyboardMovesResizesDuplicatesAndRemovesTheSelectedBlock(FxRobot robot) {
        robot.clickOn(blockPoint(robot, "a-1", 12));

        robot.type(KeyCode.DOWN);
        assertEquals(LocalDateTime.of(2026, 10, 6, 8, 45), activity("a-1").start());
        robot.press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        assertEquals(LocalDateTime.of(2026, 10, 6, 9, 45), activity("a-1").end());
        shortcut(robot, KeyCode.RIGHT);
        assertEquals("auditoriet", activity("a-1").laneId());
        robot.type(KeyCode.LEFT);
        assertEquals(MONDAY, activity("a-1").start().toLocalDate());
        shortcut(robot, KeyCode.D);
        assertEquals(3, document.plan().activities().size());
        robot.type(KeyCode.DELETE);
        assertEquals(2, document.plan().activities().size());
        shortcut(robot, KeyCode.Z);
        assertEquals(3, document.plan().activities().size());
    }

    @Test
    void theEditorShowsTheBlockFirstSelected(FxRobot robot) {
        assertTrue(robot.lookup("#editorTitle").tryQuery().map(field -> !field.getParent().isVisible())
                .orElse(true), "the form is not shown while nothing is selected");

        robot.clickOn(blockPoint(robot, "a-1", 12));

        Activity selected = activity("a-1");
        assertEquals(selected.title(), robot.lookup("#editorTitle").queryAs(TextField.class).getText());
        List<Integer> weights = robot.lookup(".spinner").queryAllAs(Spinner.class).stream()
                .map(spinner -> (Integer) spinner.getValue()).toList();
        assertEquals(List.of(selected.pillars().anerkjennelse(), selected.pillars().laering(),
                selected.pillars().engasjement()), weights);
    }

    @Test
    void tabSelectsTheBlocksInTurnAndEnterOpensTheEditor(FxRobot robot) {
        robot.clickOn(blockPoint(robot, "a-1", 12));
        robot.type(KeyCode.TAB);
        assertEquals("a-2", timeline(robot).selectedIdProperty().get());

        robot.type(KeyCode.ENTER);

        assertTrue(robot.lookup("#editorTitle").query().isFocused());
        robot.type(KeyCode.END).write(" for alle").type(KeyCode.ENTER);
        assertEquals("CX workshops for alle", activity("a-2").title());
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowOpen(FxRobot robot) {
        robot.clickOn(blockPoint(robot, "a-1", 12)).type(KeyCode.DOWN);
        dialogs.saveChoices.add(SaveChoice.CANCEL);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertEquals(List.of("CX-dagen 2026"), dialogs.askedAbout);
        assertTrue(stage.isShowing());
    }

    @Test
    void inReviewModeARatingIsEnteredStraightOnTheBlockAndShownOnIt(FxRobot robot) {
        robot.clickOn("#reviewMode");
        robot.clickOn(blockPoint(robot, "a-2", 12));

        robot.type(KeyCode.DIGIT4);

        assertEquals(4, activity("a-2").evaluation().rating());
        assertTrue(activity("a-2").evaluation().held());
        assertEquals("★★★★☆", skin(robot).nodeOf("a-2").ratingText());
        assertEquals("Ikke vurdert", skin(robot).nodeOf("a-1").ratingText());
        robot.type(KeyCode.DIGIT0);
        assertEquals("Ikke holdt", skin(robot).nodeOf("a-2").ratingText());
    }

    @Test
    void outsideReviewModeTheDigitsDoNothing(FxRobot robot) {
        robot.clickOn(blockPoint(robot, "a-2", 12));
        assertEquals("a-2", timeline(robot).selectedIdProperty().get(), "the digits would rate the selected block");

        robot.type(KeyCode.DIGIT4);

        assertEquals(null, activity("a-2").evaluation());
    }
}
