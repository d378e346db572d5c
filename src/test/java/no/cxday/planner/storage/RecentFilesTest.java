package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path dir;

    @Test
    void theLastEightPlansAreKeptNewestFirstAndOnceEach() {
        RecentFiles recent = new RecentFiles(dir.resolve("config").resolve("recent.txt"));
        for (int i = 1; i <= 10; i++) {
            recent.add(dir.resolve("plan-" + i + ".cxplan.json"));
        }
        List<Path> files = recent.add(dir.resolve("plan-5.cxplan.json"));

        assertEquals(RecentFiles.MAX, files.size());
        assertEquals(dir.resolve("plan-5.cxplan.json"), files.get(0));
        assertEquals(dir.resolve("plan-10.cxplan.json"), files.get(1));
        assertEquals(files, new RecentFiles(dir.resolve("config").resolve("recent.txt")).load());
    }

    @Test
    void aMissingOrUnreadableListIsEmpty() throws Exception {
        assertEquals(List.of(), new RecentFiles(dir.resolve("none.txt")).load());
        Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xFF, 0, '\n'});
        assertEquals(List.of(), new RecentFiles(dir.resolve("bad.txt")).load());
    }

    @Test
    void theConfigFolderFollowsEachDesktopsConvention() {
        Path home = Path.of("/home/kari");
        assertEquals(Path.of("/home/kari/.config/cxday-planner"), AppDirectories.config("Linux", Map.of(), home));
        assertEquals(Path.of("/xdg/cxday-planner"),
                AppDirectories.config("Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), home));
        assertEquals(Path.of("/home/kari/Library/Application Support/cxday-planner"),
                AppDirectories.config("Mac OS X", Map.of(), home));
        assertEquals(Path.of("/appdata/cxday-planner"),
                AppDirectories.config("Windows 11", Map.of("APPDATA", "/appdata"), home));
    }
}
