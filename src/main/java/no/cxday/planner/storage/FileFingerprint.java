package no.cxday.planner.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file was when the program last read or wrote it: its size, its modification time and a
 * hash of its bytes, so that a change by another program is noticed before it is saved over.
 */
public record FileFingerprint(long size, FileTime modified, byte[] sha256) {

    /** The file as it is now, or empty when it is not there (deleted or moved away). */
    public static Optional<FileFingerprint> of(Path file) throws IOException {
        try {
            long size = Files.size(file);
            FileTime modified = Files.getLastModifiedTime(file);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    digest.update(buffer, 0, read);
                }
            }
            return Optional.of(new FileFingerprint(size, modified, digest.digest()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileFingerprint that && size == that.size && modified.equals(that.modified)
                && Arrays.equals(sha256, that.sha256);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return "FileFingerprint[size=" + size + ", modified=" + modified + "]";
    }
}
