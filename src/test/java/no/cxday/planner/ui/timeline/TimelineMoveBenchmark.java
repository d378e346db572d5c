package no.cxday.planner.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.javafx.tk.Toolkit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
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
 * How long one move takes on a timeline of 500 activities: the edit with every listener that
 * derives from the plan, then the next pulse (CSS, layout and sync of the scene; drawing happens on
 * the render thread and is not counted), and that it costs one layout pass. A benchmark, run on request and never by {@code mvn verify}:
 * {@code mvn test -Dtest=TimelineMoveBenchmark}. It prints its figures; it asserts no time.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineMoveBenchmark {

    private static final int ACTIVITIES = 500;
    private static final int MOVES = 200;
    private static final LocalDate CX_DAY = LocalDate.of(2026, 10, 6);

    private PlanDocument document;
    private Scene scene;

    static Plan planOf(int count) {
        Plan plan = Plan.blank("Benchmark", CX_DAY, new Lane("lane-0", "Lane 0"));
        plan = plan.withSettings(new PlanSettings("Benchmark", "", CX_DAY, CX_DAY.minusDays(1),
                CX_DAY.plusDays(1), plan.dayStart(), plan.dayEnd(), plan.timeZone()));
        for (int l = 1; l < 5; l++) {
            plan = PlanEdits.addLane(plan, new Lane("lane-" + l, "Lane " + l));
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = CX_DAY.plusDays(i % 3 - 1);
            int startMinute = (i * 7) % 450;
            activities.add(new Activity("a-" + i, null, "Activity " + i, "lane-" + (i % 5),
                    day.atTime(8, 0).plusMinutes(startMinute), day.atTime(8, 0).plusMinutes(startMinute + 30),
                    new Pillars(i % 4, (i + 1) % 4, (i + 2) % 4), "", "", "", List.of(), null, null, null, Extras.NONE));
        }
        return plan.withActivities(activities);
    }

    @Start
    void start(Stage stage) {
        document = new PlanDocument(planOf(ACTIVITIES));
        PlannerWindow window = new PlannerWindow(document, Catalogue.load(),
                new PlannerWindow.Storage(new RecentFiles(Path.of(System.getProperty("java.io.tmpdir"), "bench-recent")),
                        new RecoveryStore(Path.of(System.getProperty("java.io.tmpdir"), "bench-recovery"))),
                new ScriptedDialogs(), new Messages(Language.EN), FixedClock.on(CX_DAY), new WindowState(), stage::close, language -> { });
        scene = new Scene(window.view().root(), 1366, 740);
        stage.setScene(scene);
        stage.show();
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.2f ms, p90 %.2f ms, max %.2f ms", sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 9 / 10] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    @Test
    void oneMoveOnATimelineOfFiveHundredActivities(FxRobot robot) {
        TimelineSkin skin = (TimelineSkin) robot.lookup("#timeline").queryAs(Timeline.class).getSkin();
        long[] edits = new long[MOVES];
        long[] pulses = new long[MOVES];
        int[] passes = new int[MOVES];
        robot.interact(() -> {
            for (int i = 0; i < MOVES; i++) {
                Activity activity = document.plan().activities().get(i);
                int before = skin.layoutPasses();
                long start = System.nanoTime();
                document.apply("move", p -> PlanEdits.update(p, activity.id(),
                        a -> a.placed(a.laneId(), a.start().plusMinutes(15), a.end().plusMinutes(15))));
                long edited = System.nanoTime();
                Toolkit.getToolkit().firePulse();
                pulses[i] = System.nanoTime() - edited;
                edits[i] = edited - start;
                passes[i] = skin.layoutPasses() - before;
            }
        });
        System.out.printf("TimelineMoveBenchmark: %d activities, %d moves; the edit and its listeners: %s;"
                + " the next pulse (CSS, layout, sync): %s; layout passes per move: %s%n", ACTIVITIES, MOVES,
                summary(edits), summary(pulses), Arrays.stream(passes).distinct().boxed().toList());
        assertEquals(List.of(1), Arrays.stream(passes).distinct().boxed().toList(), "one layout pass per move");
    }
}
