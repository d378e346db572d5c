package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    private static final byte[] CONTENT = "new".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @BeforeEach
    void onlyWherePermissionsArePosix() {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
                "the file system has POSIX permissions");
    }

    @Test
    void aNewFileGetsThePermissionsAnyNewFileOfTheUserGets() throws Exception {
        // What the umask gives here (0644 under umask 022), whatever the umask of the machine is
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
        assumeFalse(usual.equals(PosixFilePermissions.fromString("rw-------")),
                "under umask 077 every way of making a file gives the same, and the test would show nothing");
        Path file = dir.resolve("plan.cxplan.json");

        AtomicFile.write(file, CONTENT);

        assertEquals(usual, Files.getPosixFilePermissions(file));
    }

    @Test
    void aReplacedFileKeepsItsOwnPermissions() throws Exception {
        Path file = dir.resolve("agenda.pdf");
        Files.writeString(file, "old");
        Set<PosixFilePermission> groupReads = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, groupReads);

        AtomicFile.write(file, CONTENT, false);

        assertEquals(groupReads, Files.getPosixFilePermissions(file));
        assertEquals("new", Files.readString(file));
    }
}
