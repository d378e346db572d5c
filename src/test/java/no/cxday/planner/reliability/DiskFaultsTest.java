package no.cxday.planner.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves into a disk that is full and a place that is read-only, for real: a small tmpfs mounted for
 * the test. Where mounting is not allowed (most desktops), the test is skipped.
 */
@Tag("slow")
class DiskFaultsTest {

    private static final Messages EN = new Messages(Language.EN);

    @TempDir
    Path dir;

    private Path mount;

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    private Path mountTmpfs(String size) throws Exception {
        mount = Files.createDirectory(dir.resolve("small-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString()),
                "mounting a tmpfs is not allowed here");
        return mount;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(mount)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSaveOntoAFullDiskLeavesTheOldFileByteForByte() throws Exception {
        Path file = mountTmpfs("48k").resolve("plan.cxplan.json");
        Files.writeString(file, PlanWriter.toJson(SaveLoop.version(5)));
        byte[] before = Files.readAllBytes(file);

        PlanFileException e = assertThrows(PlanFileException.class,
                () -> PlanWriter.save(SaveLoop.version(SaveLoop.MAX_ACTIVITIES - 1), file));

        assertEquals("Could not save \"" + file + "\": the disk is full.", e.sentence(EN));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("plan.cxplan.json"), files().stream().filter(n -> !n.endsWith(".bak")).toList(),
                "no temporary file is left");
    }

    @Test
    void aSaveIntoAReadOnlyPlaceLeavesTheOldFileByteForByte() throws Exception {
        Path file = mountTmpfs("1m").resolve("plan.cxplan.json");
        Files.writeString(file, PlanWriter.toJson(SaveLoop.version(5)));
        byte[] before = Files.readAllBytes(file);
        assumeTrue(run("mount", "-o", "remount,ro", mount.toString()), "remounting read-only is not allowed here");

        PlanFileException e = assertThrows(PlanFileException.class,
                () -> PlanWriter.save(SaveLoop.version(6), file));

        assertEquals("Could not save \"" + file + "\": the place is read-only.", e.sentence(EN));
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
