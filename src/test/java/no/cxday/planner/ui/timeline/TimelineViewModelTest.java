package no.cxday.planner.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.beans.property.StringProperty;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Placement;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.TimeGrid;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.WindowState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineViewModelTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 10, 6);

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final WindowState state = new WindowState();
    private final StringProperty selected = state.selectedActivityIdProperty();
    private PlanDocument document;
    private TimelineViewModel viewModel;

    @BeforeEach
    void openThePlannerFixture() throws Exception {
        Path file = dir.resolve("planner.cxplan.json");
        Files.writeString(file, PlanFixtures.text("planner.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        viewModel = new TimelineViewModel(document, Catalogue.load(), new Messages(Language.NB), dialogs, state);
    }

    private Activity activity(String id) {
        return document.plan().activity(id).orElseThrow();
    }

    private TimeGrid grid() {
        return TimeGrid.of(document.plan(), viewModel.gridStepProperty().get());
    }

    @Test
    void droppingAnIdeaAddsItsActivityAtThePlacementAndSelectsIt() {
        viewModel.commit(Placement.ofIdea("kake-og-kaffe", "auditoriet", grid().place(MONDAY, 97, 45)));

        Activity added = document.plan().activities().get(2);
        assertEquals("a-3", added.id());
        assertEquals("Kake og kaffe", added.title());
        assertEquals("kake-og-kaffe", added.ideaId());
        assertEquals(LocalDateTime.of(2026, 10, 5, 9, 30), added.start());
        assertEquals(LocalDateTime.of(2026, 10, 5, 10, 15), added.end());
        assertEquals("a-3", selected.get());
        assertEquals("legg til «Kake og kaffe»", document.undoDescriptionProperty().get());
    }

    @Test
    void anIdeaAddedWithoutTheMouseGoesToTheFirstFreeTimeInTheFirstLaneOnTheCxDay() {
        viewModel.addIdea("kake-og-kaffe");

        Activity added = activity(selected.get());
        assertEquals("kantina", added.laneId());
        assertEquals(LocalDateTime.of(2026, 10, 6, 9, 15), added.start(), "after a-1, which ends at 09:15");
        assertEquals(LocalDateTime.of(2026, 10, 6, 10, 0), added.end());
    }

    @Test
    void anIdeaAddedWithoutTheMouseGoesBesideTheSelectedBlock() {
        selected.set("a-2");

        viewModel.addIdea("kake-og-kaffe");

        Activity added = activity(selected.get());
        assertEquals("auditoriet", added.laneId());
        assertEquals(LocalDateTime.of(2026, 10, 6, 8, 0), added.start());
        assertEquals("legg til «Kake og kaffe»", document.undoDescriptionProperty().get());
    }

    @Test
    void anUnknownIdeaDropsNothing() {
        assertFalse(viewModel.commit(Placement.ofIdea("no-such-idea", "auditoriet", grid().place(MONDAY, 97, 45))));

        assertEquals(2, document.plan().activities().size());
        assertNull(document.undoDescriptionProperty().get());
    }

    @Test
    void aPlacementIsPreviewedWithoutChangingThePlanAndReleaseCommitsExactlyIt() {
        Placement placement = Placement.ofIdea("cx-workshops", "kantina", grid().place(TUESDAY, 300, 60));

        viewModel.placementProperty().set(placement);

        assertNotNull(viewModel.previewProperty().get());
        assertEquals(3, viewModel.previewProperty().get().activities().size());
        assertEquals(2, document.plan().activities().size());
        Plan previewed = viewModel.previewProperty().get();
        viewModel.commit(viewModel.placementProperty().get());
        assertEquals(previewed, document.plan());
        assertNull(viewModel.placementProperty().get());
        assertNull(viewModel.previewProperty().get());
    }

    @Test
    void movingAndResizingAreOneEditEachNamedAfterWhatTheyDo() {
        Activity a1 = activity("a-1");
        viewModel.commit(Placement.ofActivity("a-1", "auditoriet", grid().moved(a1, MONDAY, 61)));
        assertEquals("auditoriet", activity("a-1").laneId());
        assertEquals(LocalDateTime.of(2026, 10, 5, 9, 0), activity("a-1").start());
        assertEquals(LocalDateTime.of(2026, 10, 5, 9, 45), activity("a-1").end());
        assertEquals("flytt «Kake og kaffe»", document.undoDescriptionProperty().get());

        viewModel.commit(Placement.ofActivity("a-2", "auditoriet", grid().resizedAtEnd(activity("a-2"), 250)));
        assertEquals(LocalDateTime.of(2026, 10, 6, 12, 15), activity("a-2").end());
        viewModel.commit(Placement.ofActivity("a-2", "auditoriet", grid().resizedAtStart(activity("a-2"), 170)));
        assertEquals(LocalDateTime.of(2026, 10, 6, 10, 45), activity("a-2").start());
        assertEquals(LocalDateTime.of(2026, 10, 6, 12, 15), activity("a-2").end());
        assertTrue(document.undoDescriptionProperty().get().startsWith("endre lengden"),
                document.undoDescriptionProperty().get());
    }

    @Test
    void keyboardMovesStopAtTheEdgesOfTheDayTheLanesAndTheDays() {
        viewModel.nudge("a-1", -1);
        viewModel.nudge("a-1", -1);
        viewModel.nudge("a-1", -1);
        assertEquals(LocalDateTime.of(2026, 10, 6, 8, 0), activity("a-1").start());

        viewModel.toNeighbourLane("a-1", -1);
        assertEquals("kantina", activity("a-1").laneId());
        viewModel.toNeighbourLane("a-1", 1);
        assertEquals("auditoriet", activity("a-1").laneId());

        viewModel.toNeighbourDay("a-1", 1);
        assertEquals(TUESDAY, activity("a-1").start().toLocalDate());
        viewModel.toNeighbourDay("a-1", -1);
        assertEquals(MONDAY, activity("a-1").start().toLocalDate());

        viewModel.stretch("a-1", -5);
        assertEquals(15, activity("a-1").minutes());
    }

    @Test
    void aDuplicateGoesRightAfterTheOriginalAndIsSelected() {
        viewModel.duplicate("a-1");

        Activity copy = activity("a-3");
        assertEquals("Kake og kaffe", copy.title());
        assertEquals(LocalDateTime.of(2026, 10, 6, 9, 15), copy.start());
        assertEquals(LocalDateTime.of(2026, 10, 6, 10, 0), copy.end());
        assertEquals("a-3", selected.get());
    }

    @Test
    void removingTheSelectedActivityClearsTheSelection() {
        selected.set("a-1");

        viewModel.remove("a-1");

        assertNull(selected.get());
        document.undo();
        assertEquals("Kake og kaffe", activity("a-1").title());
    }

    @Test
    void removingALaneWithActivitiesAsksFirst() {
        dialogs.confirmations.add(false);
        viewModel.removeLane("kantina");
        assertEquals(2, document.plan().lanes().size());
        assertEquals(List.of("Sporet «Kantina» har 1 aktiviteter. Vil du fjerne sporet og aktivitetene?"),
                dialogs.questions);

        dialogs.confirmations.add(true);
        viewModel.removeLane("kantina");
        assertEquals(List.of(new Lane("auditoriet", "Auditoriet")), document.plan().lanes());
        assertEquals(1, document.plan().activities().size());

        viewModel.removeLane("auditoriet");
        assertEquals(1, document.plan().lanes().size(), "the last lane stays");
        assertEquals(1, dialogs.infos.size());
    }

    @Test
    void lanesAreAddedRenamedAndMovedByName() {
        dialogs.texts.add("Resepsjonen");
        viewModel.addLane();
        assertEquals(new Lane("resepsjonen-1", "Resepsjonen"), document.plan().lanes().get(2));

        dialogs.texts.add("Foajeen");
        viewModel.renameLane("resepsjonen-1");
        viewModel.moveLane("resepsjonen-1", -2);

        assertEquals(new Lane("resepsjonen-1", "Foajeen"), document.plan().lanes().get(0));
        assertTrue(viewModel.layoutProperty().get().lanes().get(0).name().equals("Foajeen"));
    }

    @Test
    void aRatingStraightOnTheBlockMarksItHeldAndZeroMarksItNotHeld() {
        viewModel.rate("a-1", 4);
        assertEquals(new Evaluation(true, 4, null, "", Extras.NONE), activity("a-1").evaluation());
        assertEquals("vurder «Kake og kaffe»", document.undoDescriptionProperty().get());

        viewModel.rate("a-1", null);
        assertEquals(false, activity("a-1").evaluation().held());
        assertNull(activity("a-1").evaluation().rating());
    }
}
