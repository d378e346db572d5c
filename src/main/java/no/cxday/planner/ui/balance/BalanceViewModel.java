package no.cxday.planner.ui.balance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.i18n.ReviewSummaryText;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Balance;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.ReviewSummary;

/**
 * The gauge's numbers, derived from the plan: the balance, the balance a drag would give, and
 * when a pillar is missing, a few ideas (the plan's own or the bank's) that would fill it.
 */
public final class BalanceViewModel {

    static final int SUGGESTIONS = 3;

    private final ObjectBinding<Balance> balance;
    private final ObjectBinding<Balance> preview;
    private final ObjectBinding<List<Idea>> suggestions;
    private final StringBinding comparison;

    /**
     * @param reviewMode when on, the mix of what was held is shown beside the planned one
     */
    public BalanceViewModel(PlanDocument document, ObservableValue<Plan> previewPlan, Catalogue catalogue,
            Messages messages, ObservableBooleanValue reviewMode) {
        balance = Bindings.createObjectBinding(() -> Balance.of(document.plan()), document.planProperty());
        preview = Bindings.createObjectBinding(
                () -> previewPlan.getValue() == null ? null : Balance.of(previewPlan.getValue()), previewPlan);
        suggestions = Bindings.createObjectBinding(
                () -> suggest(document.plan(), balance.get(), catalogue.ideas(messages.language())),
                document.planProperty());
        comparison = Bindings.createStringBinding(() -> compare(document.plan(), reviewMode.get(), messages),
                document.planProperty(), reviewMode);
    }

    public ObjectBinding<Balance> balanceProperty() {
        return balance;
    }

    /** The balance the plan would have if what is being dragged were dropped; null when nothing is. */
    public ObjectBinding<Balance> previewProperty() {
        return preview;
    }

    /** The mix of what was held (in review mode) and last year's mix (in a carried-over plan), one a line. */
    public StringBinding comparisonProperty() {
        return comparison;
    }

    static String compare(Plan plan, boolean review, Messages messages) {
        List<String> lines = new ArrayList<>();
        if (review) {
            lines.add(messages.format("balance.heldMix", ReviewSummaryText.mix(ReviewSummary.of(plan).heldMix())));
        }
        if (plan.lastYear() != null) {
            lines.add(messages.format("balance.lastYearMix", ReviewSummaryText.mix(plan.lastYear().mix())));
        }
        return String.join("\n", lines);
    }

    public ObjectBinding<List<Idea>> suggestionsProperty() {
        return suggestions;
    }

    /**
     * Up to three ideas, of the plan's own and then the bank's, that weigh most on the missing
     * pillars, preferring those not yet in the plan; on an equal weight the plan's own idea comes
     * first, as the coordinator wrote it for this organisation. None when nothing is missing.
     */
    static List<Idea> suggest(Plan plan, Balance balance, List<Idea> bank) {
        List<Pillar> missing = balance.missing();
        if (missing.isEmpty()) {
            return List.of();
        }
        Set<String> used = plan.activities().stream().map(Activity::ideaId).collect(Collectors.toSet());
        Comparator<Idea> byFill = Comparator.comparingInt(
                (Idea idea) -> missing.stream().mapToInt(p -> idea.pillars().weight(p)).sum()).reversed();
        return Stream.concat(plan.customIdeas().stream(), bank.stream())
                .filter(idea -> missing.stream().anyMatch(idea.pillars()::isStrong))
                .sorted(Comparator.comparing((Idea idea) -> used.contains(idea.id())).thenComparing(byFill))
                .limit(SUGGESTIONS)
                .toList();
    }
}
