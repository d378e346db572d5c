package no.cxday.planner;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;
import no.cxday.planner.cli.Cli;

/**
 * The entry point of the runnable jar. A headless command runs without ever starting the JavaFX
 * toolkit, so it works with no display; anything else opens the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(Cli.run(args, out, err));
        }
        Application.launch(App.class, args);
    }
}
