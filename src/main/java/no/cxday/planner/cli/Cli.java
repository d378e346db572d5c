package no.cxday.planner.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Problem;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanReader;

/** The headless commands of the runnable jar, and how their arguments are told apart from a plan to open. */
public final class Cli {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    /** A merge that left conflicts: nothing was written. */
    public static final int CONFLICTS = 3;

    private static final List<String> HELP = List.of("--help", "-h", "help");
    private static final List<String> COMMANDS = List.of("check", "tasks", "export", "carry-over", "history",
            "merge");

    private Cli() {
    }

    /** True when the arguments name a command or an option, false when they name a plan to open. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || args[0].startsWith("-") || HELP.contains(args[0]));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        Messages messages = new Messages(Language.fromLocale(Locale.getDefault()));
        if (HELP.contains(args[0])) {
            out.println(messages.get("cli.usage"));
            return OK;
        }
        if (args[0].equals("check")) {
            return new CheckCommand(out, err).run(rest, messages);
        }
        if (args[0].equals("tasks")) {
            return new TasksCommand(out, err).run(rest, messages);
        }
        if (args[0].equals("export")) {
            return new ExportCommand(out, err).run(rest, messages);
        }
        if (args[0].equals("history")) {
            return new HistoryCommand(out, err).run(rest, messages);
        }
        if (args[0].equals("carry-over")) {
            return new CarryOverCommand(out, err).run(rest, messages);
        }
        if (args[0].equals("merge")) {
            return new MergeCommand(out, err).run(rest, messages);
        }
        return usageError(err, messages, messages.format("cli.unknownCommand", args[0]));
    }

    /** A day given as {@code YYYY-MM-DD}, or null when it is not one. */
    static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Reads the plan named on the command line, or says why it cannot on {@code err} and gives null. */
    static Plan readPlan(String file, Messages messages, PrintStream err) {
        try {
            return PlanReader.read(Path.of(file));
        } catch (PlanFileException e) {
            err.println(e.sentence(messages));
        } catch (InvalidPathException e) {
            err.println(messages.format("error.open", file, messages.describe(new Problem("", "problem.noSuchFile"))));
        }
        return null;
    }

    static int usageError(PrintStream err, Messages messages, String problem) {
        err.println(problem);
        err.println(messages.get("cli.usage"));
        return USAGE;
    }
}
