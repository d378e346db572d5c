package no.cxday.planner.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanLock;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.PlanWriter;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.WindowState;

/**
 * Ola's window on OLA-PC, over a shared folder in which Kari, on KARI-PC, opens and saves the same
 * plans: the window's lock, and a watch on its file that the test fires as the file system would.
 */
final class Colleagues {

    static final Messages NB = new Messages(Language.NB);
    static final LocalDate TODAY = LocalDate.of(2026, 9, 14);
    static final ZoneId ZONE = ZoneId.systemDefault();
    /** Ten o'clock on this machine's clock, when Ola opens the plan. */
    static final Instant NOW = TODAY.atTime(10, 0).atZone(ZONE).toInstant();

    final Path dir;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final PlanDocument document = new PlanDocument(MainViewModel.blankPlan(NB, 2027));
    final WindowState state = new WindowState();
    final PlanLock ola = new PlanLock("OLA-PC", 815, Clock.fixed(NOW, ZONE), (pid, since) -> pid == 815);
    /** The files watched now, each with what the watch calls when it is written. */
    final Map<Path, Runnable> watched = new HashMap<>();
    final List<Path> everWatched = new ArrayList<>();
    final MainViewModel viewModel;

    Colleagues(Path dir) {
        this.dir = dir;
        PlanSharing sharing = new PlanSharing(ola, "Ola Nordmann", "cxday-planner test", (file, onChange) -> {
            watched.put(file, onChange);
            everWatched.add(file);
            return () -> watched.remove(file);
        });
        viewModel = new MainViewModel(document, dialogs, NB, () -> TODAY, new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(dir.resolve("recovery")), sharing, state);
    }

    /** Kari's program on her machine, its clock {@code ago} before Ola's. */
    static PlanLock kari(Duration ago) {
        return new PlanLock("KARI-PC", 4711, Clock.fixed(NOW.minus(ago), ZONE), (pid, since) -> pid == 4711);
    }

    /** The example plan in a file of the shared folder. */
    Path plan(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        return file;
    }

    /**
     * Kari saves {@code file} with her change, as her program does, at {@code hour}:{@code minute}
     * today; the watch then tells the window, as the file system would.
     */
    void kariSaves(Path file, UnaryOperator<Plan> change, int hour, int minute) throws Exception {
        PlanWriter.save(change.apply(PlanReader.read(file)), file);
        Files.setLastModifiedTime(file, FileTime.from(LocalDateTime.of(TODAY, LocalTime.of(hour, minute))
                .atZone(ZONE).toInstant()));
        fileWritten(file);
    }

    /** What the watch on {@code file} does when the file system says it was written. */
    void fileWritten(Path file) {
        Runnable onChange = watched.get(file);
        if (onChange != null) {
            onChange.run();
        }
    }

    PlanLock.Status lockOf(Path file) {
        return ola.status(file);
    }
}
