package no.cxday.planner.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.i18n.ReviewSummaryText;
import no.cxday.planner.model.LastYear;
import no.cxday.planner.model.Review;
import no.cxday.planner.model.ReviewSummary;
import no.cxday.planner.ui.DialogService;

/**
 * The follow-up of the day ("etterarbeidet"): what worked, the learnings, the documentation and
 * what to do next year, each change one edit; and the summary of the evaluations.
 */
public final class ReviewViewModel {

    private final PlanDocument document;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReviewSummaryText text;
    private final StringProperty whatWorked = new SimpleStringProperty(this, "whatWorked", "");
    private final StringProperty nextYear = new SimpleStringProperty(this, "nextYear", "");
    private final ObjectBinding<Review> review;
    private final StringBinding summaryText;
    private final StringBinding lastYearText;

    public ReviewViewModel(PlanDocument document, DialogService dialogs, Messages messages) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
        this.text = new ReviewSummaryText(messages);
        review = Bindings.createObjectBinding(() -> document.plan().review(), document.planProperty());
        summaryText = Bindings.createStringBinding(() -> describe(ReviewSummary.of(document.plan())),
                document.planProperty());
        lastYearText = Bindings.createStringBinding(() -> describe(document.plan().lastYear()),
                document.planProperty());
        review.addListener((o, before, now) -> load(now));
        load(review.get());
    }

    private void load(Review now) {
        whatWorked.set(now.whatWorked());
        nextYear.set(now.nextYear());
    }

    public Messages messages() {
        return messages;
    }

    public StringProperty whatWorkedProperty() {
        return whatWorked;
    }

    public StringProperty nextYearProperty() {
        return nextYear;
    }

    /** The plan's review as it is now; the lists are shown from here. */
    public ObjectBinding<Review> reviewProperty() {
        return review;
    }

    public StringBinding summaryTextProperty() {
        return summaryText;
    }

    /** Last year's "what worked" and "next year", for a plan carried over; empty otherwise. */
    public StringBinding lastYearTextProperty() {
        return lastYearText;
    }

    private void change(UnaryOperator<Review> edit) {
        document.apply(messages.get("edit.review"), p -> p.withReview(edit.apply(p.review())));
    }

    /** Writes the two text fields to the plan, as one edit when either changed. */
    public void commitTexts() {
        change(r -> new Review(whatWorked.get(), r.learnings(), r.documentation(), nextYear.get(), r.extras()));
    }

    public void addLearning(String text) {
        if (!text.isBlank()) {
            change(r -> new Review(r.whatWorked(), with(r.learnings(), text.strip()), r.documentation(),
                    r.nextYear(), r.extras()));
        }
    }

    public void removeLearning(int index) {
        change(r -> new Review(r.whatWorked(), without(r.learnings(), index), r.documentation(), r.nextYear(),
                r.extras()));
    }

    /** Adds a link or a path to photos and highlights. */
    public void addDocumentation(String linkOrPath) {
        if (!linkOrPath.isBlank()) {
            change(r -> new Review(r.whatWorked(), r.learnings(), with(r.documentation(), linkOrPath.strip()),
                    r.nextYear(), r.extras()));
        }
    }

    public void removeDocumentation(int index) {
        change(r -> new Review(r.whatWorked(), r.learnings(), without(r.documentation(), index), r.nextYear(),
                r.extras()));
    }

    /** Opens a link in the browser, or a path in the file manager or its program. */
    public void openDocumentation(String linkOrPath) {
        dialogs.showDocument(linkOrPath);
    }

    private static List<String> with(List<String> list, String item) {
        List<String> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static List<String> without(List<String> list, int index) {
        List<String> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    private String describe(ReviewSummary s) {
        if (s.activities() == 0) {
            return messages.get("review.nothing");
        }
        List<String> lines = new ArrayList<>();
        lines.add(text.counts(s));
        lines.add(text.average(s).orElse(messages.get("review.noRatings")));
        lines.add(text.participants(s));
        text.byPillar(s).ifPresent(lines::add);
        lines.add(text.mixes(s));
        lines.addAll(text.bestAndWeakest(s));
        return String.join("\n", lines);
    }

    private String describe(LastYear lastYear) {
        if (lastYear == null) {
            return "";
        }
        return messages.format("review.lastYear", lastYear.title(), ReviewSummaryText.mix(lastYear.mix()),
                lastYear.review().whatWorked().isBlank() ? "–" : lastYear.review().whatWorked(),
                lastYear.review().nextYear().isBlank() ? "–" : lastYear.review().nextYear());
    }
}
