package no.cxday.planner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real dialogs where only a window shows them. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("Planen")), 800, 600));
        stage.show();
    }

    @Test
    void aNoticeShowsItsSentenceWithoutBlockingTheWindow(FxRobot robot) {
        FxDialogService dialogs = new FxDialogService(stage, new Messages(Language.NB), link -> { });

        robot.interact(() -> dialogs.showNotice("Lagret «agenda.pdf» i mappen /home/kari."));

        assertTrue(robot.lookup((Label label) -> "Lagret «agenda.pdf» i mappen /home/kari.".equals(label.getText()))
                .tryQuery().isPresent(), "the notice is shown");
        assertEquals(1, Window.getWindows().stream().filter(w -> w instanceof Stage).count(),
                "no dialog window, so nothing waits for an answer");
    }
}
