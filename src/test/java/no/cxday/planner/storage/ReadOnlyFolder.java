package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * A folder the test cannot write in, holding one file: shut by its permissions, or, for the
 * superuser (who may write anywhere), a small tmpfs mounted there and remounted read-only. Where
 * mounting is not allowed, the test is skipped. {@link #close()} makes the folder writable again.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private boolean mounted;

    private ReadOnlyFolder(Path folder) {
        this.folder = folder;
    }

    /** A new folder {@code folder} that holds {@code name} with {@code text}, then takes no more. */
    public static ReadOnlyFolder with(Path folder, String name, String text) throws Exception {
        ReadOnlyFolder made = new ReadOnlyFolder(Files.createDirectory(folder));
        Files.writeString(folder.resolve(name), text);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(folder)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", folder.toString()),
                    "the superuser may write anywhere, and mounting a read-only folder is not allowed here");
            made.mounted = true;
            Files.writeString(folder.resolve(name), text);
            assumeTrue(run("mount", "-o", "remount,ro", folder.toString()), "remounting read-only is not allowed here");
        }
        return made;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws Exception {
        if (mounted) {
            run("umount", folder.toString());
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
