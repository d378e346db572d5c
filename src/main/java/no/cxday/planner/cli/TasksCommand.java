package no.cxday.planner.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Preparation;
import no.cxday.planner.model.Task;

/**
 * {@code tasks PLAN [--owner NAME] [--open] [--today YYYY-MM-DD] [--json] [--lang nb|en]}: the
 * plan's preparation list, by due date, one line a task, or one JSON object with {@code --json}. A
 * task that has no id in the file yet (it gets one when the plan is next saved) has {@code "id": null}.
 */
final class TasksCommand {

    private final PrintStream out;
    private final PrintStream err;

    TasksCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    private static final class Request {
        String plan;
        String owner;
        boolean open;
        boolean json;
        LocalDate today = LocalDate.now();
    }

    int run(List<String> args, Messages defaultMessages) {
        Messages messages = defaultMessages;
        Request request = new Request();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (arg) {
                case "--open" -> request.open = true;
                case "--json" -> request.json = true;
                case "--owner", "--today", "--lang" -> {
                    if (value == null || (arg.equals("--today") && Cli.day(value) == null)
                            || (arg.equals("--lang") && !CheckCommand.isLanguage(value))) {
                        return Cli.usageError(err, defaultMessages, defaultMessages.format("cli.badValue", arg));
                    }
                    switch (arg) {
                        case "--owner" -> request.owner = value;
                        case "--today" -> request.today = Cli.day(value);
                        default -> messages = new Messages(Language.fromCode(value));
                    }
                    i++;
                }
                default -> {
                    if (arg.startsWith("-") || request.plan != null) {
                        return Cli.usageError(err, defaultMessages, defaultMessages.format("cli.unknownCommand", arg));
                    }
                    request.plan = arg;
                }
            }
        }
        if (request.plan == null) {
            return Cli.usageError(err, messages, messages.get("cli.tasksWhat"));
        }
        Plan plan = Cli.readPlan(request.plan, messages, err);
        if (plan == null) {
            return Cli.BAD_INPUT;
        }
        Preparation preparation = Preparation.of(plan);
        if (request.owner != null) {
            preparation = preparation.ownedBy(request.owner);
        }
        if (request.open) {
            preparation = preparation.open();
        }
        if (request.json) {
            out.println(json(request, preparation));
        } else {
            for (Preparation.Item item : preparation.items()) {
                out.println(line(item, request.today, messages));
            }
        }
        return Cli.OK;
    }

    /** One task as a person reads it, in the program's language. */
    static String line(Preparation.Item item, LocalDate today, Messages messages) {
        Task task = item.task();
        String due = task.due() == null ? messages.get("cli.taskNoDue") : messages.dates().date(task.due());
        String owner = item.owner().isEmpty() ? messages.get("cli.taskNoOwner") : item.owner();
        return messages.format(item.isOverdue(today) ? "cli.taskOverdue" : "cli.task", task.done() ? "[x]" : "[ ]",
                due, task.text(), owner, item.activity().title());
    }

    /** The format is a contract with scripts, so it is the same in every language. */
    private static String json(Request request, Preparation preparation) {
        LocalDate today = request.today;
        return JsonLine.of(w -> {
            w.name("file").value(request.plan);
            w.name("today").value(today.toString());
            w.name("total").value(preparation.total());
            w.name("done").value(preparation.done());
            w.name("overdue").value(preparation.overdue(today));
            w.name("tasks").beginArray();
            for (Preparation.Item item : preparation.items()) {
                Task task = item.task();
                w.beginObject();
                w.name("id").value(task.id());
                w.name("activity").value(item.activity().id());
                w.name("activityTitle").value(item.activity().title());
                w.name("text").value(task.text());
                w.name("owner").value(item.owner());
                w.name("due").value(task.due() == null ? null : task.due().toString());
                w.name("done").value(task.done());
                w.name("overdue").value(item.isOverdue(today));
                w.endObject();
            }
            w.endArray();
        });
    }
}
