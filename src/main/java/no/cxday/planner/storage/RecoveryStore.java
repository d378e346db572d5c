package no.cxday.planner.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.cxday.planner.model.Plan;

/**
 * Copies of plans with unsaved changes, kept in the user's data folder, never over the user's own
 * file, so that a crash loses at most the last minute. Each copy is a plain plan file; beside it a
 * small text file says where the plan came from (nothing for a plan never saved).
 */
public final class RecoveryStore {

    static final String PLAN = ".cxplan.json";
    static final String ORIGIN = ".origin";

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** A recovered plan: the plan, when its copy was written, and the file it came from (or null). */
    public record Recovered(Plan plan, FileTime savedAt, Path origin, Path copy) {
    }

    private Path copyOf(Plan plan) {
        return folder.resolve(plan.id() + PLAN);
    }

    private static Path originOf(Path copy) {
        String name = copy.getFileName().toString();
        return copy.resolveSibling(name.substring(0, name.length() - PLAN.length()) + ORIGIN);
    }

    /** Writes the recovery copy of {@code plan}, atomically, replacing the previous copy of the same plan. */
    public void save(Plan plan, Path origin) throws IOException {
        Files.createDirectories(folder);
        Path copy = copyOf(plan);
        AtomicFile.write(originOf(copy), (origin == null ? "" : origin.toAbsolutePath().toString())
                .getBytes(StandardCharsets.UTF_8), false);
        AtomicFile.write(copy, PlanWriter.toJson(plan).getBytes(StandardCharsets.UTF_8), false);
    }

    /** Removes the recovery copy of a plan that was saved or closed cleanly. */
    public void remove(Plan plan) {
        try {
            Files.deleteIfExists(copyOf(plan));
            Files.deleteIfExists(originOf(copyOf(plan)));
        } catch (IOException e) {
            // Offered again at the next start, where the coordinator can discard it.
        }
    }

    public void remove(Recovered recovered) {
        remove(recovered.plan());
    }

    /** Every plan left here by a run that did not end cleanly, newest first; unreadable copies are skipped. */
    public List<Recovered> list() {
        List<Recovered> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, "*" + PLAN)) {
            for (Path copy : copies) {
                AtomicFile.removeLeftovers(copy);
                try {
                    Plan plan = PlanReader.read(copy);
                    String origin = Files.exists(originOf(copy))
                            ? Files.readString(originOf(copy), StandardCharsets.UTF_8).strip() : "";
                    found.add(new Recovered(plan, Files.getLastModifiedTime(copy),
                            origin.isEmpty() ? null : Path.of(origin), copy));
                } catch (PlanFileException | IOException | RuntimeException e) {
                    // A copy that cannot be read recovers nothing; it is left for the coordinator to see.
                }
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(Recovered::savedAt).reversed());
        return found;
    }
}
