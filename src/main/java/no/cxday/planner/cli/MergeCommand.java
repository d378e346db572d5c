package no.cxday.planner.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.merge.Conflict;
import no.cxday.planner.merge.MergeResult;
import no.cxday.planner.merge.PlanMerge;
import no.cxday.planner.merge.RawJson;
import no.cxday.planner.merge.Side;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Problem;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanValueJson;
import no.cxday.planner.storage.PlanWriter;

/**
 * {@code merge BASE MINE THEIRS -o OUT [--prefer mine|theirs] [--json] [--force] [--lang nb|en]}: the
 * three-way merge of two plans changed from one base, written atomically to OUT when nothing is left
 * in conflict (exit 0), else each conflict listed and nothing written (exit 3).
 */
final class MergeCommand {

    private final PrintStream out;
    private final PrintStream err;

    MergeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    private static final class Request {
        final List<String> plans = new ArrayList<>();
        String output;
        Side prefer;
        boolean json;
        boolean force;
    }

    int run(List<String> args, Messages defaultMessages) {
        Messages messages = defaultMessages;
        Request request = new Request();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (arg) {
                case "--json" -> request.json = true;
                case "--force" -> request.force = true;
                case "-o", "--output", "--prefer", "--lang" -> {
                    if (value == null || (arg.equals("--prefer") && side(value) == null)
                            || (arg.equals("--lang") && !CheckCommand.isLanguage(value))) {
                        return Cli.usageError(err, defaultMessages, defaultMessages.format("cli.badValue", arg));
                    }
                    switch (arg) {
                        case "--prefer" -> request.prefer = side(value);
                        case "--lang" -> messages = new Messages(Language.fromCode(value));
                        default -> request.output = value;
                    }
                    i++;
                }
                default -> {
                    if (arg.startsWith("-") || request.plans.size() == 3) {
                        return Cli.usageError(err, defaultMessages, defaultMessages.format("cli.unknownCommand", arg));
                    }
                    request.plans.add(arg);
                }
            }
        }
        if (request.plans.size() != 3 || request.output == null) {
            return Cli.usageError(err, messages, messages.get("cli.mergeWhat"));
        }
        return merge(request, messages);
    }

    private static Side side(String value) {
        return switch (value) {
            case "mine" -> Side.MINE;
            case "theirs" -> Side.THEIRS;
            default -> null;
        };
    }

    private int merge(Request request, Messages messages) {
        Path target;
        try {
            target = Path.of(request.output);
        } catch (InvalidPathException e) {
            err.println(messages.format("error.write", request.output,
                    messages.describe(new Problem("", "problem.noSuchFile"))));
            return Cli.BAD_INPUT;
        }
        if (!request.force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            err.println(messages.format("cli.exists", request.output));
            return Cli.BAD_INPUT;
        }
        List<Plan> plans = new ArrayList<>();
        for (String file : request.plans) {
            Plan plan = Cli.readPlan(file, messages, err);
            if (plan == null) {
                return Cli.BAD_INPUT;
            }
            plans.add(plan);
        }
        MergeResult result = PlanMerge.merge(plans.get(0), plans.get(1), plans.get(2));
        if (request.prefer != null) {
            result = result.resolveAll(request.prefer);
        }
        if (!result.isMerged()) {
            report(result, request.json, messages);
            return Cli.CONFLICTS;
        }
        try {
            PlanWriter.save(result.plan(), target);
        } catch (PlanFileException e) {
            err.println(e.sentence(messages));
            return Cli.BAD_INPUT;
        }
        if (request.json) {
            out.println(json(result, messages));
        } else {
            out.println(messages.format("cli.mergeWritten", request.output, result.fromMine(), result.fromTheirs()));
        }
        return Cli.OK;
    }

    private void report(MergeResult result, boolean json, Messages messages) {
        if (json) {
            out.println(json(result, messages));
            return;
        }
        for (Conflict conflict : result.conflicts()) {
            out.println(line(conflict));
            if (conflict.isRule()) {
                err.println(messages.format("cli.mergeRule", conflict.path(), messages.describe(conflict.rule())));
            }
        }
    }

    /** The format is a contract with scripts, so it is the same in every language. */
    static String line(Conflict conflict) {
        return "CONFLICT " + conflict.path() + ": base " + json(conflict.base()) + ", mine " + json(conflict.mine())
                + ", theirs " + json(conflict.theirs());
    }

    private static String json(Object value) {
        return value instanceof RawJson raw ? raw.text() : PlanValueJson.of(value);
    }

    private static String json(MergeResult result, Messages messages) {
        return JsonLine.of(w -> {
            w.name("merged").value(result.isMerged());
            w.name("conflicts").beginArray();
            for (Conflict conflict : result.conflicts()) {
                w.beginObject();
                w.name("path").value(conflict.path().toString());
                w.name("base").jsonValue(json(conflict.base()));
                w.name("mine").jsonValue(json(conflict.mine()));
                w.name("theirs").jsonValue(json(conflict.theirs()));
                if (conflict.isRule()) {
                    w.name("rule").value(messages.describe(conflict.rule()));
                }
                w.endObject();
            }
            w.endArray();
            w.name("fromMine").value(result.fromMine());
            w.name("fromTheirs").value(result.fromTheirs());
        });
    }
}
