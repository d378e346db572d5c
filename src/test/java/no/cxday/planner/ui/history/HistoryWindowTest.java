package no.cxday.planner.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.HistoryFixtures;
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

/** "År for år" in the whole window: its tab, its table and its charts. */
@ExtendWith(ApplicationExtension.class)
class HistoryWindowTest {

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        MonocleDragState.reset();
        PlannerWindow window = new PlannerWindow(new PlanDocument(HistoryFixtures.carriedOverThrice()),
                Catalogue.load(), new PlannerWindow.Storage(new RecentFiles(dir.resolve("recent.txt")),
                        new RecoveryStore(dir.resolve("recovery"))), new ScriptedDialogs(), new Messages(Language.NB),
                FixedClock.on(LocalDate.of(2028, 9, 1)), new WindowState(), stage::close, language -> { });
        Scene scene = new Scene(window.view().root(), 1366, 740);
        PlannerWindow.applyTheme(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static LineChart<Number, Number> chart(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(LineChart.class);
    }

    @Test
    void ctrl3OpensTheYearsSideBySideWithARowForEachYearAndTheChartsSeries(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        TabPane centre = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("historyTab", centre.getSelectionModel().getSelectedItem().getId());
        TableView<HistoryViewModel.Row> table = robot.lookup("#historyTable").queryTableView();
        assertTrue(table.isVisible());
        assertEquals(List.of("CX-dagen 2025", "CX-dagen 2026", "CX-dagen 2027", "CX-dagen 2028 (i år)"),
                table.getItems().stream().map(HistoryViewModel.Row::title).toList());
        assertEquals(4, robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(row -> ((TableRow<?>) row).getItem() != null).count());
        assertFalse(robot.lookup("#historyHint").queryLabeled().isVisible());

        LineChart<Number, Number> balance = chart(robot, "#historyBalanceChart");
        assertEquals(List.of("Balanse", "Anerkjennelse", "Læring", "Engasjement"),
                balance.getData().stream().map(XYChart.Series::getName).toList());
        assertTrue(balance.getData().stream().allMatch(series -> series.getData().size() == 4));
        assertEquals(List.of(92.0, 92.0, 92.0, 92.0),
                balance.getData().get(0).getData().stream().map(XYChart.Data::getYValue).toList());
        assertEquals(List.of("2025", "2026", "2027", "2028"), robot.from(balance.getXAxis())
                .lookup((Node node) -> node instanceof Text text && node.isVisible() && !text.getText().isEmpty())
                .queryAll().stream().map(node -> ((Text) node).getText()).toList());
        LineChart<Number, Number> rating = chart(robot, "#historyRatingChart");
        assertEquals(List.of(3.0, 4.5, 3.5), rating.getData().get(0).getData().stream()
                .map(XYChart.Data::getYValue).toList(), "2028 is not rated yet, so it has no point");
        assertEquals(List.of(2025, 2026, 2027), rating.getData().get(0).getData().stream()
                .map(XYChart.Data::getXValue).toList());
        assertTrue(balance.isVisible() && rating.isVisible());
    }
}
