package no.cxday.planner.export;

import java.io.IOException;
import java.util.List;
import no.cxday.planner.i18n.DateTimeText;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.i18n.ReviewSummaryText;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Review;
import no.cxday.planner.model.ReviewSummary;

/** The evaluation report: the summary of the day, every activity's evaluation, and the follow-up. */
public final class ReviewReportPdf {

    private static final float SIZE = 10;
    private static final float LINE = 13;

    private final PdfCanvas canvas;
    private final Messages messages;

    private ReviewReportPdf(PdfCanvas canvas, Messages messages) {
        this.canvas = canvas;
        this.messages = messages;
    }

    public static byte[] render(Plan plan, Messages messages) throws IOException {
        try (PdfCanvas canvas = new PdfCanvas(false)) {
            canvas.newPage();
            ReviewReportPdf report = new ReviewReportPdf(canvas, messages);
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
        for (String line : canvas.wrap(text, false, SIZE, canvas.right() - canvas.left())) {
            canvas.ensureRoom(LINE);
            canvas.text(line, canvas.left(), canvas.y() - SIZE, false, SIZE, AgendaPdf.TEXT);
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
        list(review.documentation());
        heading("review.nextYear");
        paragraph(review.nextYear().isBlank() ? "–" : review.nextYear());
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
