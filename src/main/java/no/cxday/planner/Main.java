package no.cxday.planner;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import javafx.application.Application;
import no.cxday.planner.cli.Cli;

/**
 * The entry point of the runnable jar. A headless command runs without ever starting the JavaFX
 * toolkit, so it works with no display; anything else opens the window.
 */
public final class Main {

    /**
     * JavaFX warns on every start when it is loaded from the class path, not as modules ("WARNING:
     * Unsupported JavaFX configuration: classes were loaded from 'unnamed module …'"). {@code java -jar}
     * always loads it so: a jar's manifest cannot put anything on the module path, and the runnable
     * jar holds JavaFX's classes, not its modules. The installed program runs JavaFX as modules of
     * its own runtime and never meets this. That one message is dropped here; every other message of
     * JavaFX still reaches the terminal. Held here, because the logging keeps loggers only weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration: classes were loaded from";

    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(Cli.run(args, out, err));
        }
        dropClassPathWarning();
        Application.launch(App.class, args);
    }

    static void dropClassPathWarning() {
        JAVAFX_LOG.setFilter(entry -> entry.getMessage() == null || !entry.getMessage().startsWith(CLASS_PATH_WARNING));
    }
}
