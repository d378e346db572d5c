package no.cxday.planner.ui.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.CarryOver;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The idea browser in a real scene: what its cards show. */
@ExtendWith(ApplicationExtension.class)
class IdeaBrowserViewTest {

    @TempDir
    static Path dir;

    private PlanDocument document;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("example.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        IdeaBrowserView view = new IdeaBrowserView(new IdeaBrowserViewModel(document, Catalogue.load(),
                new Messages(Language.NB)));
        stage.setScene(new Scene(view.root(), 400, 2000));
        stage.show();
    }

    private static List<String> lastYearRatings(FxRobot robot) {
        return robot.lookup(".last-year-rating").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).toList();
    }

    @Test
    void lastYearsRatingsShowOnTheCardsAsSoonAsACarriedOverPlanIsOpen(FxRobot robot) {
        assertEquals(List.of(), lastYearRatings(robot));

        robot.interact(() -> document.replace(CarryOver.toYear(document.plan(), 2027, false), null));

        assertEquals(List.of("★ 4,0"), lastYearRatings(robot), "Kake og kaffe was rated 4 last year");
        assertEquals("I fjor ★ 4,0, holdt én gang", robot.lookup(".last-year-rating").queryAs(Label.class)
                .getAccessibleText());
    }
}
