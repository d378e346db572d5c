package no.cxday.planner.model;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the day went, from the activities' evaluations: how many were held, not held and not yet
 * reviewed, the average rating, the rating by pillar, the planned mix beside the mix of what was
 * held, the participants, and the best and the weakest.
 *
 * @param participants the participants of the held activities, or null when no number was entered
 * @param best         the highest rated: half of the rated activities (the one, when only one is),
 *                     and those rated as high as the last of them, at most {@link #SHOWN} in all
 * @param worst        the lowest rated, at most half of the rated activities and {@link #SHOWN}, and
 *                     only those rated below every one in {@code best}, so that the two never share
 *                     an activity; among equal ratings the earlier activity comes first
 */
public record ReviewSummary(int activities, int held, int notHeld, int rated, Double averageRating,
        Map<Pillar, Double> ratingByPillar, Mix plannedMix, Mix heldMix, Integer participants, List<Activity> best,
        List<Activity> worst) {

    /** How many activities the best and the worst lists hold at most. */
    public static final int SHOWN = 3;

    public static ReviewSummary of(Plan plan) {
        List<Activity> all = plan.activities();
        List<Activity> held = all.stream().filter(ReviewSummary::wasHeld).toList();
        int notHeld = (int) all.stream().filter(a -> a.evaluation() != null && !a.evaluation().held()).count();
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
        List<Activity> ranked = rated.stream().sorted(byRating.reversed().thenComparing(byStart)).toList();
        int half = rated.size() / 2;
        int lowestBest = ranked.isEmpty() ? Evaluation.MIN_RATING
                : rating(ranked.get(Math.min(SHOWN, Math.max(1, half)) - 1));
        List<Activity> best = ranked.stream().filter(a -> rating(a) >= lowestBest).limit(SHOWN).toList();
        List<Activity> worst = rated.stream().filter(a -> rating(a) < lowestBest)
                .sorted(byRating.thenComparing(byStart)).limit(Math.min(SHOWN, half)).toList();
        List<Integer> numbers = held.stream().map(a -> a.evaluation().participants()).filter(Objects::nonNull)
                .toList();
        Integer participants = numbers.isEmpty() ? null : numbers.stream().mapToInt(Integer::intValue).sum();
        return new ReviewSummary(all.size(), held.size(), notHeld, rated.size(), averageRating(all), byPillar,
                Balance.of(plan).mix(), Balance.of(held, plan.dayStart(), plan.dayEnd()).mix(), participants, best,
                worst);
    }

    /** The activities that have no evaluation yet: neither held nor not held. */
    public int notReviewed() {
        return activities - held - notHeld;
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
