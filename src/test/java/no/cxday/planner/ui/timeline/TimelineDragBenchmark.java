package no.cxday.planner.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.javafx.tk.Toolkit;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import no.cxday.planner.bench.LargePlans;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanSettings;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.FixedClock;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.main.PlannerWindow;
import no.cxday.planner.ui.WindowState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The work of one frame while a block is dragged over a timeline of 500 activities: the mouse
 * event (ghost, gauge preview) and the pulse that follows (CSS, layout, sync; drawing happens on
 * the render thread and is not counted). Run on request: {@code mvn test -Dtest=TimelineDragBenchmark}.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineDragBenchmark {

    private static final int WARM_UP = 200;
    private static final int FRAMES = 400;
    private PlanDocument document;

    @Start
    void start(Stage stage) {
        Plan large = LargePlans.of(500, 5);
        Plan plan = large.withSettings(new PlanSettings(large.title(), "", large.cxDay(), large.cxDay().minusDays(1),
                large.cxDay().plusDays(1), large.dayStart(), large.dayEnd(), large.timeZone()));
        Plan onScreen = plan.withActivities(plan.activities().stream().map(a -> {
            int day = Integer.parseInt(a.id().substring(2)) % 3 - 1;
            return a.placed(a.laneId(), plan.cxDay().plusDays(day).atTime(a.start().toLocalTime()),
                    plan.cxDay().plusDays(day).atTime(a.end().toLocalTime()));
        }).toList());
        document = new PlanDocument(onScreen);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        PlannerWindow window = new PlannerWindow(document, Catalogue.load(), new PlannerWindow.Storage(
                new RecentFiles(tmp.resolve("bench-recent")), new RecoveryStore(tmp.resolve("bench-recovery"))),
                new ScriptedDialogs(), new Messages(Language.EN), FixedClock.on(plan.cxDay()), new WindowState(), stage::close, language -> { });
        stage.setScene(new Scene(window.view().root(), 1366, 740));
        stage.show();
    }

    private static MouseEvent mouse(EventType<MouseEvent> type, Point2D scene) {
        return new MouseEvent(type, scene.getX(), scene.getY(), scene.getX(), scene.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null);
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format(Locale.ROOT, "median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms", sorted[n / 2] / 1e6,
                sorted[n * 9 / 10] / 1e6, sorted[n * 99 / 100] / 1e6, sorted[n - 1] / 1e6);
    }

    @Test
    void framesWhileABlockIsDraggedOverFiveHundredActivities(FxRobot robot) {
        TimelineSkin skin = (TimelineSkin) robot.lookup("#timeline").queryAs(Timeline.class).getSkin();
        long[] frames = new long[WARM_UP + FRAMES];
        robot.interact(() -> {
            BlockNode block = skin.nodeOf(document.plan().activities().get(0).id());
            Point2D start = block.localToScene(block.getWidth() / 2, 10);
            Event.fireEvent(block, mouse(MouseEvent.MOUSE_PRESSED, start));
            for (int i = 0; i < frames.length; i++) {
                Point2D at = start.add((i % 40) * 6, (i % 60) * 4);
                long begin = System.nanoTime();
                Event.fireEvent(block, mouse(MouseEvent.MOUSE_DRAGGED, at));
                Toolkit.getToolkit().firePulse();
                frames[i] = System.nanoTime() - begin;
            }
            Event.fireEvent(block, mouse(MouseEvent.MOUSE_RELEASED, start));
        });
        System.out.printf(Locale.ROOT, "TimelineDragBenchmark: 500 activities; the first %d drag frames (warming up):"
                + " %s; the next %d: %s%n", WARM_UP, summary(Arrays.copyOfRange(frames, 0, WARM_UP)), FRAMES,
                summary(Arrays.copyOfRange(frames, WARM_UP, frames.length)));
        System.out.printf(Locale.ROOT, "TimelineDragBenchmark: the first frames: %s%n", Arrays.stream(frames).limit(8)
                .mapToObj(f -> String.format(Locale.ROOT, "%.1f", f / 1e6)).toList());
        assertEquals(500, document.plan().activities().size());
    }
}
