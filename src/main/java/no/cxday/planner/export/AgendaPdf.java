package no.cxday.planner.export;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;

/**
 * The printable agenda of a plan, as PDF: for each day with activities a heading and either a list
 * ordered by time or a grid with the lanes as columns; then the balance and, if asked, the
 * preparation checklist; "Side 1 av 3" at the foot of every page.
 */
public final class AgendaPdf {

    static final Color TEXT = new Color(0x1F, 0x23, 0x28);
    static final Color MUTED = new Color(0x5B, 0x61, 0x69);
    static final Color LINE = new Color(0xC8, 0xC4, 0xBB);

    /** How each day is laid out. */
    public enum Layout {
        LIST, GRID
    }

    /** What the coordinator chose: the layout, the page's orientation, and whether to add the checklist. */
    public record Options(Layout layout, boolean landscape, boolean checklist) {
    }

    private AgendaPdf() {
    }

    public static byte[] render(Plan plan, Options options, Messages messages) throws IOException {
        try (PdfCanvas canvas = new PdfCanvas(options.landscape())) {
            for (LocalDate day : days(plan)) {
                canvas.newPage();
                heading(canvas, plan, day, messages, false);
                List<Activity> activities = activitiesOn(plan, day);
                if (activities.isEmpty()) {
                    canvas.text(messages.get("agenda.none"), canvas.left(), canvas.y() - 12, false, 11, MUTED);
                    canvas.moveDown(24);
                } else if (options.layout() == Layout.LIST) {
                    new ListAgenda(canvas, plan, messages).write(day, activities);
                } else {
                    new GridAgenda(canvas, plan, messages).write(day);
                }
            }
            new BalanceSection(canvas, messages).write(plan);
            if (options.checklist()) {
                new ChecklistSection(canvas, messages).write(plan);
            }
            return canvas.finish(footer(plan, messages));
        }
    }

    /** "Side 1 av 3" in the middle of every page's foot, and the plan's title at its left. */
    static PdfCanvas.PageFooter footer(Plan plan, Messages messages) {
        return (c, page, pages) -> {
            String number = messages.format("agenda.page", page, pages);
            c.text(number, (c.width() - c.textWidth(number, false, 9)) / 2, PdfCanvas.MARGIN - 8, false, 9, MUTED);
            c.text(plan.title(), c.left(), PdfCanvas.MARGIN - 8, false, 8, MUTED);
        };
    }

    /** The days that have activities, or the CX day alone when nothing is planned. */
    static List<LocalDate> days(Plan plan) {
        TreeSet<LocalDate> days = new TreeSet<>();
        plan.activities().forEach(a -> days.add(a.start().toLocalDate()));
        if (days.isEmpty()) {
            days.add(plan.cxDay());
        }
        return List.copyOf(days);
    }

    static List<Activity> activitiesOn(Plan plan, LocalDate day) {
        List<String> lanes = plan.lanes().stream().map(l -> l.id()).toList();
        return plan.activities().stream().filter(a -> a.start().toLocalDate().equals(day))
                .sorted(Comparator.comparing(Activity::start).thenComparingInt(a -> lanes.indexOf(a.laneId())))
                .toList();
    }

    /** The plan's title, its organisation and the date written out ("tirsdag 6. oktober 2026"). */
    static void heading(PdfCanvas canvas, Plan plan, LocalDate day, Messages messages, boolean continued)
            throws IOException {
        float width = canvas.right() - canvas.left();
        for (String line : canvas.wrap(plan.title(), true, 16, width)) {
            canvas.text(line, canvas.left(), canvas.y() - 16, true, 16, TEXT);
            canvas.moveDown(20);
        }
        if (!plan.organization().isBlank()) {
            canvas.text(plan.organization(), canvas.left(), canvas.y() - 10, false, 10, MUTED);
            canvas.moveDown(14);
        }
        String date = messages.dates().longDate(day);
        if (day.equals(plan.cxDay())) {
            date += " · " + messages.get("timeline.cxDay");
        }
        if (continued) {
            date += " " + messages.get("agenda.continued");
        }
        canvas.text(date, canvas.left(), canvas.y() - 13, true, 13, TEXT);
        canvas.moveDown(22);
    }
}
