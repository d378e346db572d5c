package no.cxday.planner.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Balance;
import no.cxday.planner.model.Costs;
import no.cxday.planner.model.Mix;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Preparation;
import no.cxday.planner.model.Problem;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanReader;

/**
 * {@code check [--json] [--today YYYY-MM-DD] [--lang nb|en] PLAN...}: reads each plan and reports it
 * in one line, all in one process however many files are named. With {@code --json} each good plan
 * also says how many tasks it has, done and overdue (on {@code --today}, by default today), and
 * what it costs.
 */
final class CheckCommand {

    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args, Messages defaultMessages) {
        Messages messages = defaultMessages;
        boolean json = false;
        LocalDate today = LocalDate.now();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--lang") && i + 1 < args.size() && isLanguage(args.get(i + 1))) {
                messages = new Messages(Language.fromCode(args.get(++i)));
            } else if (arg.equals("--today")) {
                today = i + 1 < args.size() ? Cli.day(args.get(++i)) : null;
                if (today == null) {
                    return Cli.usageError(err, messages, messages.format("cli.badValue", arg));
                }
            } else if (arg.startsWith("--")) {
                return Cli.usageError(err, messages, messages.format("cli.unknownCommand", arg));
            } else {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            return Cli.usageError(err, messages, messages.get("cli.noFiles"));
        }
        boolean allGood = true;
        for (String file : files) {
            allGood &= check(file, json, today, messages);
        }
        return allGood ? Cli.OK : Cli.BAD_INPUT;
    }

    static boolean isLanguage(String code) {
        return code.equals("nb") || code.equals("en");
    }

    private boolean check(String file, boolean json, LocalDate today, Messages messages) {
        try {
            Plan plan = PlanReader.read(Path.of(file));
            Balance balance = Balance.of(plan);
            if (json) {
                out.println(okJson(file, plan, balance, today));
            } else {
                out.println(okLine(plan, balance));
                if (plan.isFromNewerVersion()) {
                    err.println(messages.format("cli.newerVersion", file, plan.schemaVersion()));
                }
            }
            return true;
        } catch (PlanFileException e) {
            report(file, e.sentence(messages), json);
        } catch (InvalidPathException e) {
            String problem = messages.describe(new Problem("", "problem.noSuchFile"));
            report(file, messages.format("error.open", file, problem), json);
        }
        return false;
    }

    private void report(String file, String sentence, boolean json) {
        if (json) {
            out.println(JsonLine.of(w -> {
                w.name("file").value(file);
                w.name("ok").value(false);
                w.name("error").value(sentence);
            }));
        } else {
            err.println(sentence);
        }
    }

    /** The format is a contract with scripts, so it is the same in every language. */
    static String okLine(Plan plan, Balance balance) {
        Mix mix = balance.mix();
        return String.format(Locale.ROOT,
                "OK: %s: %d activities in %d lanes, balance %d (anerkjennelse %.1f %%, læring %.1f %%, engasjement %.1f %%)",
                plan.title(), plan.activities().size(), plan.lanes().size(), balance.score(),
                100 * mix.anerkjennelse(), 100 * mix.laering(), 100 * mix.engasjement());
    }

    private static String okJson(String file, Plan plan, Balance balance, LocalDate today) {
        Mix mix = balance.mix();
        return JsonLine.of(w -> {
            w.name("file").value(file);
            w.name("ok").value(true);
            w.name("title").value(plan.title());
            w.name("activities").value(plan.activities().size());
            w.name("lanes").value(plan.lanes().size());
            if (plan.isFromNewerVersion()) {
                w.name("readOnly").value(true);
            }
            w.name("balance").beginObject();
            w.name("score").value(balance.score());
            for (Pillar pillar : Pillar.values()) {
                w.name(pillar.key()).value(Math.round(mix.share(pillar) * 1000) / 1000.0);
            }
            w.name("missing").beginArray();
            for (Pillar pillar : balance.missing()) {
                w.value(pillar.key());
            }
            w.endArray();
            w.endObject();
            Preparation preparation = Preparation.of(plan);
            w.name("tasks").beginObject();
            w.name("total").value(preparation.total());
            w.name("done").value(preparation.done());
            w.name("overdue").value(preparation.overdue(today));
            w.endObject();
            w.name("cost").beginObject();
            w.name("currency").value(plan.currency());
            w.name("budget");
            JsonLine.amount(w, plan.budget());
            w.name("planned");
            JsonLine.amount(w, Costs.planned(plan));
            w.name("actual");
            JsonLine.amount(w, Costs.actual(plan));
            w.endObject();
        });
    }
}
