package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    private static Plan plan(String title) {
        return Plan.blank(title, LocalDate.of(2026, 10, 6), new Lane("k", "Kantina"));
    }

    @Test
    void copiesAreListedNewestFirstWithWhereTheyCameFromAndRemovedOnRequest() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Plan saved = plan("Lagret");
        Plan untitled = plan("Uten navn");
        store.save(saved, dir.resolve("plan.cxplan.json"));
        store.save(untitled, null);
        Files.setLastModifiedTime(dir.resolve("recovery").resolve(saved.id() + ".cxplan.json"),
                FileTime.from(Instant.parse("2026-10-01T10:00:00Z")));

        List<RecoveryStore.Recovered> recovered = store.list();

        assertEquals(List.of(untitled, saved), recovered.stream().map(RecoveryStore.Recovered::plan).toList());
        assertNull(recovered.get(0).origin());
        assertEquals(dir.resolve("plan.cxplan.json").toAbsolutePath(), recovered.get(1).origin());
        store.remove(untitled);
        assertEquals(List.of(saved), store.list().stream().map(RecoveryStore.Recovered::plan).toList());
    }

    @Test
    void aCopyThatCannotBeReadRecoversNothingAndAMissingFolderIsEmpty() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        assertEquals(List.of(), store.list());
        Files.createDirectories(dir.resolve("recovery"));
        Files.writeString(dir.resolve("recovery").resolve("broken.cxplan.json"), "{");

        assertEquals(List.of(), store.list());
    }

    @Test
    void theDataFolderFollowsEachDesktopsConvention() {
        Path home = Path.of("/home/kari");
        assertEquals(Path.of("/home/kari/.local/share/cxday-planner"), AppDirectories.data("Linux", Map.of(), home));
        assertEquals(Path.of("/data/cxday-planner"), AppDirectories.data("Linux", Map.of("XDG_DATA_HOME", "/data"),
                home));
        assertEquals(Path.of("/appdata/cxday-planner"),
                AppDirectories.data("Windows 10", Map.of("APPDATA", "/appdata"), home));
    }
}
