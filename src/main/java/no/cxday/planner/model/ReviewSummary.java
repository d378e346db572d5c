package no.cxday.planner.model;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the day went, from the activities' evaluations: how many were held, the average rating,
 * the rating by pillar, the planned mix beside the mix of what was held, and the best and worst.
 */
public record ReviewSummary(int activities, int held, int rated, Double averageRating,
        Map<Pillar, Double> ratingByPillar, Mix plannedMix, Mix heldMix, int participants, List<Activity> best,
        List<Activity> worst) {

    /** How many activities the best and the worst lists hold at most. */
    public static final int SHOWN = 3;

    public static ReviewSummary of(Plan plan) {
        List<Activity> all = plan.activities();
        List<Activity> held = all.stream().filter(ReviewSummary::wasHeld).toList();
        List<Activity> rated = all.stream().filter(a -> rating(a) != null).toList();
        Map<Pillar, Double> byPillar = new EnumMap<>(Pillar.class);
        for (Pillar pillar : Pillar.values()) {
            double weights = 0;
            double sum = 0;
            for (Activity activity : rated) {
                int weight = activity.pillars().weight(pillar);
                weights += weight;
                sum += weight * rating(activity);
            }
            byPillar.put(pillar, weights == 0 ? null : sum / weights);
        }
        Comparator<Activity> byRating = Comparator.comparing(ReviewSummary::rating);
        Comparator<Activity> byStart = Comparator.comparing(Activity::start);
        List<Activity> best = rated.stream().sorted(byRating.reversed().thenComparing(byStart)).limit(SHOWN).toList();
        List<Activity> worst = rated.stream().sorted(byRating.thenComparing(byStart)).limit(SHOWN).toList();
        int participants = held.stream().map(a -> a.evaluation().participants()).filter(p -> p != null)
                .mapToInt(Integer::intValue).sum();
        return new ReviewSummary(all.size(), held.size(), rated.size(), averageRating(all), byPillar,
                Balance.of(plan).mix(), Balance.of(held, plan.dayStart(), plan.dayEnd()).mix(), participants, best,
                worst);
    }

    static boolean wasHeld(Activity activity) {
        return activity.evaluation() != null && activity.evaluation().held();
    }

    private static Integer rating(Activity activity) {
        return activity.evaluation() == null ? null : activity.evaluation().rating();
    }

    /** The average of the ratings given, or null when none was. */
    static Double averageRating(List<Activity> activities) {
        return activities.stream().map(ReviewSummary::rating).filter(r -> r != null).mapToInt(Integer::intValue)
                .average().stream().boxed().findFirst().orElse(null);
    }
}
