package no.cxday.planner.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** What a plan costs, in its currency, from its activities' costs. */
public final class Costs {

    private Costs() {
    }

    /** The sum of the activities' planned costs; 0 when none has a cost. */
    public static BigDecimal planned(Plan plan) {
        return plan.activities().stream().map(Activity::cost).filter(Objects::nonNull).map(Cost::planned)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of the actual costs over the activities that have one, or null when none has. */
    public static BigDecimal actual(Plan plan) {
        return plan.activities().stream().map(Activity::cost).filter(Objects::nonNull).map(Cost::actual)
                .filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    /**
     * What one participant of a held activity cost: its actual cost, or its planned cost while the
     * actual one is not known, shared by the participants counted in its evaluation, to the øre.
     * Null for an activity not held, without a cost, or with no participants counted.
     */
    public static BigDecimal perParticipant(Activity activity) {
        Evaluation evaluation = activity.evaluation();
        Cost cost = activity.cost();
        if (evaluation == null || !evaluation.held() || cost == null || evaluation.participants() == null
                || evaluation.participants() == 0) {
            return null;
        }
        BigDecimal spent = cost.actual() != null ? cost.actual() : cost.planned();
        return spent.divide(BigDecimal.valueOf(evaluation.participants()), 2, RoundingMode.HALF_UP);
    }
}
