package no.cxday.planner.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import no.cxday.planner.model.Problem;

/**
 * Replaces a file so that, whenever the program or the machine stops, the file holds either the
 * old content or the new, never a mix: the new content goes to a temporary file in the same folder,
 * is forced to disk and moved over the old one. The old content is kept as {@code NAME.bak}.
 */
public final class AtomicFile {

    static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("windows");

    private AtomicFile() {
    }

    /** What went wrong with a write, as a problem a user can act on. */
    public static Problem problemOf(IOException e) {
        return IoProblems.of(e, "problem.saveFailed");
    }

    /**
     * Removes what a save that was killed half-way left beside {@code file}: its temporary files.
     * Nothing the user made is touched, and a file that cannot be removed is left for next time.
     */
    public static void removeLeftovers(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, entry -> {
            String entryName = entry.getFileName().toString();
            return entryName.endsWith(".tmp") && (entryName.startsWith("." + name + ".")
                    || entryName.startsWith("." + name + ".bak."));
        })) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            // Left for the next time; a leftover temporary file harms nothing.
        }
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, true);
    }

    /** Replaces {@code target} atomically, keeping its old content as {@code NAME.bak} when asked. */
    public static void write(Path target, byte[] content, boolean keepBackup) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Path temporary = newTemporary(file);
        try {
            copyPermissions(file, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (keepBackup && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                keepBackup(file);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Points {@code NAME.bak} at the current content: a hard link where the file system has them. */
    private static void keepBackup(Path file) throws IOException {
        Path backup = backupOf(file);
        Path staged = Files.createTempFile(file.getParent(), "." + backup.getFileName() + ".", ".tmp");
        try {
            Files.delete(staged);
            try {
                Files.createLink(staged, file);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(file, staged, StandardCopyOption.COPY_ATTRIBUTES);
            }
            try {
                Files.move(staged, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, backup, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /**
     * An empty file beside {@code file}, made as any new file of the user is made, so that a new
     * plan gets what the umask gives (Files.createTempFile would leave it readable by its owner alone).
     */
    private static Path newTemporary(Path file) throws IOException {
        while (true) {
            String name = "." + file.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                    + ".tmp";
            try {
                return Files.createFile(file.resolveSibling(name));
            } catch (FileAlreadyExistsException e) {
                // Another save chose the same name; draw again.
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null && Files.exists(from)) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }

    /** Makes the rename itself durable; folders cannot be opened for this on Windows. */
    private static void syncFolder(Path folder) {
        if (WINDOWS) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // The file is already in place; only its durability after a power cut is less certain.
        }
    }
}
