package no.cxday.planner.export;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Communication;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Plan;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The poster for the canteen wall: for each day with activities one portrait page with the plan's
 * title and organisation, the day written out, the programme by time with each activity's place in
 * type to read from two metres, and at the foot the coordinator's message and a QR code of the link.
 * A day too full for its page at full size is set smaller, down to {@link #MIN_SCALE}; what still
 * does not fit goes on to another page for the same day.
 */
public final class PosterPdf {

    /** The paper, portrait. Sizes below are for A3 and scale with the page's width. */
    public enum Paper {
        A3(PDRectangle.A3), A4(PDRectangle.A4);

        private final PDRectangle size;

        Paper(PDRectangle size) {
            this.size = size;
        }

        public static Paper ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    static final float TITLE = 54;
    static final float ORGANIZATION = 26;
    static final float DATE = 34;
    static final float TIME = 24;
    static final float ACTIVITY = 28;
    static final float PLACE = 20;
    static final float MESSAGE = 24;
    static final float LINK = 16;
    /** An activity's title is never set below 18 pt on A3 (28 × this), which reads from two metres. */
    static final float MIN_SCALE = 18 / ACTIVITY;
    /** The QR code's side on A3, larger for a long link, so that a module is at least {@link #MIN_MODULE}. */
    static final float QR_SIDE = 150;
    static final float MIN_MODULE = 1.6f;

    private final PdfCanvas canvas;
    private final Plan plan;
    private final Messages messages;
    /** The page's width over A3's: 1 on A3, 0.71 on A4. */
    private final float paper;
    private final float width;

    private PosterPdf(PdfCanvas canvas, Plan plan, Messages messages) {
        this.canvas = canvas;
        this.plan = plan;
        this.messages = messages;
        this.paper = canvas.width() / PDRectangle.A3.getWidth();
        this.width = canvas.right() - canvas.left();
    }

    public static byte[] render(Plan plan, Paper paper, Messages messages) throws IOException {
        try (PdfCanvas canvas = new PdfCanvas(paper.size)) {
            PosterPdf poster = new PosterPdf(canvas, plan, messages);
            FootBlock foot = new FootBlock(canvas, plan.communication(), messages, poster.paper);
            for (LocalDate day : AgendaPdf.days(plan)) {
                poster.day(day, AgendaPdf.activitiesOn(plan, day), foot);
            }
            return canvas.finish((c, page, pages) -> {
            });
        }
    }

    private void day(LocalDate day, List<Activity> activities, FootBlock foot) throws IOException {
        float floor = page(day, false, foot);
        if (activities.isEmpty()) {
            canvas.text(messages.get("agenda.none"), canvas.left(), canvas.y() - PLACE * paper, false, PLACE * paper,
                    AgendaPdf.MUTED);
            return;
        }
        List<Row> rows = fitted(activities, canvas.y() - floor);
        for (Row row : rows) {
            if (canvas.y() - row.height() < floor) {
                floor = page(day, true, foot);
            }
            row.draw();
        }
    }

    /** Starts a page with the heading and the foot; gives the lowest the programme may reach. */
    private float page(LocalDate day, boolean continued, FootBlock foot) throws IOException {
        canvas.newPage();
        float band = 10 * paper;
        float third = width / Pillar.values().length;
        for (Pillar pillar : Pillar.values()) {
            canvas.rectangle(canvas.left() + pillar.ordinal() * third, canvas.y() - band, third, band,
                    PillarColors.of(pillar), null);
        }
        canvas.moveDown(band + 24 * paper);
        lines(plan.title(), true, TITLE * paper, 1.15f, AgendaPdf.TEXT);
        if (!plan.organization().isBlank()) {
            lines(plan.organization(), false, ORGANIZATION * paper, 1.3f, AgendaPdf.MUTED);
        }
        canvas.moveDown(14 * paper);
        String date = messages.dates().day(day) + (continued ? " " + messages.get("agenda.continued") : "");
        lines(date, true, DATE * paper, 1.2f, PillarColors.of(Pillar.LAERING));
        canvas.moveDown(8 * paper);
        canvas.line(canvas.left(), canvas.y(), canvas.right(), canvas.y(), AgendaPdf.LINE, 1.5f * paper);
        canvas.moveDown(22 * paper);
        return foot.draw();
    }

    private void lines(String text, boolean strong, float size, float leading, Color color)
            throws IOException {
        for (String line : canvas.wrap(text, strong, size, width)) {
            canvas.text(line, canvas.left(), canvas.y() - size, strong, size, color);
            canvas.moveDown(size * leading);
        }
    }

    /** The rows at the largest size, down to the smallest, at which they all fit in {@code room}. */
    private List<Row> fitted(List<Activity> activities, float room) {
        List<Row> rows = List.of();
        for (float scale = 1; scale >= MIN_SCALE - 1e-4f; scale -= 0.05f) {
            rows = rows(activities, Math.max(scale, MIN_SCALE) * paper);
            if (rows.stream().map(Row::height).reduce(0f, Float::sum) <= room) {
                return rows;
            }
        }
        return rows(activities, MIN_SCALE * paper);
    }

    private List<Row> rows(List<Activity> activities, float scale) {
        float timeColumn = 0;
        List<String> times = new ArrayList<>();
        for (Activity activity : activities) {
            String time = ListAgenda.time(activity, messages);
            times.add(time);
            timeColumn = Math.max(timeColumn, canvas.textWidth(time, true, TIME * scale));
        }
        timeColumn = Math.min(timeColumn + 24 * scale, width / 2);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            float textWidth = width - timeColumn;
            rows.add(new Row(canvas.wrap(times.get(i), true, TIME * scale, timeColumn - 12 * scale),
                    canvas.wrap(activity.title(), true, ACTIVITY * scale, textWidth),
                    canvas.wrap(Places.where(plan, activity), false, PLACE * scale, textWidth), timeColumn, scale));
        }
        return rows;
    }

    /** One activity on the poster: its time at the left, its title and its place beside it. */
    private final class Row {

        private final List<String> time;
        private final List<String> title;
        private final List<String> place;
        private final float timeColumn;
        private final float scale;

        Row(List<String> time, List<String> title, List<String> place, float timeColumn, float scale) {
            this.time = time;
            this.title = title;
            this.place = place;
            this.timeColumn = timeColumn;
            this.scale = scale;
        }

        float height() {
            float text = title.size() * ACTIVITY * scale * 1.15f + place.size() * PLACE * scale * 1.25f;
            return Math.max(text, time.size() * TIME * scale * 1.2f) + 18 * scale;
        }

        void draw() throws IOException {
            float top = canvas.y();
            float baseline = top - ACTIVITY * scale;
            for (String line : time) {
                canvas.text(line, canvas.left(), baseline, true, TIME * scale, AgendaPdf.TEXT);
                baseline -= TIME * scale * 1.2f;
            }
            float x = canvas.left() + timeColumn;
            baseline = top - ACTIVITY * scale;
            for (String line : title) {
                canvas.text(line, x, baseline, true, ACTIVITY * scale, AgendaPdf.TEXT);
                baseline -= ACTIVITY * scale * 1.15f;
            }
            baseline += ACTIVITY * scale * 1.15f - PLACE * scale * 1.3f;
            for (String line : place) {
                canvas.text(line, x, baseline, false, PLACE * scale, AgendaPdf.MUTED);
                baseline -= PLACE * scale * 1.25f;
            }
            canvas.moveDown(height());
        }
    }

    /** What stands at the foot of every page: the coordinator's message and the QR code of the link. */
    private static final class FootBlock {

        private final PdfCanvas canvas;
        private final Messages messages;
        private final float paper;
        private final String link;
        private final QrCode qr;
        private final float qrSide;
        private final List<String> message;
        private final boolean linkFits;

        FootBlock(PdfCanvas canvas, Communication communication, Messages messages, float paper) {
            this.canvas = canvas;
            this.messages = messages;
            this.paper = paper;
            link = communication == null ? "" : communication.link().strip();
            qr = link.isEmpty() ? null : QrCode.of(link).orElse(null);
            float width = canvas.right() - canvas.left();
            qrSide = qr == null ? 0 : Math.min(width * 0.4f, Math.max(QR_SIDE * paper, qr.modules() * MIN_MODULE));
            float column = qr == null ? width : width - qrSide - QrCode.QUIET_ZONE * qrSide / qr.modules() - 20;
            String text = communication == null ? "" : communication.message().strip();
            message = new ArrayList<>();
            for (String paragraph : text.isEmpty() ? new String[0] : text.split("\\R")) {
                message.addAll(canvas.wrap(paragraph, false, MESSAGE * paper, column));
            }
            // a link as long as a line is printed for those who type it; a longer one is for the code alone
            linkFits = !link.isEmpty() && canvas.textWidth(link, false, LINK * paper) <= column;
        }

        private float textHeight() {
            return message.size() * MESSAGE * paper * 1.25f + (linkFits ? LINK * paper * 2.2f : 0);
        }

        private float height() {
            float caption = qr == null ? 0 : LINK * paper * 1.8f;
            float content = Math.max(textHeight(), qrSide + caption);
            return content == 0 ? 0 : content + 24 * paper;
        }

        /** Draws the block at the foot of the page; gives the line above it. */
        float draw() throws IOException {
            float height = height();
            float floor = canvas.bottom() + height;
            if (height == 0) {
                return canvas.bottom();
            }
            canvas.line(canvas.left(), floor - 8 * paper, canvas.right(), floor - 8 * paper, AgendaPdf.LINE,
                    1.5f * paper);
            float top = floor - 24 * paper;
            float cursor = top;
            for (String line : message) {
                cursor -= MESSAGE * paper;
                canvas.text(line, canvas.left(), cursor, false, MESSAGE * paper, AgendaPdf.TEXT);
                cursor -= MESSAGE * paper * 0.25f;
            }
            if (linkFits) {
                cursor -= LINK * paper * (message.isEmpty() ? 1 : 2.2f);
                float linkWidth = canvas.textWidth(link, false, LINK * paper);
                canvas.text(link, canvas.left(), cursor, false, LINK * paper, AgendaPdf.MUTED);
                canvas.link(canvas.left(), cursor - LINK * paper * 0.3f, linkWidth, LINK * paper * 1.3f, link);
            }
            if (qr != null) {
                float x = canvas.right() - qrSide;
                float yBottom = top - qrSide;
                qr.draw(canvas, x, yBottom, qrSide);
                canvas.link(x, yBottom, qrSide, qrSide, link);
                String scan = messages.get("poster.scan");
                float size = LINK * paper;
                canvas.text(scan, canvas.right() - canvas.textWidth(scan, false, size), yBottom - size * 1.4f, false,
                        size, AgendaPdf.MUTED);
            }
            return floor;
        }
    }
}
