package no.cxday.planner.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import no.cxday.planner.StartupProbe;

/** The yardstick of the start-up benchmark: the least a JavaFX program can do, one window with a label. */
public final class MinimalWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("CX"), 1366, 740);
        stage.setScene(scene);
        stage.show();
        StartupProbe.reportFirstFrame(scene);
    }

    /** Started like the program itself, from a class that is not an Application, so both load JavaFX alike. */
    public static final class Launch {

        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(MinimalWindow.class, args);
        }
    }
}
