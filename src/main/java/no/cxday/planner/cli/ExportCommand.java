package no.cxday.planner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.export.AgendaPdf;
import no.cxday.planner.export.Announcement;
import no.cxday.planner.export.CalendarExport;
import no.cxday.planner.export.PosterPdf;
import no.cxday.planner.export.TasksPdf;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Problem;
import no.cxday.planner.model.TaskIds;
import no.cxday.planner.storage.AtomicFile;

/**
 * {@code export PLAN [--pdf OUT.pdf [--layout list|grid] [--landscape] [--checklist]] [--tasks-pdf OUT.pdf]
 * [--ics OUT.ics [--lane ID] [--with-tasks]] [--poster OUT.pdf [--paper a3|a4]] [--html OUT.html]
 * [--lang nb|en]}: the printable agenda, who does what, the calendar file, the poster and the
 * announcement, each written atomically.
 */
final class ExportCommand {

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    private static final class Request {
        String plan;
        String pdf;
        String tasksPdf;
        String ics;
        String poster;
        String html;
        String lane;
        PosterPdf.Paper paper = PosterPdf.Paper.A3;
        AgendaPdf.Layout layout = AgendaPdf.Layout.LIST;
        boolean landscape;
        boolean checklist;
        boolean withTasks;
    }

    int run(List<String> args, Messages defaultMessages) {
        Messages messages = defaultMessages;
        Request request = new Request();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (arg) {
                case "--pdf" -> request.pdf = value;
                case "--tasks-pdf" -> request.tasksPdf = value;
                case "--ics" -> request.ics = value;
                case "--poster" -> request.poster = value;
                case "--html" -> request.html = value;
                case "--paper" -> request.paper = "a3".equals(value) || "a4".equals(value)
                        ? PosterPdf.Paper.ofCode(value) : null;
                case "--lane" -> request.lane = value;
                case "--layout" -> request.layout = "grid".equals(value) ? AgendaPdf.Layout.GRID
                        : "list".equals(value) ? AgendaPdf.Layout.LIST : null;
                case "--lang" -> messages = "nb".equals(value) || "en".equals(value)
                        ? new Messages(Language.fromCode(value)) : null;
                case "--landscape" -> request.landscape = true;
                case "--checklist" -> request.checklist = true;
                case "--with-tasks" -> request.withTasks = true;
                default -> {
                    if (arg.startsWith("--") || request.plan != null) {
                        return Cli.usageError(err, defaultMessages, defaultMessages.format("cli.unknownCommand", arg));
                    }
                    request.plan = arg;
                }
            }
            if (List.of("--pdf", "--tasks-pdf", "--ics", "--poster", "--html", "--paper", "--lane", "--layout",
                    "--lang").contains(arg)) {
                if (value == null || request.layout == null || request.paper == null || messages == null) {
                    return Cli.usageError(err, defaultMessages, defaultMessages.format("cli.badValue", arg));
                }
                i++;
            }
        }
        if (request.plan == null || (request.pdf == null && request.tasksPdf == null && request.ics == null
                && request.poster == null && request.html == null)) {
            return Cli.usageError(err, messages, messages.get("cli.exportWhat"));
        }
        return export(request, messages);
    }

    private int export(Request request, Messages messages) {
        Plan plan = Cli.readPlan(request.plan, messages, err);
        if (plan == null) {
            return Cli.BAD_INPUT;
        }
        if (request.lane != null && plan.lanes().stream().noneMatch(l -> l.id().equals(request.lane))) {
            return Cli.usageError(err, messages, messages.format("cli.noSuchLane", request.lane));
        }
        try {
            if (request.pdf != null) {
                byte[] pdf = AgendaPdf.render(plan,
                        new AgendaPdf.Options(request.layout, request.landscape, request.checklist), messages);
                if (!write(request.pdf, pdf, messages)) {
                    return Cli.BAD_INPUT;
                }
            }
            if (request.tasksPdf != null && !write(request.tasksPdf, TasksPdf.render(plan, messages), messages)) {
                return Cli.BAD_INPUT;
            }
            if (request.ics != null) {
                // An older file's tasks have no ids yet: they get the ones its first save will give.
                byte[] ics = CalendarExport.toIcs(request.withTasks ? TaskIds.given(plan) : plan, request.lane,
                        request.withTasks, messages).getBytes(StandardCharsets.UTF_8);
                if (!write(request.ics, ics, messages)) {
                    return Cli.BAD_INPUT;
                }
            }
            if (request.poster != null
                    && !write(request.poster, PosterPdf.render(plan, request.paper, messages), messages)) {
                return Cli.BAD_INPUT;
            }
            if (request.html != null && !write(request.html, Announcement.of(plan, Catalogue.load(), messages).html()
                    .getBytes(StandardCharsets.UTF_8), messages)) {
                return Cli.BAD_INPUT;
            }
        } catch (IOException e) {
            err.println(messages.format("error.export", request.plan, e.getMessage()));
            return Cli.BAD_INPUT;
        }
        return Cli.OK;
    }

    private boolean write(String target, byte[] content, Messages messages) {
        try {
            AtomicFile.write(Path.of(target), content, false);
            out.println(messages.format("cli.written", target));
            return true;
        } catch (IOException | InvalidPathException e) {
            err.println(messages.format("error.write", target, messages.describe(ioProblem(e))));
            return false;
        }
    }

    private static Problem ioProblem(Exception e) {
        return e instanceof IOException io ? AtomicFile.problemOf(io) : new Problem("", "problem.noSuchFile");
    }
}
