package no.cxday.planner.ui.main;

import static no.cxday.planner.ui.main.Colleagues.kari;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Review;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanLock;
import no.cxday.planner.storage.PlanLock.State;
import no.cxday.planner.storage.ReadOnlyFolder;
import no.cxday.planner.ui.DialogService.LockChoice;
import no.cxday.planner.ui.DialogService.RecoveryChoice;
import no.cxday.planner.ui.DialogService.SaveChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock beside a plan in the window's life: kept while it is open, asked about, taken over, gone on close. */
class WindowLockTest {

    @TempDir
    Path dir;

    private Colleagues ola;
    private ReadOnlyFolder readOnly;

    @BeforeEach
    void window() {
        ola = new Colleagues(dir);
    }

    @AfterEach
    void writableAgain() throws Exception {
        if (readOnly != null) {
            readOnly.close();
        }
    }

    private static Plan reviewed(Plan plan) {
        return plan.withReview(new Review("Kaken", List.of(), List.of(), "", plan.review().extras()));
    }

    @Test
    void aPlanOpenedForEditingHasOurLockBesideItUntilAnotherTakesItsPlace() throws Exception {
        Path first = ola.plan("forste.cxplan.json");
        Path second = ola.plan("andre.cxplan.json");

        ola.viewModel.openFile(first);
        PlanLock.Status status = ola.lockOf(first);
        assertEquals(State.OURS, status.state());
        assertEquals("Ola Nordmann", status.holder().user());

        ola.viewModel.openFile(second);
        assertEquals(State.NONE, ola.lockOf(first).state(), "the plan closed, its lock went");
        assertEquals(State.OURS, ola.lockOf(second).state());

        ola.viewModel.newPlan(2027);
        assertEquals(State.NONE, ola.lockOf(second).state(), "a new plan takes its place");
        assertEquals(List.of(), ola.dialogs.lockQuestions);
    }

    @Test
    void carryingOverSavingAsAndClosingTheWindowTakeTheLockAlong() throws Exception {
        Path file = ola.plan("delt.cxplan.json");
        ola.viewModel.openFile(file);

        ola.viewModel.carryOver(2027, false);
        assertEquals(State.NONE, ola.lockOf(file).state(), "next year's plan is in no file yet");

        Path next = dir.resolve("neste.cxplan.json");
        ola.dialogs.filesToSave.add(next);
        assertTrue(ola.viewModel.save());
        assertEquals(State.OURS, ola.lockOf(next).state(), "the lock is written when the plan is first saved");

        ola.document.apply("endre", WindowLockTest::reviewed);
        ola.dialogs.saveChoices.add(SaveChoice.CANCEL);
        assertFalse(ola.viewModel.mayCloseWindow());
        assertEquals(State.OURS, ola.lockOf(next).state(), "Avbryt keeps the window, and the plan, open");
        ola.dialogs.saveChoices.add(SaveChoice.DISCARD);
        assertTrue(ola.viewModel.mayCloseWindow());
        assertEquals(State.NONE, ola.lockOf(next).state(), "closed with its changes discarded, no lock is left");
    }

    @Test
    void saveAsMovesTheLockToTheNewFile() throws Exception {
        Path file = ola.plan("delt.cxplan.json");
        ola.viewModel.openFile(file);
        Path copy = dir.resolve("kopi.cxplan.json");
        ola.dialogs.filesToSave.add(copy);

        assertTrue(ola.viewModel.saveAs());

        assertEquals(State.NONE, ola.lockOf(file).state());
        assertEquals(State.OURS, ola.lockOf(copy).state());
        assertTrue(ola.viewModel.mayCloseWindow(), "nothing unsaved: closing asks nothing");
        assertEquals(State.NONE, ola.lockOf(copy).state());
    }

    @Test
    void aPlanSomeoneElseHasOpenIsAskedAboutInOneSentenceAndAvbrytOpensNothing() throws Exception {
        Path file = ola.plan("delt.cxplan.json");
        kari(Duration.ofMinutes(48)).write(file, "Kari Nordmann", "cxday-planner 0.2.0");
        Plan before = ola.document.plan();
        ola.dialogs.lockChoices.add(LockChoice.CANCEL);

        ola.viewModel.openFile(file);

        assertEquals(List.of("«delt.cxplan.json» er åpnet av Kari Nordmann på KARI-PC siden kl. 09:12: vil du åpne "
                + "den skrivebeskyttet, åpne den likevel (så kan dere skrive over hverandres endringer), eller "
                + "avbryte?"), ola.dialogs.lockQuestions);
        assertEquals(before, ola.document.plan());
        assertEquals("Kari Nordmann", ola.lockOf(file).holder().user(), "her lock is left as it was");
    }

    @Test
    void openedReadOnlyThePlanTakesNoEditAndTheBannerSaysWhoHasIt() throws Exception {
        Path file = ola.plan("delt.cxplan.json");
        kari(Duration.ofDays(1).plusMinutes(48).minusHours(1)).write(file, "Kari Nordmann", "p");
        byte[] lock = Files.readAllBytes(PlanLock.fileOf(file));
        ola.dialogs.lockChoices.add(LockChoice.READ_ONLY);

        ola.viewModel.openFile(file);

        assertTrue(ola.viewModel.readOnlyProperty().get());
        assertEquals("«delt.cxplan.json» er åpnet av Kari Nordmann på KARI-PC siden 13.09.2026 kl. 10:12, så her "
                + "kan den bare leses: endringer tas ikke imot, men eksport og utskrift virker. Åpne den igjen når "
                + "Kari Nordmann har lukket den.", ola.viewModel.readOnlyReasonProperty().get());
        assertTrue(ola.viewModel.windowTitleProperty().get().contains("(skrivebeskyttet)"));
        Plan opened = ola.document.plan();
        ola.document.apply("endre", WindowLockTest::reviewed);
        assertEquals(opened, ola.document.plan(), "the document refuses every edit");
        assertFalse(ola.viewModel.save());
        assertTrue(ola.viewModel.mayCloseWindow());
        assertArrayEquals(lock, Files.readAllBytes(PlanLock.fileOf(file)), "her lock is neither taken nor removed");
    }

    @Test
    void openAnywayTakesTheLockAndTheNextPlanIsNoLongerReadOnly() throws Exception {
        Path file = ola.plan("delt.cxplan.json");
        kari(Duration.ofMinutes(5)).write(file, "Kari Nordmann", "p");
        ola.dialogs.lockChoices.add(LockChoice.READ_ONLY);
        ola.viewModel.openFile(file);

        ola.dialogs.lockChoices.add(LockChoice.OPEN_ANYWAY);
        ola.viewModel.openFile(file);

        assertFalse(ola.viewModel.readOnlyProperty().get());
        assertEquals("", ola.viewModel.readOnlyReasonProperty().get());
        assertEquals(State.OURS, ola.lockOf(file).state());
        ola.document.apply("endre", WindowLockTest::reviewed);
        assertTrue(ola.document.isDirty());
    }

    @Test
    void aStaleLockIsTakenOverWithoutAsking() throws Exception {
        Path old = ola.plan("gammel.cxplan.json");
        kari(Duration.ofHours(25)).write(old, "Kari Nordmann", "p");
        Path crashed = ola.plan("krasjet.cxplan.json");
        new PlanLock("OLA-PC", 42, Clock.fixed(Colleagues.NOW, Colleagues.ZONE), (pid, since) -> false)
                .write(crashed, "Ola Nordmann", "p");

        ola.viewModel.openFile(old);
        assertEquals(State.OURS, ola.lockOf(old).state());
        ola.viewModel.openFile(crashed);

        assertEquals(State.OURS, ola.lockOf(crashed).state(), "a lock of a process gone from this machine");
        assertEquals(List.of(), ola.dialogs.lockQuestions);
    }

    @Test
    void aFolderThatTakesNoLockOpensThePlanAndSaysOthersWereNotTold() throws Exception {
        readOnly = ReadOnlyFolder.with(dir.resolve("delt"), "delt.cxplan.json",
                PlanFixtures.text("example.cxplan.json"));
        Path file = readOnly.folder().resolve("delt.cxplan.json");

        ola.viewModel.openFile(file);

        assertEquals("CX-dagen 2026", ola.document.plan().title());
        assertFalse(ola.viewModel.readOnlyProperty().get(), "the plan can still be changed here");
        assertEquals(List.of("Kunne ikke fortelle andre at du har «delt.cxplan.json» åpen: mappen tar ikke imot "
                + "låsefilen. Planen er åpen likevel."), ola.dialogs.notices);
        assertEquals(List.of(), ola.dialogs.errors);
        assertTrue(ola.viewModel.mayCloseWindow());
    }

    @Test
    void aPlanBroughtBackAfterACrashTakesItsLockAndSaysWhoElseOpenedItMeanwhile() throws Exception {
        Path file = ola.plan("delt.cxplan.json");
        ola.viewModel.openFile(file);
        ola.document.apply("endre", WindowLockTest::reviewed);
        ola.viewModel.autosave();
        kari(Duration.ofMinutes(48)).write(file, "Kari Nordmann", "p");
        Colleagues restarted = new Colleagues(dir);
        restarted.dialogs.recoveries.add(RecoveryChoice.RESTORE);

        assertTrue(restarted.viewModel.offerRecovered());

        assertEquals(State.OURS, restarted.lockOf(file).state());
        assertTrue(restarted.dialogs.notices.contains("«delt.cxplan.json» er også åpnet av Kari Nordmann på KARI-PC "
                + "siden kl. 09:12: dere kan skrive over hverandres endringer."), restarted.dialogs.notices.toString());
        assertEquals(List.of(), restarted.dialogs.lockQuestions);
    }
}
