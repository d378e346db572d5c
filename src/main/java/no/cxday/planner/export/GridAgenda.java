package no.cxday.planner.export;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import no.cxday.planner.i18n.DateTimeText;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.TimelineLayout;

/** A day as a grid: the lanes as columns, time running down, each activity a box inside its lane. */
final class GridAgenda {

    private static final float AXIS = 36;
    private static final float LANE_HEADER = 26;
    private static final Color BLOCK = new Color(0xE9, 0xEE, 0xF6);
    private static final Color BLOCK_EDGE = new Color(0x7D, 0x93, 0xB2);

    private final PdfCanvas canvas;
    private final Plan plan;
    private final Messages messages;

    GridAgenda(PdfCanvas canvas, Plan plan, Messages messages) {
        this.canvas = canvas;
        this.plan = plan;
        this.messages = messages;
    }

    void write(LocalDate day) throws IOException {
        TimelineLayout layout = TimelineLayout.of(plan);
        int dayIndex = layout.days().indexOf(day);
        int lanes = layout.lanes().size();
        float left = canvas.left() + AXIS;
        float laneWidth = (canvas.right() - left) / lanes;
        float top = canvas.y() - LANE_HEADER;
        float scale = (top - canvas.bottom()) / layout.windowMinutes();
        for (int lane = 0; lane < lanes; lane++) {
            float x = left + lane * laneWidth;
            List<String> name = canvas.wrap(layout.lanes().get(lane).name(), true, 8, laneWidth - 4);
            for (int line = 0; line < Math.min(2, name.size()); line++) {
                canvas.text(name.get(line), x + 2, canvas.y() - 9 - line * 10, true, 8, AgendaPdf.TEXT);
            }
            canvas.line(x, top, x, canvas.bottom(), AgendaPdf.LINE, 0.5f);
        }
        canvas.line(canvas.right(), top, canvas.right(), canvas.bottom(), AgendaPdf.LINE, 0.5f);
        for (int minute = 0; minute <= layout.windowMinutes(); minute++) {
            if (layout.dayStart().plusMinutes(minute).getMinute() == 0) {
                float y = top - minute * scale;
                canvas.line(left - 4, y, canvas.right(), y, AgendaPdf.LINE, 0.5f);
                canvas.text(layout.dayStart().plusMinutes(minute).toString(), canvas.left(), y - 8, false, 7,
                        AgendaPdf.MUTED);
            }
        }
        for (TimelineLayout.Block block : layout.blocks()) {
            if (block.day() == dayIndex) {
                float columnWidth = (laneWidth - 4) / block.columns();
                float x = left + block.lane() * laneWidth + 2 + block.column() * columnWidth;
                block(block, x, top - block.startMinute() * scale, columnWidth - 2,
                        (block.endMinute() - block.startMinute()) * scale - 1);
            }
        }
        canvas.moveDown(canvas.y() - canvas.bottom());
    }

    /** One activity's box, with as many lines of its text as fit inside it. */
    private void block(TimelineLayout.Block block, float x, float top, float width, float height)
            throws IOException {
        Activity activity = block.activity();
        canvas.rectangle(x, top - height, width, height, BLOCK, block.overlapping() ? Color.RED : BLOCK_EDGE);
        float y = top - 2;
        float limit = top - height + 2;
        for (String line : canvas.wrap(activity.title(), true, 7.5f, width - 4)) {
            if (y - 8 < limit) {
                return;
            }
            canvas.text(line, x + 2, y - 7, true, 7.5f, AgendaPdf.TEXT);
            y -= 9;
        }
        String time = DateTimeText.clock(activity.start()) + "–" + DateTimeText.clock(activity.end())
                + (activity.responsible().isBlank() ? "" : " · " + activity.responsible());
        for (String line : canvas.wrap(time, false, 6.5f, width - 4)) {
            if (y - 8 < limit) {
                return;
            }
            canvas.text(line, x + 2, y - 7, false, 6.5f, AgendaPdf.MUTED);
            y -= 8;
        }
        if (y - 8 >= limit) {
            float at = x + 5;
            for (Pillar pillar : Pillar.values()) {
                for (int i = 0; i < activity.pillars().weight(pillar) && at < x + width - 4; i++) {
                    canvas.mark(pillar, at, y - 4, 5);
                    at += 7;
                }
            }
        }
    }
}
