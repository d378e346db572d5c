package no.cxday.planner.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans opened or saved last, newest first, kept in a small text file (one path a line). A
 * list that cannot be read or written is simply empty or not remembered: it is a convenience.
 */
public final class RecentFiles {

    public static final int MAX = 8;

    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    public List<Path> load() {
        List<Path> files = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && files.size() < MAX) {
                    files.add(Path.of(line));
                }
            }
        } catch (IOException | InvalidPathException e) {
            return List.of();
        }
        return files;
    }

    /** Puts {@code file} first and returns the new list. */
    public List<Path> add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(load());
        files.remove(absolute);
        files.add(0, absolute);
        List<Path> kept = files.subList(0, Math.min(MAX, files.size()));
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            StringBuilder text = new StringBuilder();
            kept.forEach(path -> text.append(path).append('\n'));
            AtomicFile.write(store, text.toString().getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            // Not remembered this time; the list is a convenience and the plan itself is safe.
        }
        return List.copyOf(kept);
    }
}
