package no.cxday.planner.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;

/** The headless commands of the runnable jar, and how their arguments are told apart from a plan to open. */
public final class Cli {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    private static final List<String> HELP = List.of("--help", "-h", "help");
    private static final List<String> COMMANDS = List.of("check", "export", "carry-over");

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
        if (args[0].equals("export")) {
            return new ExportCommand(out, err).run(rest, messages);
        }
        if (args[0].equals("carry-over")) {
            return new CarryOverCommand(out, err).run(rest, messages);
        }
        return usageError(err, messages, messages.format("cli.unknownCommand", args[0]));
    }

    static int usageError(PrintStream err, Messages messages, String problem) {
        err.println(problem);
        err.println(messages.get("cli.usage"));
        return USAGE;
    }
}
