package no.cxday.planner.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.Review;
import no.cxday.planner.model.Task;
import no.cxday.planner.model.TaskIds;
import org.junit.jupiter.api.Test;

class PlanDocumentTest {

    private final Plan original = Plan.blank("CX-dagen 2026", LocalDate.of(2026, 10, 6), new Lane("k", "Kantina"));
    private final PlanDocument document = new PlanDocument(original);

    private static Plan retitled(Plan plan, String title) {
        return new Plan(plan.schemaVersion(), plan.id(), title, plan.organization(), plan.cxDay(), plan.firstDay(),
                plan.lastDay(), plan.dayStart(), plan.dayEnd(), plan.timeZone(),
                Plan.DEFAULT_CURRENCY, null, plan.lanes(), plan.activities(),
                plan.customIdeas(), plan.review(), null, plan.lastYear(), List.of(), plan.extras());
    }

    @Test
    void anEditChangesThePlanAndMakesTheDocumentDirty() {
        List<Plan> seen = new ArrayList<>();
        document.planProperty().addListener((o, was, now) -> seen.add(now));

        document.apply("rename", plan -> retitled(plan, "Ny tittel"));

        assertEquals("Ny tittel", document.plan().title());
        assertEquals(1, seen.size());
        assertTrue(document.isDirty());
        assertEquals("rename", document.undoDescriptionProperty().get());
    }

    @Test
    void undoReturnsToTheSavedPlanAndTheDirtyFlagGoesAway() {
        document.apply("rename", plan -> retitled(plan, "Ny tittel"));

        document.undo();

        assertSame(original, document.plan());
        assertFalse(document.isDirty());
        assertNull(document.undoDescriptionProperty().get());
        assertEquals("rename", document.redoDescriptionProperty().get());
    }

    @Test
    void redoAppliesTheEditAgainAndANewEditClearsRedo() {
        document.apply("first", plan -> retitled(plan, "En"));
        document.undo();
        document.redo();
        assertEquals("En", document.plan().title());

        document.undo();
        document.apply("second", plan -> retitled(plan, "To"));
        document.redo();

        assertEquals("To", document.plan().title());
        assertNull(document.redoDescriptionProperty().get());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        document.apply("nothing", plan -> retitled(plan, plan.title()));

        assertFalse(document.isDirty());
        assertNull(document.undoDescriptionProperty().get());
    }

    @Test
    void savingMakesTheCurrentPlanTheCleanOne() {
        document.apply("rename", plan -> retitled(plan, "Ny tittel"));

        document.markSaved(Path.of("plan.cxplan.json"), document.plan());

        assertFalse(document.isDirty());
        assertEquals(Path.of("plan.cxplan.json"), document.file());
        document.undo();
        assertTrue(document.isDirty(), "the saved file now holds the edited plan");
    }

    @Test
    void thePlanAsSavedWithIdsGivenBecomesTheCurrentOneWithoutAnUndoStep() {
        document.apply("add", plan -> PlanEdits.add(plan, new Activity("a-1", null, "Kake", "k",
                plan.cxDay().atTime(9, 0), plan.cxDay().atTime(10, 0), new Pillars(1, 0, 2), "", "", "",
                List.of(Task.of("Bestille kake", null)), null, null, null, Extras.NONE)));
        Plan saved = TaskIds.given(document.plan());

        document.markSaved(Path.of("plan.cxplan.json"), saved);

        assertSame(saved, document.plan());
        assertEquals("t-1", document.plan().activities().get(0).tasks().get(0).id());
        assertFalse(document.isDirty());
        assertEquals("add", document.undoDescriptionProperty().get(), "giving ids is no step of its own");
    }

    @Test
    void replacingThePlanStartsTheHistoryAfresh() {
        document.apply("rename", plan -> retitled(plan, "Ny tittel"));
        Plan other = Plan.blank("Annen", LocalDate.of(2027, 10, 5), new Lane("x", "X"));

        document.replace(other, Path.of("other.cxplan.json"));

        assertSame(other, document.plan());
        assertFalse(document.isDirty());
        assertNull(document.undoDescriptionProperty().get());
        document.undo();
        assertSame(other, document.plan());
    }

    @Test
    void aPlanMadeByTheProgramIsUnsavedUntilItIsSaved() {
        Plan made = retitled(original, "CX-dagen 2027");

        document.replaceUnsaved(made);

        assertSame(made, document.plan());
        assertTrue(document.isDirty());
        assertNull(document.file());
        assertNull(document.undoDescriptionProperty().get(), "history starts afresh");
        document.markSaved(Path.of("neste.cxplan.json"), document.plan());
        assertFalse(document.isDirty());
    }

    @Test
    void aPlanOpenedOnlyToBeReadTakesNoEditUntilAnotherIsOpened() {
        Plan shared = retitled(original, "Delt");

        document.replace(shared, Path.of("delt.cxplan.json"), true);
        document.apply("rename", plan -> retitled(plan, "Ny tittel"));

        assertTrue(document.isReadOnly());
        assertSame(shared, document.plan());
        assertNull(document.undoDescriptionProperty().get());
        document.replace(shared, Path.of("delt.cxplan.json"));
        assertFalse(document.isReadOnly());
        document.apply("rename", plan -> retitled(plan, "Ny tittel"));
        assertEquals("Ny tittel", document.plan().title());
    }

    @Test
    void aMergeTakenInIsOneUndoStepAndTheFileCountsAsHoldingTheirs() {
        document.replace(original, Path.of("delt.cxplan.json"));
        document.apply("rename", plan -> retitled(plan, "Min tittel"));
        Plan mine = document.plan();
        Plan theirs = original.withReview(new Review("Kaken", List.of(), List.of(), "",
                Extras.NONE));
        Plan merged = retitled(theirs, "Min tittel");

        document.takeIn(theirs, "slå sammen", merged);

        assertEquals(merged, document.plan());
        assertSame(theirs, document.savedPlan());
        assertTrue(document.isDirty(), "the merged plan is not what the file holds");
        assertEquals("slå sammen", document.undoDescriptionProperty().get());
        document.undo();
        assertSame(mine, document.plan());
        assertTrue(document.isDirty(), "the plan as it was here is not what the file holds either");
        document.undo();
        assertSame(original, document.plan());
        assertTrue(document.isDirty());
    }

    @Test
    void aMergeThatGivesWhatTheFileHoldsLeavesNothingUnsaved() {
        document.replace(original, Path.of("delt.cxplan.json"));
        document.apply("rename", plan -> retitled(plan, "Samme tittel"));
        Plan theirs = retitled(original, "Samme tittel");

        document.takeIn(theirs, "slå sammen", retitled(original, "Samme tittel"));

        assertSame(theirs, document.plan());
        assertFalse(document.isDirty());
    }

    private static Activity withTask(String id, String task) {
        LocalDate day = LocalDate.of(2026, 10, 6);
        return new Activity(id, null, "Aktivitet " + id, "k", day.atTime(9, 0), day.atTime(10, 0),
                new Pillars(1, 1, 1), "", "", "", List.of(Task.of(task, day.minusDays(3))), null, null, null,
                Extras.NONE);
    }

    private static List<String> taskIds(Plan plan) {
        return plan.activities().stream().flatMap(a -> a.tasks().stream()).map(Task::id).toList();
    }

    @Test
    void aTaskKeepsTheIdItWasGivenWhateverIsUndoneBeforeTheNextSave() {
        document.apply("først", plan -> plan.withActivities(List.of(withTask("a-1", "Bestille kake"))));
        document.apply("før", plan -> plan.withActivities(List.of(withTask("a-0", "Booke rom"),
                plan.activities().get(0))));

        List<String> exported = taskIds(document.giveTaskIds());
        document.undo();

        assertEquals(List.of(exported.get(1)), taskIds(document.plan()),
                "«Bestille kake» keeps the id the calendar has, though the task before it is undone");
        assertEquals(List.of(exported.get(1)), taskIds(TaskIds.given(document.plan())), "and the next save keeps it");
        document.redo();
        assertEquals(exported, taskIds(document.plan()));
    }
}
