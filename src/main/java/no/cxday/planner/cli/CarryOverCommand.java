package no.cxday.planner.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.CarryOver;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Problem;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.PlanWriter;

/**
 * {@code carry-over PLAN --year 2027 -o OUT [--drop-unrated-or-low] [--force] [--lang nb|en]}: next
 * year's plan from this year's, written atomically, never over an existing file unless forced.
 */
final class CarryOverCommand {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final PrintStream out;
    private final PrintStream err;

    CarryOverCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args, Messages defaultMessages) {
        Messages messages = defaultMessages;
        String plan = null;
        String output = null;
        Integer year = null;
        boolean leaveOutPoor = false;
        boolean force = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (arg) {
                case "--drop-unrated-or-low" -> leaveOutPoor = true;
                case "--force" -> force = true;
                case "--year", "-o", "--output", "--lang" -> {
                    if (value == null || (arg.equals("--year") && year(value) == null)
                            || (arg.equals("--lang") && !value.equals("nb") && !value.equals("en"))) {
                        return Cli.usageError(err, defaultMessages, defaultMessages.format("cli.badValue", arg));
                    }
                    if (arg.equals("--year")) {
                        year = year(value);
                    } else if (arg.equals("--lang")) {
                        messages = new Messages(Language.fromCode(value));
                    } else {
                        output = value;
                    }
                    i++;
                }
                default -> {
                    if (arg.startsWith("-") || plan != null) {
                        return Cli.usageError(err, defaultMessages, defaultMessages.format("cli.unknownCommand", arg));
                    }
                    plan = arg;
                }
            }
        }
        if (plan == null || output == null || year == null) {
            return Cli.usageError(err, messages, messages.get("cli.carryOverWhat"));
        }
        return carryOver(plan, year, output, leaveOutPoor, force, messages);
    }

    private static Integer year(String text) {
        try {
            int year = Integer.parseInt(text);
            return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int carryOver(String source, int year, String output, boolean leaveOutPoor, boolean force,
            Messages messages) {
        try {
            Path target = Path.of(output);
            if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                err.println(messages.format("cli.exists", output));
                return Cli.BAD_INPUT;
            }
            Plan next = CarryOver.toYear(PlanReader.read(Path.of(source)), year, leaveOutPoor);
            PlanWriter.save(next, target);
            out.println(messages.format("cli.written", output));
            return Cli.OK;
        } catch (PlanFileException e) {
            err.println(e.sentence(messages));
        } catch (InvalidPathException e) {
            err.println(messages.format("error.open", e.getInput(), messages.describe(new Problem("",
                    "problem.noSuchFile"))));
        }
        return Cli.BAD_INPUT;
    }
}
