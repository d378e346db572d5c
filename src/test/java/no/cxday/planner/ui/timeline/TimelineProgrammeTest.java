package no.cxday.planner.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.storage.PlanFileException;
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

/**
 * The example plan (three days of three lanes) in the whole window at 1366 pixels: all of it in view,
 * one day alone and its navigation, headers that stay in view, and the line at the time now.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineProgrammeTest {

    private static final LocalDateTime CX_DAY_HALF_PAST_TEN = LocalDateTime.of(2026, 10, 6, 10, 30);

    @TempDir
    static Path dir;

    private final WindowState state = new WindowState();
    private Stage stage;
    private PlanDocument document;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(new Pane(), 1366, 740);
        PlannerWindow.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        open(FixedClock.at(CX_DAY_HALF_PAST_TEN));
        stage.show();
    }

    /** The example plan in a window whose clock is {@code clock}. */
    private void open(Clock clock) {
        try {
            document = new PlanDocument(PlanReader.read(Path.of("docs/examples/cx-dagen-2026.cxplan.json")));
            PlannerWindow window = new PlannerWindow(document, Catalogue.load(), new PlannerWindow.Storage(
                    new RecentFiles(dir.resolve("recent.txt")), new RecoveryStore(dir.resolve("recovery"))),
                    new ScriptedDialogs(), new Messages(Language.NB), clock, state, stage::close, language -> { });
            stage.getScene().setRoot(window.view().root());
        } catch (PlanFileException e) {
            throw new IllegalStateException(e);
        }
    }

    private Timeline timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(Timeline.class);
    }

    private TimelineSkin skin(FxRobot robot) {
        return (TimelineSkin) timeline(robot).getSkin();
    }

    private Bounds viewport(FxRobot robot) {
        Node viewport = robot.lookup(".timeline-scroll").queryAs(ScrollPane.class).lookup(".viewport");
        return viewport.localToScene(viewport.getLayoutBounds());
    }

    /** The nodes of these style classes, from left to right. */
    private static List<Node> all(FxRobot robot, String... styleClasses) {
        return Stream.of(styleClasses).flatMap(c -> robot.lookup("." + c).queryAll().stream())
                .sorted(Comparator.comparingDouble(Node::getLayoutX)).toList();
    }

    private static List<Node> headers(FxRobot robot) {
        return all(robot, "day-header", "day-header-cx", "lane-header");
    }

    private List<String> dayHeaders(FxRobot robot) {
        return all(robot, "day-header", "day-header-cx").stream().map(n -> ((Label) n).getText()).toList();
    }

    private static boolean inside(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5
                && inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fitToWidthShowsEveryDaysColumnsInsideTheViewport(FxRobot robot) {
        Bounds viewport = viewport(robot);
        List<Node> headers = headers(robot);

        assertEquals(12, headers.size(), "three days, each with three lanes");
        for (Node header : headers) {
            assertTrue(inside(viewport, header.localToScene(header.getLayoutBounds())),
                    header + " lies in the viewport " + viewport);
        }
        assertEquals(List.of("man. 5. okt.", "tir. 6. okt. · CX-dagen", "ons. 7. okt."), dayHeaders(robot),
                "narrow days are headed short; the whole date is in the tooltip");

        robot.clickOn("#fitToWidth");

        Node wednesday = all(robot, "day-header").get(1);
        assertFalse(inside(viewport(robot), wednesday.localToScene(wednesday.getLayoutBounds())),
                "without fitting, lanes keep " + TimelineDaysViewModel.WIDE_LANE_WIDTH + " pixels and the days scroll");
        assertEquals(TimelineDaysViewModel.WIDE_LANE_WIDTH, timeline(robot).laneWidthProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertTrue(state.fitToWidthProperty().get(), "Ctrl+0 fits the width again");
    }

    @Test
    void inReviewCtrlZeroFitsTheWidthRatherThanMarkingTheSelectedBlockNotHeld(FxRobot robot) {
        robot.interact(() -> state.fitToWidthProperty().set(false));
        robot.clickOn("#reviewMode");
        robot.interact(() -> state.selectedActivityIdProperty().set("a-5"));
        robot.interact(() -> timeline(robot).requestFocus());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);

        assertTrue(state.fitToWidthProperty().get());
        assertEquals(null, document.plan().activity("a-5").orElseThrow().evaluation());
    }

    @Test
    void oneDayIsShownAloneAndSteppedThroughByButtonsAndKeys(FxRobot robot) {
        robot.clickOn("#oneDay");
        assertEquals(List.of("tirsdag 6. oktober · CX-dagen"), dayHeaders(robot), "nothing selected: the CX day");
        assertEquals(7, robot.lookup(".activity-block").queryAll().size());
        assertEquals(3, robot.lookup(".lane-header").queryAll().size());

        robot.clickOn("#previousDay");
        assertEquals(List.of("mandag 5. oktober"), dayHeaders(robot));
        assertTrue(robot.lookup("#previousDay").queryAs(Button.class).isDisabled(), "no day before the first");

        alt(robot, KeyCode.PAGE_DOWN);
        alt(robot, KeyCode.PAGE_DOWN);
        assertEquals(List.of("onsdag 7. oktober"), dayHeaders(robot));
        assertTrue(robot.lookup("#nextDay").queryAs(Button.class).isDisabled());

        alt(robot, KeyCode.HOME);
        assertEquals(List.of("tirsdag 6. oktober · CX-dagen"), dayHeaders(robot));
        alt(robot, KeyCode.PAGE_UP);
        assertEquals(List.of("mandag 5. oktober"), dayHeaders(robot));

        alt(robot, KeyCode.A);
        assertEquals(3, dayHeaders(robot).size());
        alt(robot, KeyCode.D);
        assertEquals(List.of("tirsdag 6. oktober · CX-dagen"), dayHeaders(robot), "Alt+D: one day again");
        robot.clickOn("#showCxDay");
        assertEquals(LocalDate.of(2026, 10, 6), state.dayShownProperty().get());
        robot.clickOn("#allDays");
        assertEquals(3, dayHeaders(robot).size());
    }

    @Test
    void theDayAndLaneHeadersStayInViewWhileTheTimelineScrollsDown(FxRobot robot) {
        robot.clickOn("+").clickOn("+");
        ScrollPane scroll = robot.lookup(".timeline-scroll").queryAs(ScrollPane.class);

        robot.interact(() -> scroll.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();

        Bounds viewport = viewport(robot);
        for (Node header : headers(robot)) {
            assertTrue(inside(viewport, header.localToScene(header.getLayoutBounds())), header + " in view");
        }
        assertTrue(timeline(robot).viewportYProperty().get() > 100, "scrolled well down");
    }

    @Test
    void theNowLineLiesAcrossTheCxDayAtTheTimeNowAndNowhereElse(FxRobot robot) {
        Node line = robot.lookup(".now-line").query();
        TimelineSkin skin = skin(robot);
        Bounds bounds = line.getBoundsInParent();

        assertTrue(line.isVisible());
        assertEquals(skin.columnX(1, 0), bounds.getMinX(), 1, "from the CX day's first lane");
        assertEquals(skin.columnX(2, 0), bounds.getMaxX(), 1, "to its last");
        assertEquals(skin.minuteY(150), bounds.getCenterY(), 1.5, "at 10:30, two and a half hours into the day");

        robot.clickOn("#oneDay").clickOn("#previousDay");
        assertFalse(line.isVisible(), "Monday alone: not the day");
        robot.clickOn("#nextDay");
        assertTrue(line.isVisible());
        assertEquals(skin.columnX(0, 0), line.getBoundsInParent().getMinX(), 1);
    }

    @Test
    void thereIsNoNowLineWhenTodayIsNoDayOfThePlan(FxRobot robot) {
        robot.interact(() -> open(FixedClock.at(CX_DAY_HALF_PAST_TEN.plusDays(7))));

        assertFalse(robot.lookup(".now-line").query().isVisible());
    }
}
