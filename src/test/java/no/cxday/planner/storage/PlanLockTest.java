package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.cxday.planner.storage.PlanLock.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanLockTest {

    private static final Instant OPENED = Instant.parse("2026-09-14T07:12:00Z");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @TempDir
    Path dir;

    private ReadOnlyFolder readOnly;

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, OSLO);
    }

    /** Kari's program on her machine, with the processes she has running. */
    private static PlanLock kari(Clock clock, Set<Long> running) {
        return new PlanLock("KARI-PC", 4711, clock, (pid, since) -> running.contains(pid));
    }

    private static PlanLock ola(Clock clock) {
        return new PlanLock("OLA-PC", 815, clock, (pid, since) -> pid == 815);
    }

    private Path plan() {
        return dir.resolve("cx-dagen-2026.cxplan.json");
    }

    @Test
    void theLockIsNamedAsLibreOfficeNamesItsOwnAndHoldsWhoSinceWhen() throws Exception {
        PlanLock.Outcome outcome = kari(at(OPENED.plusMillis(700)), Set.of(4711L)).write(plan(), "Kari Nordmann",
                "cxday-planner 0.2.0");

        assertEquals(new PlanLock.Outcome(true, null), outcome);
        Path lock = dir.resolve(".~lock.cx-dagen-2026.cxplan.json#");
        assertEquals(lock, PlanLock.fileOf(plan()));
        assertEquals("{\"user\":\"Kari Nordmann\",\"host\":\"KARI-PC\",\"pid\":4711,"
                + "\"since\":\"2026-09-14T09:12:00+02:00\",\"program\":\"cxday-planner 0.2.0\"}", Files.readString(lock));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(lock), files.toList(), "no temporary file or backup is left");
        }
    }

    @Test
    void aLockLivesFromOpeningToClosing() {
        PlanLock kari = kari(at(OPENED), Set.of(4711L));
        assertEquals(new PlanLock.Status(State.NONE, null), kari.status(plan()));

        kari.write(plan(), "Kari Nordmann", "cxday-planner 0.2.0");

        PlanLock.Status ours = kari.status(plan());
        assertEquals(State.OURS, ours.state());
        assertEquals(new PlanLock.Holder("Kari Nordmann", "KARI-PC", 4711,
                OffsetDateTime.parse("2026-09-14T09:12:00+02:00"), "cxday-planner 0.2.0"), ours.holder());
        PlanLock.Status seenByOla = ola(at(OPENED.plusSeconds(3600))).status(plan());
        assertEquals(State.FRESH, seenByOla.state());
        assertEquals("Kari Nordmann", seenByOla.holder().user());

        assertEquals(new PlanLock.Outcome(true, null), kari.remove(plan()));
        assertFalse(Files.exists(PlanLock.fileOf(plan())));
        assertEquals(State.NONE, ola(at(OPENED)).status(plan()).state());
    }

    @Test
    void aLockOverADayOldIsStaleWhereverItsProcessRuns() {
        kari(at(OPENED), Set.of(4711L)).write(plan(), "Kari", "p");

        assertEquals(State.FRESH, ola(at(OPENED.plus(PlanLock.STALE_AFTER))).status(plan()).state());
        assertEquals(State.STALE, ola(at(OPENED.plus(PlanLock.STALE_AFTER).plusSeconds(1))).status(plan()).state());
        assertEquals(State.FRESH, ola(at(OPENED.minus(Duration.ofMinutes(5)))).status(plan()).state(),
                "a clock a little behind is no reason to take a lock over");
    }

    @Test
    void onTheSameMachineALockWhoseProcessIsGoneIsStale() {
        kari(at(OPENED), Set.of(4711L)).write(plan(), "Kari", "p");

        PlanLock afterACrash = new PlanLock("kari-pc", 5000, at(OPENED.plusSeconds(60)), (pid, since) -> false);
        PlanLock anotherWindow = new PlanLock("KARI-PC", 5000, at(OPENED.plusSeconds(60)), (pid, since) -> pid == 4711);

        assertEquals(State.STALE, afterACrash.status(plan()).state());
        assertEquals(State.FRESH, anotherWindow.status(plan()).state());
        assertEquals(State.FRESH, new PlanLock("OLA-PC", 4711, at(OPENED), (pid, since) -> false).status(plan())
                .state(), "another machine's processes are not known here");
    }

    @Test
    void aLockThatCannotBeReadIsStaleNeverAnError() throws Exception {
        Path lock = PlanLock.fileOf(plan());
        for (String text : List.of("", "not json", "[]", "{\"user\":\"Kari\"}",
                "{\"user\":\"Kari\",\"host\":\"KARI-PC\",\"pid\":\"4711\",\"since\":\"2026-09-14T09:12:00+02:00\","
                        + "\"program\":\"p\"}",
                "{\"user\":\"Kari\",\"host\":\"KARI-PC\",\"pid\":4711,\"since\":\"i går\",\"program\":\"p\"}",
                "x".repeat(70_000))) {
            Files.writeString(lock, text);

            assertEquals(new PlanLock.Status(State.STALE, null), ola(at(OPENED)).status(plan()), text);
        }
        Files.delete(lock);
        Files.createDirectory(lock);
        assertEquals(new PlanLock.Status(State.STALE, null), ola(at(OPENED)).status(plan()));
    }

    @Test
    void closingLeavesALockSomeoneElseTookOver() {
        kari(at(OPENED), Set.of(4711L)).write(plan(), "Kari", "p");
        ola(at(OPENED.plusSeconds(60))).write(plan(), "Ola", "p");

        assertEquals(new PlanLock.Outcome(true, null), kari(at(OPENED), Set.of(4711L)).remove(plan()));

        assertEquals("Ola", ola(at(OPENED)).status(plan()).holder().user());
    }

    @Test
    void aFolderWhereNoLockCanBeWrittenIsNoError() throws Exception {
        readOnly = ReadOnlyFolder.with(dir.resolve("shared"), "cx-dagen-2026.cxplan.json", "{}");
        Path plan = readOnly.folder().resolve("cx-dagen-2026.cxplan.json");

        PlanLock.Outcome outcome = kari(at(OPENED), Set.of(4711L)).write(plan, "Kari", "p");

        assertFalse(outcome.done());
        assertTrue(Set.of("problem.readOnlyFileSystem", "problem.accessDenied").contains(outcome.problem().key()),
                outcome.problem().toString());
        assertEquals(State.NONE, kari(at(OPENED), Set.of(4711L)).status(plan).state());
        assertTrue(kari(at(OPENED), Set.of(4711L)).remove(plan).done());
    }

    @AfterEach
    void writableAgain() throws Exception {
        if (readOnly != null) {
            readOnly.close();
        }
    }

    @Test
    void theMachinesProcessesAreJudgedByNumberAndStart() throws Exception {
        PlanLock.Processes processes = PlanLock.Processes.OF_THIS_MACHINE;
        ProcessHandle self = ProcessHandle.current();
        Instant started = self.info().startInstant().orElseThrow();
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor(20, TimeUnit.SECONDS);

        assertTrue(processes.runs(self.pid(), Instant.now()));
        assertFalse(processes.runs(self.pid(), started.minusSeconds(3600)), "a number reused by a later process");
        assertFalse(processes.runs(ended.pid(), Instant.now()));
    }
}
