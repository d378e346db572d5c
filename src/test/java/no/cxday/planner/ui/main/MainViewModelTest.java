package no.cxday.planner.ui.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.util.Subscription;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanSettings;
import no.cxday.planner.model.Review;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanLock;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.DialogService;
import no.cxday.planner.ui.DialogService.SaveChoice;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.WindowState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    private static final Messages NB = new Messages(Language.NB);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** This process's lock; no watch (the tests of the shared plan watch, in {@link Colleagues}). */
    private static final PlanSharing SHARING = new PlanSharing(PlanLock.ofThisProcess(Clock.systemDefaultZone()),
            "Kari", "cxday-planner test", (file, onChange) -> Subscription.EMPTY);

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final PlanDocument document = new PlanDocument(MainViewModel.blankPlan(NB, 2027));
    private final WindowState state = new WindowState();
    private RecoveryStore recovery;
    private MainViewModel viewModel;

    @BeforeEach
    void viewModel() {
        recovery = new RecoveryStore(dir.resolve("recovery"));
        viewModel = new MainViewModel(document, dialogs, NB, () -> TODAY, new RecentFiles(dir.resolve("recent.txt")),
                recovery, SHARING, state);
    }

    private Path example() throws Exception {
        Path file = dir.resolve("example.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        return file;
    }

    private void makeDirty() {
        document.apply("endre", plan -> plan.withActivities(List.of(new Activity("ny", null, "Kake",
                plan.lanes().get(0).id(), plan.cxDay().atTime(9, 0), plan.cxDay().atTime(10, 0),
                new Pillars(1, 0, 2), "", "", "", List.of(), null, null, null, Extras.NONE))));
    }

    @Test
    void aNewPlanIsForTheNextCxDay() {
        Plan plan = document.plan();

        assertEquals(LocalDate.of(2027, 10, 5), plan.cxDay());
        assertEquals("CX-dagen 2027", plan.title());
        assertEquals("Hovedspor", plan.lanes().get(0).name());
        assertEquals("CX-dagen 2027 – CX-dagen planlegger", viewModel.windowTitleProperty().get());
    }

    @Test
    void openingAPlanShowsItsTitleAndAnUnsavedChangeAddsAStar() throws Exception {
        dialogs.filesToOpen.add(example());

        viewModel.open();
        assertEquals("CX-dagen 2026 – CX-dagen planlegger", viewModel.windowTitleProperty().get());
        assertEquals(1, document.plan().activities().size());

        makeDirty();
        assertEquals("*CX-dagen 2026 – CX-dagen planlegger", viewModel.windowTitleProperty().get());
    }

    @Test
    void aBadFileIsRefusedInOneSentenceAndTheOpenPlanStays() throws Exception {
        Path bad = dir.resolve("bad.cxplan.json");
        Files.writeString(bad, "{ not json");
        Plan before = document.plan();
        dialogs.filesToOpen.add(bad);

        viewModel.open();

        assertSame(before, document.plan());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Kan ikke åpne «" + bad + "»: "), dialogs.errors.get(0));
    }

    @Test
    void savingAPlanNeverSavedAsksWhereAndAddsTheExtension() throws Exception {
        dialogs.filesToSave.add(dir.resolve("min plan"));

        assertTrue(viewModel.save());

        Path saved = dir.resolve("min plan.cxplan.json");
        assertEquals(List.of("CX-dagen 2027.cxplan.json"), dialogs.suggestedNames);
        assertEquals(saved, document.file());
        assertEquals(document.plan(), PlanReader.read(saved));
    }

    @Test
    void saveWritesToTheOpenFileAndClearsTheStar() throws Exception {
        Path file = example();
        viewModel.openFile(file);
        makeDirty();

        assertTrue(viewModel.save());

        assertFalse(document.isDirty());
        assertEquals("Kake", PlanReader.read(file).activities().get(0).title());
        assertEquals(List.of("Lagret «example.cxplan.json» i mappen " + dir + "."), dialogs.notices,
                "a notice that does not wait for an answer says where it went");
    }

    @Test
    void anAutosaveIsAnnouncedOnceForEachVersionOfThePlanItKeeps() throws Exception {
        viewModel.openFile(example());
        viewModel.autosave();
        assertEquals(List.of(), dialogs.notices, "nothing unsaved, nothing kept");

        makeDirty();
        viewModel.autosave();
        viewModel.autosave();

        assertEquals(1, dialogs.notices.size(), dialogs.notices.toString());
        assertTrue(dialogs.notices.get(0).startsWith("En sikkerhetskopi av «CX-dagen 2026» er tatt kl. "));
    }

    @Test
    void theIdsASaveGivesTasksStayInTheWindowSoTheNextSaveKeepsThem() throws Exception {
        Path file = example();
        viewModel.openFile(file);
        document.apply("endre", plan -> plan.withReview(new Review("Kaken", List.of(), List.of(), "", Extras.NONE)));

        assertTrue(viewModel.save());
        String given = document.plan().activities().get(0).tasks().get(0).id();
        document.apply("endre", plan -> plan.withReview(Review.EMPTY));
        assertTrue(viewModel.save());

        assertEquals("t-1", given);
        assertFalse(document.isDirty());
        assertEquals(given, PlanReader.read(file).activities().get(0).tasks().get(0).id());
    }

    @Test
    void aPlanFromANewerVersionOpensReadOnlyWithAMessage() throws Exception {
        Path newer = dir.resolve("newer.cxplan.json");
        Files.writeString(newer,
                PlanFixtures.text("example.cxplan.json").replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"));
        byte[] before = Files.readAllBytes(newer);

        viewModel.openFile(newer);

        assertTrue(viewModel.readOnlyProperty().get());
        assertTrue(viewModel.windowTitleProperty().get().contains("(skrivebeskyttet)"));
        assertEquals("«newer.cxplan.json» er laget av en nyere versjon av programmet (schemaVersion 2) og kan bare "
                + "leses: endringer tas ikke imot, men eksport og utskrift virker.",
                viewModel.readOnlyReasonProperty().get());
        Plan opened = document.plan();
        makeDirty();
        assertEquals(opened, document.plan(), "no edit reaches a plan a newer version wrote");
        assertFalse(document.isDirty());
        assertFalse(viewModel.save());
        assertArrayEquals(before, Files.readAllBytes(newer));
    }

    @Test
    void unsavedChangesAreAskedAboutBeforeTheyAreLost() throws Exception {
        makeDirty();
        dialogs.saveChoices.add(SaveChoice.CANCEL);
        dialogs.filesToOpen.add(example());

        viewModel.open();

        assertEquals(List.of("CX-dagen 2027"), dialogs.askedAbout);
        assertTrue(document.isDirty(), "cancel keeps the changed plan");
        assertEquals("CX-dagen 2027", document.plan().title());

        dialogs.saveChoices.add(SaveChoice.DISCARD);
        viewModel.open();
        assertEquals("CX-dagen 2026", document.plan().title());
    }

    @Test
    void choosingSaveWhenAskedSavesFirstAndAFailedSaveKeepsThePlanOpen() throws Exception {
        makeDirty();
        dialogs.saveChoices.add(SaveChoice.SAVE);
        dialogs.filesToSave.add(dir.resolve("nowhere").resolve("plan.cxplan.json"));

        assertFalse(viewModel.mayDiscardChanges());
        assertEquals(1, dialogs.errors.size());
        assertTrue(document.isDirty());

        dialogs.saveChoices.add(SaveChoice.SAVE);
        dialogs.filesToSave.add(dir.resolve("plan.cxplan.json"));
        assertTrue(viewModel.mayDiscardChanges());
        assertTrue(Files.exists(dir.resolve("plan.cxplan.json")));
    }

    @Test
    void aTitleWithEmojiIsProposedAsAFileNameAndShownInTheWindowTitleWithoutThem() throws Exception {
        document.apply("endre", plan -> plan.withSettings(new PlanSettings("CX-dagen 2027 🎉 Kundefest",
                plan.organization(), plan.cxDay(), plan.firstDay(), plan.lastDay(), plan.dayStart(), plan.dayEnd(),
                plan.timeZone())));
        dialogs.filesToSave.add(dir.resolve("fest"));

        assertEquals("*CX-dagen 2027 Kundefest – CX-dagen planlegger", viewModel.windowTitleProperty().get());
        assertTrue(viewModel.save());
        assertEquals(List.of("CX-dagen 2027 Kundefest.cxplan.json"), dialogs.suggestedNames);
        assertEquals("CX-dagen 2027 🎉 Kundefest", PlanReader.read(dir.resolve("fest.cxplan.json")).title(),
                "the plan itself keeps its emoji");
    }

    @Test
    void undoAndRedoAreNamedAfterWhatTheyWouldDo() {
        assertEquals("Angre", viewModel.undoTextProperty().get());
        assertFalse(viewModel.canUndoProperty().get());

        makeDirty();
        assertEquals("Angre: endre", viewModel.undoTextProperty().get());
        viewModel.undo();
        assertEquals("Gjør om: endre", viewModel.redoTextProperty().get());
        assertFalse(document.isDirty());
        viewModel.redo();
        assertTrue(document.isDirty());
    }

    @Test
    void aNewPlanIsForTheCxDayOfTheChosenYear() {
        assertEquals(2027, viewModel.suggestedYear());

        viewModel.newPlan(2030);

        assertEquals(LocalDate.of(2030, 10, 1), document.plan().cxDay());
        assertEquals("CX-dagen 2030", document.plan().title());
        assertEquals(null, document.file());
    }

    @Test
    void openedAndSavedPlansAreRememberedNewestFirst() throws Exception {
        Path first = example();
        viewModel.openFile(first);
        dialogs.filesToSave.add(dir.resolve("copy.cxplan.json"));
        viewModel.saveAs();

        assertEquals(List.of(dir.resolve("copy.cxplan.json"), first), viewModel.recentFiles());
    }

    @Test
    void aPlanWhoseCxDayHasPassedOpensInReviewMode() throws Exception {
        viewModel.openFile(example());
        assertTrue(viewModel.reviewModeProperty().get(), "the CX day 2026-10-06 is before 2026-11-23");

        viewModel.newPlan(2027);
        assertFalse(viewModel.reviewModeProperty().get());
    }

    @Test
    void carryingOverGivesNextYearsPlanUnsavedAndOutOfReviewMode() throws Exception {
        Path file = example();
        viewModel.openFile(file);

        viewModel.carryOver(2027, false);

        assertEquals("CX-dagen 2027", document.plan().title());
        assertEquals(LocalDate.of(2027, 10, 5), document.plan().cxDay());
        assertEquals("CX-dagen 2026", document.plan().lastYear().title());
        assertEquals(null, document.file(), "saving asks where, so that last year's file stays as it was");
        assertEquals(dir, viewModel.folder(), "in the folder of last year's plan");
        assertFalse(viewModel.reviewModeProperty().get());
        assertTrue(document.isDirty(), "the new plan is in no file yet");
        assertTrue(viewModel.windowTitleProperty().get().startsWith("*CX-dagen 2027"));
        viewModel.autosave();
        assertEquals(document.plan().activities(), PlanReader.read(recoveryCopy()).activities(),
                "autosave keeps a copy of it");

        dialogs.saveChoices.add(SaveChoice.CANCEL);
        assertFalse(viewModel.mayDiscardChanges(), "closing asks about it");
        assertEquals(List.of("CX-dagen 2027"), dialogs.askedAbout);
        dialogs.filesToSave.add(dir.resolve("neste"));
        assertTrue(viewModel.save());
        assertFalse(document.isDirty());
        assertTrue(Files.exists(dir.resolve("neste.cxplan.json")));
    }

    private Path recoveryCopy() {
        return dir.resolve("recovery").resolve(document.plan().id() + ".cxplan.json");
    }

    @Test
    void autosaveWritesARecoveryCopyOfUnsavedChangesAndNeverTheUsersFile() throws Exception {
        Path file = example();
        viewModel.openFile(file);
        byte[] before = Files.readAllBytes(file);
        viewModel.autosave();
        assertFalse(Files.exists(recoveryCopy()), "nothing to recover while nothing is unsaved");

        makeDirty();
        viewModel.autosave();

        assertEquals(document.plan(), PlanReader.read(recoveryCopy()));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertTrue(viewModel.save());
        assertFalse(Files.exists(recoveryCopy()), "a clean save removes the copy");
    }

    @Test
    void discardingOrClosingCleanlyRemovesTheRecoveryCopy() throws Exception {
        viewModel.openFile(example());
        makeDirty();
        viewModel.autosave();
        dialogs.saveChoices.add(SaveChoice.DISCARD);

        assertTrue(viewModel.mayDiscardChanges());

        assertFalse(Files.exists(recoveryCopy()));
    }

    @Test
    void aFailedSaveKeepsThePlanOpenUnsavedWithARecoveryCopy() throws Exception {
        dialogs.filesToSave.add(dir.resolve("missing").resolve("plan.cxplan.json"));
        makeDirty();

        assertFalse(viewModel.save());

        assertTrue(document.isDirty());
        assertEquals(document.plan(), PlanReader.read(recoveryCopy()));
    }

    @Test
    void aFileChangedByAnotherProgramIsNotSavedOverWithoutAsking() throws Exception {
        Path file = example();
        viewModel.openFile(file);
        makeDirty();
        String theirs = PlanFixtures.text("example.cxplan.json").replace("Eksempel AS", "Endret av noen andre");
        Files.writeString(file, theirs);

        dialogs.changedOnDisk.add(DialogService.ChangedOnDiskChoice.CANCEL);
        assertFalse(viewModel.save());
        assertEquals(theirs, Files.readString(file));
        assertEquals(List.of("example.cxplan.json"), dialogs.questions);

        dialogs.changedOnDisk.add(DialogService.ChangedOnDiskChoice.RELOAD);
        assertFalse(viewModel.save());
        assertEquals("Endret av noen andre", document.plan().organization());
        assertFalse(document.isDirty());

        makeDirty();
        dialogs.changedOnDisk.clear();
        assertTrue(viewModel.save(), "after a reload the file is ours again");
        Files.writeString(file, theirs);
        makeDirty();
        dialogs.changedOnDisk.add(DialogService.ChangedOnDiskChoice.OVERWRITE);
        assertTrue(viewModel.save());
        assertEquals(document.plan(), PlanReader.read(file));
    }

    @Test
    void aFileDeletedOrMovedAwayIsSavedAgainWhereItWas() throws Exception {
        Path file = example();
        viewModel.openFile(file);
        makeDirty();
        Files.delete(file);

        assertTrue(viewModel.save());

        assertEquals(List.of(), dialogs.questions);
        assertEquals(document.plan(), PlanReader.read(file));
    }

    @Test
    void afterACrashTheNextStartOffersToRestoreAndUndoShowsWhatWasUnsaved() throws Exception {
        Path file = example();
        viewModel.openFile(file);
        makeDirty();
        viewModel.autosave();
        Plan unsaved = document.plan();
        PlanDocument afterCrash = new PlanDocument(MainViewModel.blankPlan(NB, 2027));
        MainViewModel restarted = new MainViewModel(afterCrash, dialogs, NB, () -> TODAY,
                new RecentFiles(dir.resolve("recent.txt")), recovery, SHARING, new WindowState());
        dialogs.recoveries.add(DialogService.RecoveryChoice.RESTORE);

        assertTrue(restarted.offerRecovered());

        assertTrue(dialogs.recoveryOffers.get(0).startsWith("«CX-dagen 2026» (kopi fra "), dialogs.recoveryOffers.get(0));
        assertTrue(dialogs.recoveryOffers.get(0).endsWith(", fra " + file.toAbsolutePath() + ")"));
        assertEquals(unsaved, afterCrash.plan());
        assertEquals(file.toAbsolutePath(), afterCrash.file());
        assertTrue(afterCrash.isDirty());
        assertTrue(restarted.reviewModeProperty().get(), "its CX day has passed");
        assertEquals("«CX-dagen 2026» er hentet tilbake med endringene som ikke var lagret. Angre viser dem.",
                dialogs.notices.get(dialogs.notices.size() - 1));
        afterCrash.undo();
        assertEquals(PlanReader.read(file), afterCrash.plan());
    }

    @Test
    void anUntitledPlanIsRecoveredTooAndAPlanCanBeDiscardedOrKeptForLater() throws Exception {
        makeDirty();
        viewModel.autosave();
        dialogs.recoveries.add(DialogService.RecoveryChoice.LATER);
        assertFalse(viewModel.offerRecovered());
        assertTrue(dialogs.recoveryOffers.get(0).contains("en plan som aldri ble lagret"));
        assertTrue(Files.exists(recoveryCopy()));

        dialogs.recoveries.add(DialogService.RecoveryChoice.DISCARD);
        assertFalse(viewModel.offerRecovered());
        assertFalse(Files.exists(recoveryCopy()));
    }

    @Test
    void theNewPlanAndCarryOverFlowsAskAboutUnsavedChangesFirstThenTheYear() throws Exception {
        viewModel.openFile(example());
        makeDirty();
        dialogs.saveChoices.add(SaveChoice.CANCEL);

        viewModel.carryOverToNextYear();

        assertEquals(List.of("CX-dagen 2026"), dialogs.askedAbout);
        assertEquals(List.of(), dialogs.yearsSuggested, "cancelled before the year was asked");
        dialogs.saveChoices.add(SaveChoice.DISCARD);
        dialogs.carryOvers.add(new DialogService.CarryOverChoice(2027, true));
        viewModel.carryOverToNextYear();
        assertEquals(List.of(2027), dialogs.yearsSuggested, "the year after the plan's CX day");
        assertEquals(LocalDate.of(2027, 10, 5), document.plan().cxDay());

        dialogs.saveChoices.add(SaveChoice.DISCARD);
        dialogs.newPlanYears.add(2030);
        viewModel.newPlan();
        assertEquals(List.of(2027, 2027), dialogs.yearsSuggested, "a new plan is suggested for the next CX day");
        assertEquals(LocalDate.of(2030, 10, 1), document.plan().cxDay());
    }
}
