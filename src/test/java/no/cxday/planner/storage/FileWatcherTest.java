package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWatcherTest {

    /** Long enough for any file system's events to arrive; the watch tells far sooner. */
    private static final long WAIT_SECONDS = 10;

    @TempDir
    Path dir;

    @Test
    void aWriteByAnyoneIsToldAnAtomicSaveToo() throws Exception {
        Path file = dir.resolve("delt.cxplan.json");
        Files.writeString(file, "{}");
        Semaphore told = new Semaphore(0);

        try (FileWatcher watcher = FileWatcher.watch(file, told::release)) {
            Files.writeString(file, "{\"a\":1}");
            assertTrue(told.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "a plain write");
            told.drainPermits();
            AtomicFile.write(file, "{\"a\":2}".getBytes(), true);
            assertTrue(told.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS), "a file moved over it");
        }
    }

    @Test
    void otherFilesOfTheFolderAreNotToldAndAClosedWatchTellsNothing() throws Exception {
        Path file = dir.resolve("delt.cxplan.json");
        Path other = dir.resolve("annen.cxplan.json");
        Files.writeString(file, "{}");
        Semaphore told = new Semaphore(0);
        FileWatcher watcher = FileWatcher.watch(file, told::release);

        Files.writeString(other, "{}");
        Files.writeString(PlanLock.fileOf(file), "{}");
        Files.writeString(file, "{\"a\":1}");
        assertTrue(told.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS));
        // Events come in batches; one about the file may hold the others too, so wait for the file's alone.
        told.drainPermits();
        Files.writeString(other, "{\"b\":1}");
        assertFalse(told.tryAcquire(1, TimeUnit.SECONDS), "another file of the folder");

        watcher.close();
        Files.writeString(file, "{\"a\":2}");
        assertFalse(told.tryAcquire(1, TimeUnit.SECONDS), "a closed watch");
    }
}
