package no.cxday.planner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.UnaryOperator;
import no.cxday.planner.merge.Side;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.ui.DialogService.ChangedOnDiskChoice;
import no.cxday.planner.ui.DialogService.ConflictInWords;
import no.cxday.planner.ui.ScriptedDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another program saves the open plan: the banner, loading it again, and merging it with the changes here. */
class WindowMergeTest {

    @TempDir
    Path dir;

    private Colleagues ola;
    private Path file;

    @BeforeEach
    void openedByOla() throws Exception {
        ola = new Colleagues(dir);
        file = ola.plan("delt.cxplan.json");
        ola.viewModel.openFile(file);
    }

    private static UnaryOperator<Plan> cake(UnaryOperator<Activity> change) {
        return plan -> PlanEdits.update(plan, "a-1", change);
    }

    private static UnaryOperator<Plan> responsible(String who) {
        return cake(a -> a.withDetails(a.title(), a.pillars(), who, a.location(), a.notes(), a.tasks()));
    }

    private static UnaryOperator<Plan> located(String where) {
        return cake(a -> a.withDetails(a.title(), a.pillars(), a.responsible(), where, a.notes(), a.tasks()));
    }

    private static Activity cakeOf(Plan plan) {
        return plan.activity("a-1").orElseThrow();
    }

    private String banner() {
        return ola.viewModel.changedOnDiskProperty().get();
    }

    @Test
    void aSaveByAnotherProgramShowsTheBannerWhenAndWhatItsButtonDoes() throws Exception {
        ola.fileWritten(file);
        assertEquals("", banner(), "opening the plan changed nothing");

        ola.kariSaves(file, responsible("Per"), 10, 32);

        assertEquals("«delt.cxplan.json» ble lagret av et annet program kl. 10:32.", banner());
        assertEquals("Last inn", ola.viewModel.changedOnDiskActionProperty().get());
        ola.document.apply("endre", located("Aulaen"));
        assertEquals("«delt.cxplan.json» ble lagret av et annet program kl. 10:32, og du har endringer her som ikke "
                + "er lagret.", banner());
        assertEquals("Slå sammen", ola.viewModel.changedOnDiskActionProperty().get());

        ola.viewModel.undo();
        ola.viewModel.takeInChangesOnDisk();

        assertEquals("Per", cakeOf(ola.document.plan()).responsible());
        assertFalse(ola.document.isDirty());
        assertEquals("", banner());
    }

    @Test
    void theWindowsOwnSaveAndTheSameBytesWrittenAgainAreNoChange() throws Exception {
        ola.document.apply("endre", located("Aulaen"));
        assertTrue(ola.viewModel.save());
        ola.fileWritten(file);
        assertEquals("", banner());

        Files.setLastModifiedTime(file, FileTime.from(Colleagues.NOW.plusSeconds(600)));
        ola.viewModel.checkFileOnDisk();
        assertEquals("", banner(), "a sync that wrote the same bytes again");
        ola.document.apply("endre", located("Kantina"));
        assertTrue(ola.viewModel.save(), "nothing to ask about");
        assertEquals(List.of(), ola.dialogs.questions);
    }

    @Test
    void aChangeTheWatchMissedIsFoundWhenTheWindowGetsFocus() throws Exception {
        Files.writeString(file, Files.readString(file).replace("Eksempel AS", "Endret AS"));

        ola.viewModel.checkFileOnDisk();

        assertTrue(banner().startsWith("«delt.cxplan.json» ble lagret av et annet program "), banner());
    }

    @Test
    void aMergeWithoutConflictsIsOneUndoStepAndSaysWhatCameInFromTheFile() throws Exception {
        ola.document.apply("endre", responsible("Ola"));
        Plan mine = ola.document.plan();
        ola.kariSaves(file, cake(a -> a.placed(a.laneId(), a.start().withHour(10).withMinute(30),
                a.end().withHour(11).withMinute(15))).andThen(plan -> PlanEdits.renameLane(plan, "kantina",
                        "Kantina, 2. etasje"))::apply, 10, 32);

        ola.viewModel.takeInChangesOnDisk();

        Activity merged = cakeOf(ola.document.plan());
        assertEquals("Ola", merged.responsible());
        assertEquals("10:30", merged.start().toLocalTime().toString());
        assertEquals("Kantina, 2. etasje", ola.document.plan().lanes().get(0).name());
        assertEquals(List.of("Slått sammen med «delt.cxplan.json». Fra filen kom: endret navnet for sporet «Kantina» "
                + "til «Kantina, 2. etasje»; flyttet «Kake og kaffe» til 10:30–11:15."), ola.dialogs.notices);
        assertEquals("Angre: slå sammen med «delt.cxplan.json»", ola.viewModel.undoTextProperty().get());
        assertTrue(ola.document.isDirty(), "the file holds Kari's plan, without Ola's change");
        assertEquals("", banner());

        ola.viewModel.undo();
        assertSame(mine, ola.document.plan(), "one step back is the plan as it was here");
        ola.viewModel.redo();
        assertTrue(ola.viewModel.save(), "the file holds what was merged, so saving asks nothing");
        Plan saved = PlanReader.read(file);
        assertEquals("Ola", cakeOf(saved).responsible());
        assertEquals("Kantina, 2. etasje", saved.lanes().get(0).name());
    }

    @Test
    void aMergeThatGivesWhatTheFileHoldsLeavesNothingUnsaved() throws Exception {
        ola.document.apply("endre", responsible("Per"));
        ola.kariSaves(file, responsible("Per").andThen(located("Aulaen"))::apply, 11, 5);

        ola.viewModel.takeInChangesOnDisk();

        assertEquals("Aulaen", cakeOf(ola.document.plan()).location());
        assertFalse(ola.document.isDirty());
        assertEquals(List.of("Slått sammen med «delt.cxplan.json». Fra filen kom: endret stedet for «Kake og kaffe» "
                + "til «Aulaen»."), ola.dialogs.notices);
    }

    @Test
    void conflictsArePutInWordsAndResolvedOneByOneInOneUndoStep() throws Exception {
        ola.document.apply("endre", responsible("Ola").andThen(located("Aulaen"))::apply);
        Plan mine = ola.document.plan();
        ola.kariSaves(file, responsible("Per").andThen(located("Kantina, 2. etasje"))::apply, 10, 32);
        ola.dialogs.resolutions.add(List.of(Side.MINE, Side.THEIRS));

        ola.viewModel.takeInChangesOnDisk();

        assertEquals(List.of(List.of(new ConflictInWords("«Kake og kaffe»: ansvarlig", "«Ola»", "«Per»"),
                new ConflictInWords("«Kake og kaffe»: stedet", "«Aulaen»", "«Kantina, 2. etasje»"))),
                ola.dialogs.conflictsShown);
        Activity merged = cakeOf(ola.document.plan());
        assertEquals("Ola", merged.responsible());
        assertEquals("Kantina, 2. etasje", merged.location());
        assertTrue(ola.document.isDirty());
        ola.viewModel.undo();
        assertSame(mine, ola.document.plan());
    }

    @Test
    void cancelledTheMergeChangesNothingAndAllTheirsAtOnceGivesTheFilesPlan() throws Exception {
        ola.document.apply("endre", responsible("Ola").andThen(located("Aulaen"))::apply);
        Plan mine = ola.document.plan();
        ola.kariSaves(file, responsible("Per").andThen(located("Kantina, 2. etasje"))::apply, 10, 32);
        ola.dialogs.resolutions.add(ScriptedDialogs.CANCEL_MERGE);

        ola.viewModel.takeInChangesOnDisk();

        assertSame(mine, ola.document.plan());
        assertEquals("Angre: endre", ola.viewModel.undoTextProperty().get());
        assertFalse(banner().isEmpty(), "the file is still to be taken in");

        ola.dialogs.resolutions.add(List.of(Side.THEIRS, Side.THEIRS));
        ola.viewModel.takeInChangesOnDisk();
        assertEquals(PlanReader.read(file), ola.document.plan());
        assertFalse(ola.document.isDirty());
    }

    @Test
    void savingOverAChangedFileOffersTheMergeThenSavesWhatWasMerged() throws Exception {
        ola.document.apply("endre", responsible("Ola"));
        Files.writeString(file, Files.readString(file).replace("Eksempel AS", "Endret AS"));
        ola.dialogs.changedOnDisk.add(ChangedOnDiskChoice.MERGE);

        assertTrue(ola.viewModel.save());

        Plan saved = PlanReader.read(file);
        assertEquals("Endret AS", saved.organization());
        assertEquals("Ola", cakeOf(saved).responsible());
        assertEquals(List.of("delt.cxplan.json"), ola.dialogs.questions);
        assertFalse(ola.document.isDirty());
    }

    @Test
    void aFileSavedAgainWhileTheMergeWasPickedIsAskedAboutOnceMore() throws Exception {
        ola.document.apply("endre", responsible("Ola"));
        ola.kariSaves(file, responsible("Per"), 10, 32);
        ola.dialogs.changedOnDisk.add(ChangedOnDiskChoice.MERGE);
        ola.dialogs.resolutions.add(List.of(Side.MINE));
        ola.dialogs.whileResolving = () -> {
            try {
                Files.writeString(file, Files.readString(file).replace("Eksempel AS", "Igjen AS"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        ola.dialogs.changedOnDisk.add(ChangedOnDiskChoice.CANCEL);

        assertFalse(ola.viewModel.save());

        assertEquals(List.of("delt.cxplan.json", "delt.cxplan.json"), ola.dialogs.questions);
        assertEquals("Igjen AS", PlanReader.read(file).organization(), "the second save is not written over");
        assertEquals("Ola", cakeOf(ola.document.plan()).responsible(), "the merge is in the window");
    }
}
