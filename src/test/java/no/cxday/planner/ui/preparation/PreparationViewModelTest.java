package no.cxday.planner.ui.preparation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Task;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.ui.preparation.PreparationViewModel.Row;
import no.cxday.planner.ui.preparation.PreparationViewModel.Sort;
import no.cxday.planner.ui.preparation.PreparationViewModel.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparationViewModelTest {

    @TempDir
    Path dir;

    private PlanDocument document;
    private PreparationViewModel preparation;
    private LocalDate today = LocalDate.of(2027, 10, 2);

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("preparation.cxplan.json");
        Files.writeString(file, PlanFixtures.text("preparation.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        preparation = new PreparationViewModel(document, new Messages(Language.NB), () -> today);
    }

    private List<String> texts() {
        return preparation.rows().stream().map(Row::text).toList();
    }

    private Row row(String text) {
        return preparation.rows().stream().filter(r -> r.text().equals(text)).findFirst().orElseThrow();
    }

    private Task task(String activityId, int index) {
        return document.plan().activity(activityId).orElseThrow().tasks().get(index);
    }

    @Test
    void everyTaskIsListedByDueDateWithTheOwnerFallingBackToTheResponsible() {
        assertEquals(List.of("Invitere kunder", "Bestille kake", "Låne kaffetrakter", "Rydde etterpå"), texts());
        Row borrow = row("Låne kaffetrakter");
        assertEquals("Kari", borrow.owner());
        assertEquals("04.10.2027", borrow.due());
        assertEquals("Kake og kaffe (tirsdag 5. oktober)", borrow.activity());
        assertEquals("", row("Rydde etterpå").due());
        assertTrue(row("Invitere kunder").overdue());
        assertFalse(borrow.overdue());
        assertEquals(List.of("Kari", "Ola"), preparation.owners());
    }

    @Test
    void sortingByOwnerKeepsEachOwnersTasksByDueDate() {
        preparation.sortProperty().set(Sort.OWNER);

        assertEquals(List.of("Invitere kunder", "Låne kaffetrakter", "Rydde etterpå", "Bestille kake"), texts());
    }

    @Test
    void theFiltersByOwnerActivityAndStateCombine() {
        preparation.ownerProperty().set("kari");
        assertEquals(List.of("Invitere kunder", "Låne kaffetrakter", "Rydde etterpå"), texts());

        preparation.activityProperty().set("a-1");
        assertEquals(List.of("Låne kaffetrakter", "Rydde etterpå"), texts());

        preparation.ownerProperty().set(null);
        preparation.stateProperty().set(State.DONE);
        assertEquals(List.of("Bestille kake"), texts());

        preparation.activityProperty().set(null);
        preparation.stateProperty().set(State.OVERDUE);
        assertEquals(List.of("Invitere kunder"), texts());

        preparation.stateProperty().set(State.OPEN);
        assertEquals(List.of("Invitere kunder", "Låne kaffetrakter", "Rydde etterpå"), texts());
    }

    @Test
    void theLineCountsWhatIsDoneAndOverdueOnTheWindowsToday() {
        assertEquals("1 av 4 gjort, 1 forsinket", preparation.summaryProperty().get());

        today = LocalDate.of(2027, 10, 5);
        preparation.setDone(row("Invitere kunder"), true);

        assertEquals("2 av 4 gjort, 1 forsinket", preparation.summaryProperty().get());
    }

    @Test
    void tickingATaskIsOneEditThatUndoes() {
        preparation.setDone(row("Låne kaffetrakter"), true);

        assertTrue(task("a-1", 1).done());
        assertEquals("huk av «Låne kaffetrakter»", document.undoDescriptionProperty().get());
        document.undo();
        assertFalse(task("a-1", 1).done());
        assertFalse(row("Låne kaffetrakter").done());
    }

    @Test
    void textOwnerAndDueAreEditedInPlace() {
        assertTrue(preparation.editText(row("Rydde etterpå"), "  Rydde kantina "));
        assertTrue(preparation.editOwner(row("Rydde kantina"), "Per"));
        assertTrue(preparation.editDue(row("Rydde kantina"), "6.10.27"));

        Task task = task("a-1", 2);
        assertEquals(new Task(null, "Rydde kantina", "Per", LocalDate.of(2027, 10, 6), false, task.extras()), task);
        assertEquals("endre fristen for «Rydde kantina»", document.undoDescriptionProperty().get());
        document.undo();
        document.undo();
        document.undo();
        assertEquals("Rydde etterpå", task("a-1", 2).text());
        assertEquals("", task("a-1", 2).owner());
    }

    @Test
    void aBlankOwnerGivesTheTaskBackToTheResponsible() {
        preparation.editOwner(row("Bestille kake"), " ");

        assertEquals("", task("a-1", 0).owner());
        assertEquals("Kari", row("Bestille kake").owner());
    }

    @Test
    void aDueDateThatCannotBeReadIsSaidAndChangesNothing() {
        Plan before = document.plan();

        assertFalse(preparation.editDue(row("Låne kaffetrakter"), "31.02.2027"));

        assertEquals("Datoen «31.02.2027» kan ikke leses: skriv den som 06.10.2026.",
                preparation.errorProperty().get());
        assertEquals(before, document.plan());
        assertTrue(preparation.editDue(row("Låne kaffetrakter"), ""));
        assertNull(task("a-1", 1).due());
        assertEquals("", preparation.errorProperty().get());
    }

    @Test
    void blankWordsAreRefused() {
        Plan before = document.plan();

        assertFalse(preparation.editText(row("Bestille kake"), "  "));

        assertEquals("Skriv hva som skal gjøres før du legger til oppgaven.", preparation.errorProperty().get());
        assertEquals(before, document.plan());
    }

    @Test
    void aTaskIsAddedToAnActivityAndRemovedAsOneEditEach() {
        assertFalse(preparation.addTask(null, "Sende påminnelse", ""));
        assertEquals("Velg aktiviteten oppgaven hører til.", preparation.errorProperty().get());
        assertFalse(preparation.addTask("a-2", "Sende påminnelse", "i morgen"));
        assertEquals(1, document.plan().activity("a-2").orElseThrow().tasks().size());

        assertTrue(preparation.addTask("a-2", "Sende påminnelse", "01.10.2027"));

        assertEquals(Task.of("Sende påminnelse", LocalDate.of(2027, 10, 1)), task("a-2", 1));
        assertEquals("legg til oppgaven «Sende påminnelse»", document.undoDescriptionProperty().get());
        preparation.remove(row("Invitere kunder"));
        assertEquals(List.of("Sende påminnelse"),
                document.plan().activity("a-2").orElseThrow().tasks().stream().map(Task::text).toList());
        document.undo();
        assertEquals("Invitere kunder", task("a-2", 0).text());
        document.undo();
        assertEquals(1, document.plan().activity("a-2").orElseThrow().tasks().size());
    }

    @Test
    void afterCloseThePlanIsNoLongerFollowed() {
        preparation.close();

        preparation.setDone(row("Låne kaffetrakter"), true);

        assertFalse(row("Låne kaffetrakter").done());
    }
}
