package no.cxday.planner.ui.history;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.i18n.ReviewSummaryText;
import no.cxday.planner.model.History;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.YearSummary;

/**
 * "År for år": the plan's earlier years and its own, oldest first and this year last, each as a
 * line of the table and a point of the charts. The numbers are the history's, as carry-over kept
 * them; this only puts them in words.
 */
public final class HistoryViewModel {

    /**
     * One year as the table shows it, the costs in the plan's currency ({@link #costHeadingProperty()});
     * {@code current} marks this year's plan.
     */
    public record Row(String cxDay, String title, String score, String mix, String held, String averageRating,
            String participants, String plannedCost, String actualCost, boolean current) {
    }

    /**
     * One year as the charts draw it: the score and the three shares in per cent, and the average
     * rating (null when nothing was rated).
     */
    public record Point(int year, int score, double anerkjennelse, double laering, double engasjement,
            Double averageRating) {
    }

    private final PlanDocument document;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Point> points = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyStringWrapper costHeading = new ReadOnlyStringWrapper(this, "costHeading", "");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final Subscription subscription;
    private Plan shownPlan;

    public HistoryViewModel(PlanDocument document, Messages messages) {
        this.document = document;
        this.messages = messages;
        subscription = Subscription.combine(document.planProperty().subscribe(plan -> refresh()),
                shown.subscribe(now -> refresh()));
    }

    /** Stops following the plan: the window that showed the years is gone. */
    public void close() {
        subscription.unsubscribe();
    }

    /** Whether the years are on screen; while they are not, they are brought up to date only when they are again. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Point> points() {
        return points;
    }

    /** "Kostnad (NOK)": over the planned and the actual cost, in the plan's currency. */
    public ReadOnlyStringProperty costHeadingProperty() {
        return costHeading.getReadOnlyProperty();
    }

    /** The sentence for a plan that has no earlier year yet; empty when it has. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    private void refresh() {
        Plan plan = document.plan();
        if (!shown.get() || plan == shownPlan) {
            return;
        }
        shownPlan = plan;
        List<YearSummary> years = History.withThisYear(plan);
        List<Row> madeRows = new ArrayList<>();
        List<Point> madePoints = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            YearSummary y = years.get(i);
            madeRows.add(row(y, i == years.size() - 1));
            madePoints.add(new Point(y.cxDay().getYear(), y.score(), 100 * y.mix().anerkjennelse(),
                    100 * y.mix().laering(), 100 * y.mix().engasjement(), y.averageRating()));
        }
        rows.setAll(madeRows);
        points.setAll(madePoints);
        costHeading.set(messages.format("history.column.cost", plan.currency()));
        hint.set(years.size() == 1 ? messages.get("history.noHistory") : "");
    }

    private Row row(YearSummary year, boolean current) {
        String title = current ? year.title() + " " + messages.get("history.thisYear") : year.title();
        return new Row(messages.dates().date(year.cxDay()), title, String.valueOf(year.score()),
                ReviewSummaryText.mix(year.mix()), messages.format("history.heldOf", year.held(), year.activities()),
                year.averageRating() == null ? "–" : messages.oneDecimal(year.averageRating()),
                String.valueOf(year.participants()), messages.amount(year.plannedCost()),
                year.actualCost() == null ? "–" : messages.amount(year.actualCost()), current);
    }
}
