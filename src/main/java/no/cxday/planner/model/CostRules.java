package no.cxday.planner.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The rules of a plan's money and head counts: its currency and budget, each activity's cost and
 * expected participants.
 */
public final class CostRules {

    /** The most an amount (a budget, a planned or an actual cost) may be. */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000);
    public static final int MAX_DECIMALS = 2;

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private CostRules() {
    }

    /** The plan's currency and budget. */
    static Problem planProblem(Plan plan) {
        if (!CURRENCY.matcher(plan.currency()).matches()) {
            return new Problem("currency", "problem.badCurrency", plan.currency());
        }
        return plan.budget() == null ? null : amountProblem("budget", plan.budget());
    }

    /** An activity's expected participants and cost. */
    static Problem activityProblem(String at, Activity activity) {
        Integer expected = activity.expectedParticipants();
        if (expected != null && (expected < 0 || expected > Activity.MAX_EXPECTED_PARTICIPANTS)) {
            return new Problem(at + ".expectedParticipants", "problem.outOfRange", expected, 0,
                    Activity.MAX_EXPECTED_PARTICIPANTS);
        }
        Cost cost = activity.cost();
        if (cost == null) {
            return null;
        }
        Problem problem = amountProblem(at + ".cost.planned", cost.planned());
        if (problem == null && cost.actual() != null) {
            problem = amountProblem(at + ".cost.actual", cost.actual());
        }
        return problem;
    }

    /**
     * The rule of an amount, shared by the reader and the forms that take one: 0 or more, at most
     * {@link #MAX_AMOUNT}, with at most {@value #MAX_DECIMALS} decimals (trailing zeros do not count).
     * The size is checked first, so that a number with a huge exponent costs nothing to refuse.
     */
    public static Problem amountProblem(String at, BigDecimal amount) {
        if (amount.signum() < 0) {
            return new Problem(at, "problem.negative", amount);
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            return new Problem(at, "problem.amountTooLarge", amount, MAX_AMOUNT);
        }
        if (amount.scale() > MAX_DECIMALS && amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return new Problem(at, "problem.tooManyDecimals", amount, MAX_DECIMALS);
        }
        return null;
    }
}
