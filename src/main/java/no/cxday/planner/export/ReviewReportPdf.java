package no.cxday.planner.export;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.cxday.planner.i18n.DateTimeText;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.i18n.ReviewSummaryText;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanRules;
import no.cxday.planner.model.Review;
import no.cxday.planner.model.ReviewSummary;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The evaluation report: the summary of the day, every activity's evaluation, and the follow-up. In
 * the documentation a web address is a link to click, and a JPEG or PNG file is the picture itself,
 * scaled to fit, with its file name under it; a picture that is missing, cannot be read or is too
 * large is named, and the report is made all the same.
 */
public final class ReviewReportPdf {

    private static final float SIZE = 10;
    private static final float LINE = 13;
    /** A picture is at most this high, so that a page holds two with their captions. */
    private static final float MAX_PICTURE_HEIGHT = 320;
    private static final Color LINK = new Color(0x00, 0x44, 0x88);

    private final PdfCanvas canvas;
    private final Messages messages;
    private final Path folder;

    private ReviewReportPdf(PdfCanvas canvas, Messages messages, Path folder) {
        this.canvas = canvas;
        this.messages = messages;
        this.folder = folder;
    }

    /**
     * @param folder where a relative path in the documentation is taken from: the plan file's
     *               folder, or null for the working directory
     */
    public static byte[] render(Plan plan, Messages messages, Path folder) throws IOException {
        try (PdfCanvas canvas = new PdfCanvas(false)) {
            canvas.newPage();
            ReviewReportPdf report = new ReviewReportPdf(canvas, messages, folder);
            AgendaPdf.heading(canvas, plan, plan.cxDay(), messages, false);
            report.summary(ReviewSummary.of(plan));
            report.activities(plan);
            report.followUp(plan.review());
            return canvas.finish((c, page, pages) -> {
                String number = messages.format("agenda.page", page, pages);
                c.text(number, (c.width() - c.textWidth(number, false, 9)) / 2, PdfCanvas.MARGIN - 8, false, 9,
                        AgendaPdf.MUTED);
            });
        }
    }

    private void heading(String key) throws IOException {
        canvas.ensureRoom(40);
        canvas.moveDown(8);
        canvas.text(messages.get(key), canvas.left(), canvas.y() - 13, true, 13, AgendaPdf.TEXT);
        canvas.moveDown(20);
    }

    private void paragraph(String text) throws IOException {
        paragraph(text, AgendaPdf.TEXT, null);
    }

    /** The text wrapped to the page; each line a link to {@code uri} unless it is null. */
    private void paragraph(String text, Color color, String uri) throws IOException {
        for (String line : canvas.wrap(text, false, SIZE, canvas.right() - canvas.left())) {
            canvas.ensureRoom(LINE);
            canvas.text(line, canvas.left(), canvas.y() - SIZE, false, SIZE, color);
            if (uri != null) {
                canvas.link(canvas.left(), canvas.y() - LINE, canvas.textWidth(line, false, SIZE), LINE, uri);
            }
            canvas.moveDown(LINE);
        }
    }

    private void summary(ReviewSummary summary) throws IOException {
        heading("report.summary");
        ReviewSummaryText text = new ReviewSummaryText(messages);
        paragraph(text.counts(summary));
        paragraph(text.average(summary).orElse(messages.get("report.noRatings")));
        paragraph(text.participants(summary));
        for (Pillar pillar : Pillar.values()) {
            Double rating = summary.ratingByPillar().get(pillar);
            canvas.ensureRoom(LINE);
            canvas.mark(pillar, canvas.left() + 5, canvas.y() - 6, 8);
            canvas.text(messages.get("pillar." + pillar.key()) + ": "
                    + (rating == null ? "–" : messages.oneDecimal(rating)),
                    canvas.left() + 16, canvas.y() - SIZE, false, SIZE, AgendaPdf.TEXT);
            canvas.moveDown(LINE);
        }
        paragraph(text.mixes(summary));
        for (String line : text.bestAndWeakest(summary)) {
            paragraph(line);
        }
    }

    private void activities(Plan plan) throws IOException {
        DateTimeText dates = messages.dates();
        heading("report.activities");
        for (Activity activity : AgendaPdf.days(plan).stream()
                .flatMap(day -> AgendaPdf.activitiesOn(plan, day).stream()).toList()) {
            paragraph(dates.dayAndTime(activity.start()) + "  " + activity.title() + ": "
                    + evaluation(activity.evaluation()));
        }
    }

    private String evaluation(Evaluation evaluation) {
        if (evaluation == null) {
            return messages.get("review.unrated");
        }
        if (!evaluation.held()) {
            return messages.get("review.notHeld") + notes(evaluation);
        }
        String rating = evaluation.rating() == null ? messages.get("review.heldUnrated")
                : messages.format("report.rating", evaluation.rating());
        Integer count = evaluation.participants();
        String participants = count == null ? "" : ", " + (count == 1 ? messages.get("report.participants.one")
                : messages.format("report.participants.many", count));
        return rating + participants + notes(evaluation);
    }

    private static String notes(Evaluation evaluation) {
        return evaluation.notes().isBlank() ? "" : " – " + evaluation.notes();
    }

    private void followUp(Review review) throws IOException {
        heading("review.whatWorked");
        paragraph(review.whatWorked().isBlank() ? "–" : review.whatWorked());
        heading("review.learnings");
        list(review.learnings());
        heading("review.documentation");
        if (review.documentation().isEmpty()) {
            paragraph("–");
        }
        for (String entry : review.documentation()) {
            documentation(entry);
        }
        heading("review.nextYear");
        paragraph(review.nextYear().isBlank() ? "–" : review.nextYear());
    }

    private void documentation(String entry) throws IOException {
        if (PlanRules.isWebAddress(entry.strip())) {
            paragraph("• " + entry.strip(), LINK, entry.strip());
            return;
        }
        Optional<Path> file = ReportPicture.fileOf(entry, folder);
        if (file.isEmpty()) {
            paragraph("• " + entry);
            return;
        }
        ReportPicture.Loaded picture = ReportPicture.load(canvas.document(), file.get());
        if (picture.trouble() != null) {
            paragraph("• " + messages.format(picture.trouble().key, entry, ReportPicture.MAX_BYTES / (1024 * 1024),
                    ReportPicture.MAX_PIXELS / 1_000_000), AgendaPdf.MUTED, null);
            return;
        }
        PDImageXObject image = picture.image();
        // smaller still to fit what is left of the page, rather than leave it empty, down to half the height
        float room = canvas.y() - canvas.bottom() - 8 - LINE;
        float maxHeight = room >= MAX_PICTURE_HEIGHT / 2 ? Math.min(room, MAX_PICTURE_HEIGHT) : MAX_PICTURE_HEIGHT;
        float scale = Math.min(1, Math.min((canvas.right() - canvas.left()) / image.getWidth(),
                maxHeight / image.getHeight()));
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        canvas.ensureRoom(height + 8 + LINE);
        canvas.moveDown(4);
        canvas.image(image, canvas.left(), canvas.y() - height, width, height);
        canvas.moveDown(height + 3);
        for (String line : canvas.wrap(file.get().getFileName().toString(), false, 9, canvas.right() - canvas.left())) {
            canvas.ensureRoom(LINE);
            canvas.text(line, canvas.left(), canvas.y() - 9, false, 9, AgendaPdf.MUTED);
            canvas.moveDown(12);
        }
        canvas.moveDown(5);
    }

    private void list(List<String> items) throws IOException {
        if (items.isEmpty()) {
            paragraph("–");
        }
        for (String item : items) {
            paragraph("• " + item);
        }
    }
}
