package no.cxday.planner.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.ui.Theme;
import no.cxday.planner.ui.main.PlannerWindow;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor in review mode: the stars that rate an activity, and the marks on a refused field. */
@ExtendWith(ApplicationExtension.class)
class EditorReviewFieldsTest {

    @TempDir
    static Path dir;

    private final SimpleStringProperty selected = new SimpleStringProperty();
    private PlanDocument document;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("planner.cxplan.json");
        Files.writeString(file, PlanFixtures.text("planner.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        Messages messages = new Messages(Language.NB);
        ActivityEditorView view = new ActivityEditorView(new ActivityEditorViewModel(document, selected, messages),
                messages, new SimpleBooleanProperty(true));
        scroll = new ScrollPane(view.root());
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 380, 700));
        PlannerWindow.applyTheme(stage.getScene(), Theme.LIGHT);
        stage.show();
        selected.set("a-2");
    }

    private Evaluation evaluation() {
        return document.plan().activity("a-2").orElseThrow().evaluation();
    }

    @Test
    void clickingTheFourthStarRatesTheActivityAndCtrlZTakesItBack(FxRobot robot) {
        robot.interact(() -> scroll.setVvalue(1));
        Rating stars = robot.lookup("#editorRating").queryAs(Rating.class);
        List<Node> buttons = List.copyOf(robot.from(stars).lookup(".button").queryAll());
        assertEquals(5, buttons.size());

        robot.clickOn(buttons.get(3));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(4, evaluation().rating());
        assertTrue(evaluation().held(), "a rated activity was held");
        robot.interact(document::undo);
        assertNull(evaluation() == null ? null : evaluation().rating());
        assertEquals(0, stars.getRating(), "the stars follow the plan back");

        robot.interact(() -> stars.setRating(2));
        robot.clickOn("#editorNoRating");
        assertNull(evaluation().rating(), "the button takes the rating away");
    }

    @Test
    void aRefusedFieldIsMarkedUntilItIsRight(FxRobot robot) {
        TextField planned = robot.lookup("#editorPlannedCost").queryAs(TextField.class);

        robot.interact(() -> {
            planned.setText("mange penger");
            planned.fireEvent(new ActionEvent());
        });
        assertTrue(planned.getStyleClass().contains("field-invalid"));

        robot.interact(() -> {
            planned.setText("1500");
            planned.fireEvent(new ActionEvent());
        });
        assertFalse(planned.getStyleClass().contains("field-invalid"));
        assertEquals(0, document.plan().activity("a-2").orElseThrow().cost().planned().compareTo(
                new java.math.BigDecimal(1500)));
    }
}
