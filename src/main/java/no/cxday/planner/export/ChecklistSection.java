package no.cxday.planner.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Task;

/** The preparation checklist: every task of every activity by due date, with a box to tick. */
final class ChecklistSection {

    private static final float SIZE = 10;

    private record Item(Task task, Activity activity) {
    }

    private final PdfCanvas canvas;
    private final Messages messages;

    ChecklistSection(PdfCanvas canvas, Messages messages) {
        this.canvas = canvas;
        this.messages = messages;
    }

    void write(Plan plan) throws IOException {
        List<Item> items = new ArrayList<>();
        plan.activities().forEach(a -> a.tasks().forEach(t -> items.add(new Item(t, a))));
        items.sort(Comparator.comparing((Item i) -> i.task().due(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.activity().start()));
        canvas.ensureRoom(60);
        canvas.moveDown(10);
        canvas.text(messages.get("agenda.checklist"), canvas.left(), canvas.y() - 13, true, 13, AgendaPdf.TEXT);
        canvas.moveDown(22);
        if (items.isEmpty()) {
            canvas.text(messages.get("agenda.noTasks"), canvas.left(), canvas.y() - 10, false, SIZE, AgendaPdf.MUTED);
            canvas.moveDown(16);
            return;
        }
        for (Item item : items) {
            LocalDate due = item.task().due();
            String text = (due == null ? messages.get("agenda.noDue") : messages.dates().date(due)) + "  " + item.task().text()
                    + " — " + item.activity().title()
                    + (item.activity().responsible().isBlank() ? "" : " (" + item.activity().responsible() + ")");
            tickLine(canvas, text, item.task().done());
        }
    }

    /** One line to tick: a box, ticked when {@code done}, and the text wrapped beside it. */
    static void tickLine(PdfCanvas canvas, String text, boolean done) throws IOException {
        float textLeft = canvas.left() + 20;
        List<String> lines = canvas.wrap(text, false, SIZE, canvas.right() - textLeft);
        canvas.ensureRoom(lines.size() * 13 + 4);
        canvas.rectangle(canvas.left() + 2, canvas.y() - 11, 9, 9, null, AgendaPdf.TEXT);
        if (done) {
            canvas.line(canvas.left() + 3.5f, canvas.y() - 6.5f, canvas.left() + 6, canvas.y() - 9.5f,
                    AgendaPdf.TEXT, 1.2f);
            canvas.line(canvas.left() + 6, canvas.y() - 9.5f, canvas.left() + 10, canvas.y() - 3,
                    AgendaPdf.TEXT, 1.2f);
        }
        for (String line : lines) {
            canvas.text(line, textLeft, canvas.y() - 10, false, SIZE, AgendaPdf.TEXT);
            canvas.moveDown(13);
        }
        canvas.moveDown(3);
    }
}
