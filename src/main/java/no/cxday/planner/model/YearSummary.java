package no.cxday.planner.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One earlier year in a plan's {@code history}, summed up when the plan was carried over from it.
 * {@code mixExtras} holds what the file had in {@code mix} beyond the three shares.
 *
 * @param averageRating the average of the ratings given, or null when none was
 * @param actualCost    the sum of the actual costs known, or null when none was
 */
public record YearSummary(String planId, String title, LocalDate cxDay, Mix mix, Extras mixExtras, int score,
        int activities, int held, Double averageRating, int participants, BigDecimal plannedCost,
        BigDecimal actualCost, Map<String, IdeaRating> ideaRatings, Extras extras) {

    public YearSummary {
        Objects.requireNonNull(planId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(cxDay);
        Objects.requireNonNull(mix);
        Objects.requireNonNull(mixExtras);
        Objects.requireNonNull(plannedCost);
        ideaRatings = Collections.unmodifiableMap(new LinkedHashMap<>(ideaRatings));
        Objects.requireNonNull(extras);
    }

    /** The year of {@code plan}, as carry-over keeps it. */
    public static YearSummary of(Plan plan) {
        ReviewSummary review = ReviewSummary.of(plan);
        Balance balance = Balance.of(plan);
        Integer participants = review.participants();
        List<Activity> activities = plan.activities();
        return new YearSummary(plan.id(), plan.title(), plan.cxDay(), balance.mix(), Extras.NONE, balance.score(),
                activities.size(), review.held(), review.averageRating(), participants == null ? 0 : participants,
                Costs.planned(plan), Costs.actual(plan), CarryOver.ideaRatings(plan), Extras.NONE);
    }

    /**
     * The year a plan carried over before {@code history} existed knows only from {@code lastYear}:
     * its id, title, day, mix (and so its score) and idea ratings. What {@code lastYear} did not
     * keep reads as nothing: no activities, held or participants, no costs, no average rating.
     */
    public static YearSummary of(LastYear lastYear) {
        return new YearSummary(lastYear.planId(), lastYear.title(), lastYear.cxDay(), lastYear.mix(),
                lastYear.mixExtras(), (int) Math.round(Balance.exactScore(lastYear.mix())), 0, 0, null, 0,
                BigDecimal.ZERO, null, lastYear.ideaRatings(), Extras.NONE);
    }
}
