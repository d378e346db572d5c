package no.cxday.planner.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.beans.property.SimpleStringProperty;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityEditorViewModelTest {

    @TempDir
    Path dir;

    private final SimpleStringProperty selected = new SimpleStringProperty();
    private PlanDocument document;
    private ActivityEditorViewModel editor;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("planner.cxplan.json");
        Files.writeString(file, PlanFixtures.text("planner.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        editor = new ActivityEditorViewModel(document, selected, new Messages(Language.NB));
    }

    private Activity activity(String id) {
        return document.plan().activity(id).orElseThrow();
    }

    @Test
    void theFieldsFollowTheSelectedActivity() {
        assertFalse(editor.editingProperty().get());

        selected.set("a-1");

        assertTrue(editor.editingProperty().get());
        assertEquals("Kake og kaffe", editor.titleProperty().get());
        assertEquals("kantina", editor.laneProperty().get().id());
        assertEquals("08:30", editor.startProperty().get());
        assertEquals("09:15", editor.endProperty().get());
        assertEquals(2, editor.engasjementProperty().get());
        assertEquals("Kari", editor.responsibleProperty().get());
    }

    @Test
    void aCommitWritesEveryFieldAsOneUndoableEdit() {
        selected.set("a-1");
        editor.titleProperty().set("Kake og kaffe for alle");
        editor.startProperty().set("09:00");
        editor.endProperty().set("10:00");
        editor.laeringProperty().set(1);
        editor.locationProperty().set("Kantina");

        assertTrue(editor.commit());

        Activity changed = activity("a-1");
        assertEquals("Kake og kaffe for alle", changed.title());
        assertEquals(LocalDateTime.of(2026, 10, 6, 9, 0), changed.start());
        assertEquals(LocalDateTime.of(2026, 10, 6, 10, 0), changed.end());
        assertEquals(1, changed.pillars().laering());
        assertEquals("Kantina", changed.location());
        assertEquals("endre «Kake og kaffe»", document.undoDescriptionProperty().get());
        document.undo();
        assertEquals("Kake og kaffe", activity("a-1").title());
    }

    @Test
    void anEndBeforeTheStartIsShownAtTheFieldAndNeverReachesThePlan() {
        selected.set("a-1");
        Plan before = document.plan();
        editor.endProperty().set("08:00");

        assertFalse(editor.commit());

        assertEquals("Slutten 08:00 er ikke etter starten 08:30.", editor.timeErrorProperty().get());
        assertEquals(before, document.plan());
    }

    @Test
    void timesAreTypedAsNorwegiansWriteThemAndShownWithAColon() {
        selected.set("a-1");
        editor.startProperty().set("11.30");
        editor.endProperty().set("12");
        assertTrue(editor.commit());
        assertEquals(LocalDateTime.of(2026, 10, 6, 11, 30), activity("a-1").start());
        assertEquals(LocalDateTime.of(2026, 10, 6, 12, 0), activity("a-1").end());
        assertEquals("11:30", editor.startProperty().get());
        assertEquals("12:00", editor.endProperty().get());

        editor.startProperty().set("0930");
        editor.endProperty().set("1130");
        assertTrue(editor.commit());
        assertEquals(LocalDateTime.of(2026, 10, 6, 9, 30), activity("a-1").start());
        assertEquals(LocalDateTime.of(2026, 10, 6, 11, 30), activity("a-1").end());
    }

    @Test
    void aTimeThatIsNotATimeOrABlankTitleIsShownAtItsField() {
        selected.set("a-1");
        editor.startProperty().set("halv ni");
        assertFalse(editor.commit());
        assertEquals("Klokkeslettet «halv ni» kan ikke leses: skriv det som 11.30 eller 11:30.",
                editor.timeErrorProperty().get());
        editor.startProperty().set("08:30");
        editor.endProperty().set("25:00");
        assertFalse(editor.commit());
        assertEquals("Klokkeslettet «25:00» kan ikke leses: skriv det som 11.30 eller 11:30.",
                editor.timeErrorProperty().get());
        editor.endProperty().set(" ");
        assertFalse(editor.commit());
        assertEquals("Fyll inn et klokkeslett.", editor.timeErrorProperty().get());
        editor.endProperty().set("09:15");

        editor.startProperty().set("08:30");
        editor.titleProperty().set("  ");
        assertFalse(editor.commit());
        assertEquals("Tittelen kan ikke være tom.", editor.titleErrorProperty().get());
        assertNull(document.undoDescriptionProperty().get());
    }

    /**
     * A field that loses focus because another block was clicked commits after the selection has
     * changed but before the editor has reloaded: its text belongs to the activity it was loaded from.
     */
    @Test
    void aLateCommitGoesToTheActivityTheFieldsCameFromAndNoOther() {
        SimpleStringProperty selection = new SimpleStringProperty();
        ActivityEditorViewModel[] late = new ActivityEditorViewModel[1];
        selection.addListener((o, before, now) -> late[0].commit());
        late[0] = new ActivityEditorViewModel(document, selection, new Messages(Language.NB));
        selection.set("a-1");
        late[0].titleProperty().set("Endret");

        selection.set("a-2");

        assertEquals("Endret", activity("a-1").title());
        assertEquals("CX workshops", activity("a-2").title());
        assertEquals("CX workshops", late[0].titleProperty().get());
    }

    @Test
    void tasksAreAddedTickedAndRemoved() {
        selected.set("a-2");

        editor.newTaskProperty().set("Bestille rom");
        editor.addTask();
        assertEquals("", editor.newTaskProperty().get(), "the field is emptied for the next task");
        editor.newTaskProperty().set("   ");
        editor.addTask();
        assertEquals(1, activity("a-2").tasks().size());
        editor.setTaskDone(0, true);
        assertTrue(activity("a-2").tasks().get(0).done());
        editor.removeTask(0);
        assertEquals(0, activity("a-2").tasks().size());
    }

    @Test
    void aDueDateIsTypedInTheProgramsLanguage() {
        selected.set("a-2");
        editor.newTaskProperty().set("Bestille rom");
        editor.newTaskDueProperty().set("28.09.2027");

        editor.addTask();

        assertEquals(LocalDate.of(2027, 9, 28), activity("a-2").tasks().get(0).due());
        assertEquals("", editor.newTaskDueProperty().get());
        editor.newTaskProperty().set("Bestille kake");
        editor.newTaskDueProperty().set("6.10.26");
        editor.addTask();
        assertEquals(LocalDate.of(2026, 10, 6), activity("a-2").tasks().get(1).due());
    }

    @Test
    void aDueDateWithoutATaskIsSaidNotIgnored() {
        selected.set("a-2");
        editor.newTaskDueProperty().set("28.09.2027");

        editor.addTask();

        assertEquals(0, activity("a-2").tasks().size());
        assertEquals("Skriv hva som skal gjøres før du legger til oppgaven.", editor.taskErrorProperty().get());
        assertEquals("28.09.2027", editor.newTaskDueProperty().get());
    }

    @Test
    void aDueDateThatCannotBeReadStaysAtItsFieldAndAddsNothing() {
        selected.set("a-2");
        editor.newTaskProperty().set("Bestille rom");
        editor.newTaskDueProperty().set("32.13.2027");

        editor.addTask();

        assertEquals(0, activity("a-2").tasks().size());
        assertEquals("Datoen «32.13.2027» kan ikke leses: skriv den som 06.10.2026.", editor.taskErrorProperty().get());
        assertEquals("32.13.2027", editor.newTaskDueProperty().get());
        assertEquals("Bestille rom", editor.newTaskProperty().get());
    }

    @Test
    void selectingAnotherActivityCommitsWhatWasTypedAndSaysWhatCouldNotBe() {
        selected.set("a-1");
        editor.titleProperty().set("Kake og kaffe for alle");
        selected.set("a-2");
        assertEquals("Kake og kaffe for alle", activity("a-1").title(), "typed, not yet committed, and kept");
        assertEquals("", editor.noticeProperty().get());

        selected.set("a-1");
        editor.startProperty().set("25:00");
        selected.set("a-2");

        assertEquals(LocalDateTime.of(2026, 10, 6, 8, 30), activity("a-1").start());
        assertEquals("Endringen av «Kake og kaffe for alle» ble ikke lagret. Klokkeslettet «25:00» kan "
                + "ikke leses: skriv det som 11.30 eller 11:30.", editor.noticeProperty().get());
        assertEquals("CX workshops", editor.titleProperty().get());
        assertEquals("", editor.timeErrorProperty().get());
    }

    @Test
    void theEvaluationIsEnteredInTheEditorAndABadCountStaysAtItsField() {
        selected.set("a-2");
        assertNull(activity("a-2").evaluation());
        editor.titleProperty().set("CX workshops");
        assertTrue(editor.commit());
        assertNull(activity("a-2").evaluation(), "an activity not reviewed stays so");

        editor.evaluation().ratingProperty().set(5);
        editor.evaluation().participantsProperty().set("mange");
        assertFalse(editor.commit());
        assertEquals("Skriv antall deltakere som et helt tall, 0 eller mer.", editor.evaluation().participantsErrorProperty().get());

        editor.evaluation().participantsProperty().set("25");
        editor.evaluation().notesProperty().set("Fullt");
        assertTrue(editor.commit());
        assertEquals(new Evaluation(true, 5, 25, "Fullt", Extras.NONE), activity("a-2").evaluation());
    }

    @Test
    void lookingAtABlockAndLeavingItChangesNothingNotEvenItsSecondsOrANotHeldRating() {
        document.replace(PlanEdits.update(document.plan(), "a-2", a -> a.placed(a.laneId(),
                a.start().plusSeconds(15), a.end()).withEvaluation(new Evaluation(false, 4, null, "", Extras.NONE))),
                null);
        Activity before = activity("a-2");

        selected.set("a-2");
        selected.set("a-1");
        selected.set(null);

        assertEquals(before, activity("a-2"));
        assertFalse(document.isDirty());
        assertNull(document.undoDescriptionProperty().get());
    }

    @Test
    void aTaskAddedWhileAnotherFieldCannotBeSavedStaysTypedAndSaysWhy() {
        selected.set("a-2");
        editor.titleProperty().set("  ");
        editor.newTaskProperty().set("Bestille rom");

        editor.addTask();

        assertEquals(List.of(), activity("a-2").tasks());
        assertEquals(List.of(), editor.tasks(), "the list shows what the plan holds");
        assertEquals("Bestille rom", editor.newTaskProperty().get(), "what was typed stays");
        assertEquals("Oppgaven ble ikke lagret. Tittelen kan ikke være tom.", editor.taskErrorProperty().get());
    }
}
