package no.cxday.planner.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.i18n.DateTimeText;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Plan;

/** A day as a table ordered by time: time, title with its pillars, lane or location, responsible. */
final class ListAgenda {

    private static final float SIZE = 10;
    private static final float LINE = 13;
    private static final float PADDING = 5;
    private static final float[] SHARES = {0.16f, 0.42f, 0.25f, 0.17f};

    private final PdfCanvas canvas;
    private final Plan plan;
    private final Messages messages;
    private final float[] x = new float[SHARES.length + 1];

    ListAgenda(PdfCanvas canvas, Plan plan, Messages messages) {
        this.canvas = canvas;
        this.plan = plan;
        this.messages = messages;
        x[0] = canvas.left();
        for (int i = 0; i < SHARES.length; i++) {
            x[i + 1] = x[i] + SHARES[i] * (canvas.right() - canvas.left());
        }
    }

    void write(LocalDate day, List<Activity> activities) throws IOException {
        header();
        for (Activity activity : activities) {
            List<List<String>> cells = cells(activity);
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            boolean marks = activity.pillars().total() > 0;
            float height = lines * LINE + (marks ? 11 : 0) + 2 * PADDING;
            if (canvas.ensureRoom(height)) {
                AgendaPdf.heading(canvas, plan, day, messages, true);
                header();
            }
            float top = canvas.y();
            for (int column = 0; column < cells.size(); column++) {
                List<String> cell = cells.get(column);
                for (int line = 0; line < cell.size(); line++) {
                    canvas.text(cell.get(line), x[column] + 3, top - PADDING - SIZE - line * LINE,
                            column == 1 && line < titleLines(activity), SIZE, AgendaPdf.TEXT);
                }
            }
            if (marks) {
                drawMarks(activity, x[1] + 3, top - PADDING - cells.get(1).size() * LINE - 5);
            }
            canvas.moveDown(height);
            canvas.line(canvas.left(), canvas.y(), canvas.right(), canvas.y(), AgendaPdf.LINE, 0.5f);
        }
    }

    private void header() throws IOException {
        String[] keys = {"agenda.column.time", "agenda.column.title", "agenda.column.lane",
            "agenda.column.responsible"};
        for (int i = 0; i < keys.length; i++) {
            canvas.text(messages.get(keys[i]), x[i] + 3, canvas.y() - 10, true, 9, AgendaPdf.MUTED);
        }
        canvas.moveDown(15);
        canvas.line(canvas.left(), canvas.y(), canvas.right(), canvas.y(), AgendaPdf.MUTED, 0.8f);
    }

    private float width(int column) {
        return x[column + 1] - x[column] - 6;
    }

    private int titleLines(Activity activity) {
        return canvas.wrap(activity.title(), true, SIZE, width(1)).size();
    }

    private List<List<String>> cells(Activity activity) {
        String time = time(activity, messages);
        List<String> title = new ArrayList<>(canvas.wrap(activity.title(), true, SIZE, width(1)));
        String lane = Places.laneName(plan, activity);
        List<String> place = new ArrayList<>(canvas.wrap(lane, false, SIZE, width(2)));
        Places.locationBesides(activity, lane)
                .ifPresent(location -> place.addAll(canvas.wrap(location, false, SIZE, width(2))));
        List<String> responsible = activity.responsible().isBlank() ? List.of()
                : canvas.wrap(activity.responsible(), false, SIZE, width(3));
        return List.of(canvas.wrap(time, false, SIZE, width(0)), title, place, responsible);
    }

    /** "08:30–09:15", or with the end's date when it ends on a later day. */
    static String time(Activity activity, Messages messages) {
        boolean sameDay = !activity.span().endsOnALaterDay();
        return DateTimeText.clock(activity.start()) + "–" + (sameDay ? DateTimeText.clock(activity.end())
                : messages.dates().dateTime(activity.end()));
    }

    private void drawMarks(Activity activity, float left, float centreY) throws IOException {
        float at = left + 4;
        for (Pillar pillar : Pillar.values()) {
            for (int i = 0; i < activity.pillars().weight(pillar); i++) {
                canvas.mark(pillar, at, centreY, 7);
                at += 9;
            }
        }
    }
}
