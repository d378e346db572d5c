package no.cxday.planner.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs headless commands as a user on an English system would, and keeps what they print. Register
 * it with {@code @RegisterExtension}; each test gets empty outputs.
 */
final class CliHarness implements BeforeEachCallback, AfterEachCallback {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Locale systemLocale;

    @Override
    public void beforeEach(ExtensionContext context) {
        systemLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
        out.reset();
        err.reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(systemLocale);
    }

    /** Runs {@code command} with {@code args}; returns the exit code. */
    int run(String command, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        return runRaw(all);
    }

    /** Runs the program with exactly these arguments; returns the exit code. */
    int runRaw(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void resetOutputs() {
        out.reset();
        err.reset();
    }
}
