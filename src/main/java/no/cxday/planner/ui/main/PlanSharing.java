package no.cxday.planner.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.util.Subscription;
import no.cxday.planner.storage.FileWatcher;
import no.cxday.planner.storage.PlanLock;

/**
 * What the window needs to share a plan with colleagues in a shared folder: the lock beside it,
 * who is working here (as the lock names them), and a watch on the plan's file.
 *
 * @param user    who has the plan open, as the lock names them
 * @param program this program and its version, as the lock names it
 */
public record PlanSharing(PlanLock lock, String user, String program, Watching watching) {

    /** Watches a file for writes by anyone. */
    public interface Watching {

        /**
         * Starts watching {@code file}; {@code onChange} then runs on the window's thread whenever
         * it may have been written, until the subscription is ended.
         */
        Subscription watch(Path file, Runnable onChange);
    }

    /** This process and its user, with a watch that tells the window on the JavaFX thread. */
    public static PlanSharing ofThisProcess() {
        String version = PlanSharing.class.getPackage().getImplementationVersion();
        return new PlanSharing(PlanLock.ofThisProcess(Clock.systemDefaultZone()), userName(),
                "cxday-planner " + (version == null ? "dev" : version), PlanSharing::watchOnTheFxThread);
    }

    private static Subscription watchOnTheFxThread(Path file, Runnable onChange) {
        try {
            return FileWatcher.watch(file, () -> Platform.runLater(onChange))::close;
        } catch (IOException e) {
            // A folder that cannot be watched: the check when the window gets focus, and before saving, still notice.
            return Subscription.EMPTY;
        }
    }

    /** The name the user logged in with: USER, or USERNAME on Windows, as Java knows it otherwise. */
    private static String userName() {
        for (String variable : new String[] {"USER", "USERNAME"}) {
            String name = System.getenv(variable);
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return System.getProperty("user.name");
    }
}
