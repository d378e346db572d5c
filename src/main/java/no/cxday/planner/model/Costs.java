package no.cxday.planner.model;

import java.math.BigDecimal;
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
}
