package no.cxday.planner.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import no.cxday.planner.model.Problem;

/** Turns what the file system threw into a problem a coordinator can act on. */
final class IoProblems {

    private IoProblems() {
    }

    static Problem of(IOException e, String otherwiseKey) {
        if (e instanceof AccessDeniedException) {
            return new Problem("", "problem.accessDenied");
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return new Problem("", "problem.noSuchFile");
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space") || lower.contains("disk full") || lower.contains("quota")) {
            return new Problem("", "problem.diskFull");
        }
        if (lower.contains("read-only")) {
            return new Problem("", "problem.readOnlyFileSystem");
        }
        return new Problem("", otherwiseKey, reason);
    }
}
