package no.cxday.planner.ui.preparation;

import com.sun.javafx.tk.Toolkit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import no.cxday.planner.bench.LargePlans;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.FixedClock;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.WindowState;
import no.cxday.planner.ui.main.PlannerWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * How long the preparation list of the 5,000-activity plan with three tasks on each (15,000 tasks)
 * takes to open (the tab chosen, up to the next pulse laid out), to sort again and to filter again,
 * and what an edit on the timeline costs while the list is not shown. A benchmark, run on request
 * and never by {@code mvn verify}: {@code mvn test -Dtest=PreparationBenchmark}. It prints its
 * figures; it asserts no time.
 */
@ExtendWith(ApplicationExtension.class)
class PreparationBenchmark {

    private static final int ROUNDS = 15;
    private static final LocalDate CX_DAY = LocalDate.of(2026, 10, 6);

    private PlanDocument document;
    private TabPane tabs;
    private Scene scene;

    @Start
    void start(Stage stage) {
        document = new PlanDocument(LargePlans.withThreeTasksEach(5_000));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        PlannerWindow window = new PlannerWindow(document, Catalogue.load(),
                new PlannerWindow.Storage(new RecentFiles(tmp.resolve("bench-recent")),
                        new RecoveryStore(tmp.resolve("bench-recovery"))),
                new ScriptedDialogs(), new Messages(Language.NB), FixedClock.on(CX_DAY), new WindowState(), stage::close,
                language -> { });
        scene = new Scene(window.view().root(), 1366, 740);
        PlannerWindow.applyTheme(scene, no.cxday.planner.ui.Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
        tabs = (TabPane) scene.lookup(".tab-pane");
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.1f ms, worst %.1f ms", sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    /** Runs {@code change} on the FX thread and times it with the pulse that shows it. */
    private static long timed(Runnable change) {
        long start = System.nanoTime();
        change.run();
        Toolkit.getToolkit().firePulse();
        return System.nanoTime() - start;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListOfFifteenThousandTasks(FxRobot robot) {
        long[] open = new long[ROUNDS];
        long[] sort = new long[ROUNDS];
        long[] owner = new long[ROUNDS];
        long[] state = new long[ROUNDS];
        long[] hiddenEdit = new long[ROUNDS];
        robot.interact(() -> {
            ComboBox<PreparationViewModel.Sort> sorts = (ComboBox<PreparationViewModel.Sort>) scene.lookup("#preparationSort");
            ComboBox<String> owners = (ComboBox<String>) scene.lookup("#preparationOwner");
            ComboBox<PreparationViewModel.State> states =
                    (ComboBox<PreparationViewModel.State>) scene.lookup("#preparationState");
            for (int i = 0; i < ROUNDS; i++) {
                tabs.getSelectionModel().select(0);
                Toolkit.getToolkit().firePulse();
                int n = i;
                hiddenEdit[i] = timed(() -> document.apply("flytt", p -> PlanEdits.update(p, "a-" + n,
                        a -> a.placed(a.laneId(), a.start().plusMinutes(15), a.end().plusMinutes(15)))));
                open[i] = timed(() -> tabs.getSelectionModel().select(1));
                sort[i] = timed(() -> sorts.setValue(sorts.getValue() == PreparationViewModel.Sort.DUE
                        ? PreparationViewModel.Sort.OWNER : PreparationViewModel.Sort.DUE));
                owner[i] = timed(() -> owners.setValue(n % 2 == 0 ? "Eier " + (n % 7) : ""));
                state[i] = timed(() -> states.setValue(n % 2 == 0
                        ? PreparationViewModel.State.OPEN : PreparationViewModel.State.ALL));
            }
        });
        System.out.printf("PreparationBenchmark: 15,000 tasks; open: %s; sort again: %s; filter by owner: %s;"
                + " filter by state: %s; an edit on the timeline with the list hidden: %s%n", summary(open),
                summary(sort), summary(owner), summary(state), summary(hiddenEdit));
    }
}
