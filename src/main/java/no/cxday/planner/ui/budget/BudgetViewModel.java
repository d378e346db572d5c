package no.cxday.planner.ui.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Subscription;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Costs;
import no.cxday.planner.model.Plan;

/**
 * What the plan costs, as the window shows it beside the gauge: the planned total against the
 * budget (and by how much it is over), and in review mode the actual total against the planned one
 * and what each held activity cost per participant.
 */
public final class BudgetViewModel {

    /** A held activity and what it cost per participant, in words. */
    public record PerParticipant(String activityId, String title, String cost) {
    }

    private final Messages messages;
    private final ReadOnlyStringWrapper planned = new ReadOnlyStringWrapper(this, "planned", "");
    private final ReadOnlyDoubleWrapper share = new ReadOnlyDoubleWrapper(this, "share");
    private final ReadOnlyBooleanWrapper budgetSet = new ReadOnlyBooleanWrapper(this, "budgetSet");
    private final ReadOnlyStringWrapper over = new ReadOnlyStringWrapper(this, "over", "");
    private final ReadOnlyBooleanWrapper overBudget = new ReadOnlyBooleanWrapper(this, "overBudget");
    private final ReadOnlyStringWrapper actual = new ReadOnlyStringWrapper(this, "actual", "");
    private final ReadOnlyObjectWrapper<List<PerParticipant>> perParticipant =
            new ReadOnlyObjectWrapper<>(this, "perParticipant", List.of());
    private final Subscription subscription;

    public BudgetViewModel(PlanDocument document, ObservableBooleanValue reviewMode, Messages messages) {
        this.messages = messages;
        Runnable update = () -> update(document.plan(), reviewMode.get());
        subscription = Subscription.combine(document.planProperty().subscribe(update),
                reviewMode.subscribe(on -> update.run()));
    }

    /** Stops following the plan: the window that showed it is gone. */
    public void close() {
        subscription.unsubscribe();
    }

    private void update(Plan plan, boolean review) {
        BigDecimal budget = plan.budget();
        BigDecimal plannedTotal = Costs.planned(plan);
        planned.set(budget == null ? messages.format("budget.plannedNoBudget", money(plannedTotal, plan))
                : messages.format("budget.plannedOf", money(plannedTotal, plan), money(budget, plan)));
        budgetSet.set(budget != null);
        share.set(budget == null ? 0 : budget.signum() == 0 ? (plannedTotal.signum() > 0 ? 1 : 0)
                : plannedTotal.divide(budget, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE).doubleValue());
        boolean isOver = budget != null && plannedTotal.compareTo(budget) > 0;
        overBudget.set(isOver);
        over.set(isOver ? messages.format("budget.over", money(plannedTotal.subtract(budget), plan)) : "");
        BigDecimal actualTotal = Costs.actual(plan);
        actual.set(!review ? "" : actualTotal == null ? messages.get("budget.noActual")
                : messages.format("budget.actualAgainstPlanned", money(actualTotal, plan), money(plannedTotal, plan)));
        perParticipant.set(!review ? List.of() : plan.activities().stream()
                .filter(activity -> Costs.perParticipant(activity) != null)
                .map(activity -> perParticipant(activity, plan)).toList());
    }

    private PerParticipant perParticipant(Activity activity, Plan plan) {
        int participants = activity.evaluation().participants();
        String key = activity.cost().actual() != null ? "budget.perParticipant" : "budget.perParticipantPlanned";
        return new PerParticipant(activity.id(), activity.title(),
                messages.format(key, money(Objects.requireNonNull(Costs.perParticipant(activity)), plan), participants));
    }

    private String money(BigDecimal amount, Plan plan) {
        return messages.money(amount, plan.currency());
    }

    /** The planned total, and the budget when one is set. */
    public ReadOnlyStringProperty plannedProperty() {
        return planned.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty budgetSetProperty() {
        return budgetSet.getReadOnlyProperty();
    }

    /** How much of the budget the planned total takes, from 0 to 1 (1 when over); 0 without a budget. */
    public ReadOnlyDoubleProperty shareProperty() {
        return share.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overBudgetProperty() {
        return overBudget.getReadOnlyProperty();
    }

    /** By how much the planned total is over the budget; empty when it is not. */
    public ReadOnlyStringProperty overProperty() {
        return over.getReadOnlyProperty();
    }

    /** In review mode, the actual total against the planned one; empty otherwise. */
    public ReadOnlyStringProperty actualProperty() {
        return actual.getReadOnlyProperty();
    }

    /** In review mode, every held activity with participants and a cost; empty otherwise. */
    public ReadOnlyObjectProperty<List<PerParticipant>> perParticipantProperty() {
        return perParticipant.getReadOnlyProperty();
    }
}
