package no.cxday.planner.model;

import java.util.ArrayList;
import java.util.List;

/** A plan's years side by side: the earlier years it keeps, and its own. */
public final class History {

    private History() {
    }

    /**
     * The earlier years, oldest first: the plan's {@code history}, and last year from {@code lastYear}
     * when the history does not hold it. That is a plan carried over before history existed (it has
     * {@code lastYear} but no {@code history}), or by a program that kept {@code history} as an
     * unknown field without adding to it.
     */
    public static List<YearSummary> earlierYears(Plan plan) {
        LastYear lastYear = plan.lastYear();
        if (lastYear == null || plan.history().stream().anyMatch(y -> y.planId().equals(lastYear.planId()))) {
            return plan.history();
        }
        List<YearSummary> years = new ArrayList<>(plan.history());
        years.add(YearSummary.of(lastYear));
        return List.copyOf(years);
    }

    /** The earlier years and then the plan's own year, last. */
    public static List<YearSummary> withThisYear(Plan plan) {
        List<YearSummary> years = new ArrayList<>(earlierYears(plan));
        years.add(YearSummary.of(plan));
        return List.copyOf(years);
    }
}
