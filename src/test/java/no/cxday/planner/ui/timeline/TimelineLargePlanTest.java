package no.cxday.planner.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import no.cxday.planner.bench.LargePlans;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.FixedClock;
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

/** A plan of 2,000 activities over 31 days and 20 lanes: only what is near the view has nodes. */
@ExtendWith(ApplicationExtension.class)
class TimelineLargePlanTest {

    @TempDir
    static Path dir;

    private PlanDocument document;

    @Start
    void start(Stage stage) {
        document = new PlanDocument(LargePlans.of(2000, 20));
        PlannerWindow window = new PlannerWindow(document, Catalogue.load(), new PlannerWindow.Storage(
                new RecentFiles(dir.resolve("recent")), new RecoveryStore(dir.resolve("recovery"))),
                new ScriptedDialogs(), new Messages(Language.EN), FixedClock.on(document.plan().cxDay()), new WindowState(), stage::close, l -> { });
        stage.setScene(new Scene(window.view().root(), 1366, 740));
        stage.show();
    }

    private TimelineSkin skin(FxRobot robot) {
        return (TimelineSkin) robot.lookup("#timeline").queryAs(Timeline.class).getSkin();
    }

    private Activity lastOnTheLastDay() {
        return document.plan().activities().stream()
                .filter(a -> a.start().toLocalDate().equals(document.plan().lastDay()) && a.laneId().equals("lane-19"))
                .findFirst().orElseThrow();
    }

    /** The timeline opens on the CX day, in the middle of the 31 days; the tests start from there. */
    private void waitForTheCxDay(FxRobot robot) throws Exception {
        Timeline timeline = robot.lookup("#timeline").queryAs(Timeline.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline.viewportXProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void blocksFarFromTheViewHaveNoNodesUntilScrolledTo(FxRobot robot) throws Exception {
        waitForTheCxDay(robot);
        long nodes = robot.lookup(".activity-block").queryAll().size();
        assertTrue(nodes < 400, "nodes for a few screens, not for 2,000 blocks: " + nodes);
        Activity far = lastOnTheLastDay();
        assertNull(skin(robot).nodeOf(far.id()));

        robot.interact(() -> robot.lookup(".timeline-scroll").queryAs(ScrollPane.class).setHvalue(1));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> skin(robot).nodeOf(far.id()) != null);
        assertNull(skin(robot).nodeOf(document.plan().activities().get(0).id()), "the first day is now far away");
    }

    @Test
    void theSelectedBlockKeepsItsNodeWhereverItIs(FxRobot robot) throws Exception {
        waitForTheCxDay(robot);
        Activity far = lastOnTheLastDay();
        assertNull(skin(robot).nodeOf(far.id()));

        robot.interact(() -> robot.lookup("#timeline").queryAs(Timeline.class).selectedIdProperty().set(far.id()));

        assertNotNull(skin(robot).nodeOf(far.id()));
    }
}
