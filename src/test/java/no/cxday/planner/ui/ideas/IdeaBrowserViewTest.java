package no.cxday.planner.ui.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.CarryOver;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import org.controlsfx.control.CheckComboBox;
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
    private IdeaBrowserViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("example.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        viewModel = new IdeaBrowserViewModel(document, Catalogue.load(), new Messages(Language.NB));
        IdeaBrowserView view = new IdeaBrowserView(viewModel);
        stage.setScene(new Scene(view.root(), 400, 760));
        stage.show();
    }

    private static List<Label> records(FxRobot robot) {
        return robot.lookup(".idea-record").queryAllAs(Label.class).stream().filter(Label::isVisible).toList();
    }

    @Test
    void eachIdeasRecordOverTheEarlierYearsShowsOnItsCardAsSoonAsACarriedOverPlanIsOpen(FxRobot robot) {
        robot.interact(() -> viewModel.categories().setAll(Category.SMAA_GREP));
        assertEquals(List.of(), records(robot));

        robot.interact(() -> document.replace(CarryOver.toYear(document.plan(), 2027, false), null));

        List<Label> records = records(robot);
        assertEquals(List.of("1 år ★ 4,0"), records.stream().map(Label::getText).toList(),
                "Kake og kaffe was rated 4 last year");
        assertEquals("Prøvd ett år (2026), snitt 4,0", records.get(0).getAccessibleText());
        assertEquals("Prøvd ett år (2026), snitt 4,0", records.get(0).getTooltip().getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void ticksInTheMultiChoiceFiltersReachTheViewModelAndTheirTitleSaysWhatIsChosen(FxRobot robot) {
        CheckComboBox<Category> categories = robot.lookup("#ideaCategories").queryAs(CheckComboBox.class);
        CheckComboBox<Pillar> pillars = robot.lookup("#ideaPillars").queryAs(CheckComboBox.class);
        assertEquals("Alle kategorier", categories.getTitle());
        assertEquals("Alle elementer", pillars.getTitle());

        robot.interact(() -> categories.getCheckModel().check(Category.SMAA_GREP));
        assertEquals(List.of(Category.SMAA_GREP), viewModel.categories());
        assertEquals("Små, men effektfulle grep", categories.getTitle());

        robot.interact(() -> {
            pillars.getCheckModel().check(Pillar.LAERING);
            pillars.getCheckModel().check(Pillar.ANERKJENNELSE);
        });
        assertEquals(List.of(Pillar.ANERKJENNELSE, Pillar.LAERING), viewModel.pillars());
        assertEquals("2 elementer valgt", pillars.getTitle());

        robot.interact(() -> categories.getCheckModel().clearChecks());
        assertEquals(List.of(), viewModel.categories());
        assertEquals("Alle kategorier", categories.getTitle());
    }

    @Test
    void theSearchFieldClearsWithItsButton(FxRobot robot) {
        TextField search = robot.lookup("#ideaSearch").queryAs(TextField.class);
        robot.interact(() -> search.setText("kake"));
        assertEquals("kake", viewModel.searchProperty().get());

        robot.clickOn(robot.lookup("#ideaSearch .clear-button").queryAs(Node.class));

        assertEquals("", viewModel.searchProperty().get());
    }

    @Test
    void anIdeaShowsItsWholeNameAndSummaryOnHover(FxRobot robot) {
        TreeCell<?> cell = robot.lookup(".idea-cell").match((TreeCell<?> c) -> "Kunde-panel".equals(c.getText()))
                .queryAs(TreeCell.class);

        assertEquals("Kunde-panel\nKunder forteller selv om sine erfaringer, og ansatte får spørre dem direkte.",
                cell.getTooltip().getText());
    }
}
