package no.cxday.planner.cli;

import java.io.PrintStream;
import java.util.List;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.History;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.YearSummary;

/**
 * {@code history PLAN [--json] [--lang nb|en]}: the plan's years side by side, oldest first and this
 * year last, one line a year, or one JSON object with a {@code years} array with {@code --json}.
 */
final class HistoryCommand {

    private final PrintStream out;
    private final PrintStream err;

    HistoryCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args, Messages defaultMessages) {
        Messages messages = defaultMessages;
        String file = null;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--lang")) {
                if (i + 1 >= args.size() || !CheckCommand.isLanguage(args.get(i + 1))) {
                    return Cli.usageError(err, defaultMessages, defaultMessages.format("cli.badValue", arg));
                }
                messages = new Messages(Language.fromCode(args.get(++i)));
            } else if (arg.startsWith("-") || file != null) {
                return Cli.usageError(err, defaultMessages, defaultMessages.format("cli.unknownCommand", arg));
            } else {
                file = arg;
            }
        }
        if (file == null) {
            return Cli.usageError(err, messages, messages.get("cli.tasksWhat"));
        }
        Plan plan = Cli.readPlan(file, messages, err);
        if (plan == null) {
            return Cli.BAD_INPUT;
        }
        List<YearSummary> years = History.withThisYear(plan);
        if (json) {
            out.println(json(file, plan, years));
        } else {
            for (int i = 0; i < years.size(); i++) {
                out.println(line(years.get(i), i == years.size() - 1, plan.currency(), messages));
            }
        }
        return Cli.OK;
    }

    /** One year as a person reads it, in the program's language. */
    static String line(YearSummary year, boolean current, String currency, Messages messages) {
        String average = year.averageRating() == null ? "–" : messages.oneDecimal(year.averageRating());
        String actual = year.actualCost() == null ? "–" : messages.money(year.actualCost(), currency);
        String text = messages.format("cli.historyYear", messages.dates().date(year.cxDay()), year.title(),
                year.score(), year.activities(), year.held(), average, year.participants(),
                messages.money(year.plannedCost(), currency), actual);
        return current ? text + " " + messages.get("cli.historyThisYear") : text;
    }


    /** The format is a contract with scripts, so it is the same in every language. */
    private static String json(String file, Plan plan, List<YearSummary> years) {
        return JsonLine.of(w -> {
            w.name("file").value(file);
            w.name("currency").value(plan.currency());
            w.name("years").beginArray();
            for (int i = 0; i < years.size(); i++) {
                YearSummary year = years.get(i);
                w.beginObject();
                w.name("planId").value(year.planId());
                w.name("cxDay").value(year.cxDay().toString());
                w.name("title").value(year.title());
                w.name("current").value(i == years.size() - 1);
                w.name("score").value(year.score());
                w.name("mix").beginObject();
                for (Pillar pillar : Pillar.values()) {
                    w.name(pillar.key()).value(Math.round(year.mix().share(pillar) * 1000) / 1000.0);
                }
                w.endObject();
                w.name("activities").value(year.activities());
                w.name("held").value(year.held());
                w.name("averageRating");
                if (year.averageRating() == null) {
                    w.nullValue();
                } else {
                    w.value(Math.round(year.averageRating() * 100) / 100.0);
                }
                w.name("participants").value(year.participants());
                w.name("plannedCost");
                JsonLine.amount(w, year.plannedCost());
                w.name("actualCost");
                JsonLine.amount(w, year.actualCost());
                w.endObject();
            }
            w.endArray();
        });
    }
}
