package no.cxday.planner.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Next year's plan from this year's: the CX day moved to next year's first Tuesday of October,
 * every activity on the same weekday offset from it at the same time of day, evaluations and actual
 * costs cleared, tasks undone (with their owners and ids) and their due dates moved along, planned
 * costs and expected participants kept, last year's mix, review and ratings kept in
 * {@code lastYear}, and a summary of last year added to {@code history}, so that the new plan
 * stands alone.
 */
public final class CarryOver {

    /** A rating at or below this counts as low when the coordinator leaves out what went badly. */
    public static final int LOW_RATING = 2;

    private CarryOver() {
    }

    /**
     * @param leaveOutPoor leave out what was not held or was rated {@value #LOW_RATING} or lower
     */
    public static Plan toYear(Plan plan, int year, boolean leaveOutPoor) {
        LocalDate cxDay = CxDay.of(year);
        long shift = ChronoUnit.DAYS.between(plan.cxDay(), cxDay);
        List<Activity> activities = new ArrayList<>();
        for (Activity activity : plan.activities()) {
            if (!(leaveOutPoor && wentPoorly(activity))) {
                activities.add(moved(activity, shift));
            }
        }
        LastYear lastYear = new LastYear(plan.id(), plan.title(), plan.cxDay(), Balance.of(plan).mix(), Extras.NONE,
                plan.review(), ideaRatings(plan), Extras.NONE);
        return new Plan(Plan.SCHEMA_VERSION, UUID.randomUUID().toString(),
                retitled(plan.title(), plan.cxDay().getYear(), year), plan.organization(), cxDay,
                plan.firstDay().plusDays(shift), plan.lastDay().plusDays(shift), plan.dayStart(), plan.dayEnd(),
                plan.timeZone(), plan.currency(), plan.budget(), plan.lanes(), activities, plan.customIdeas(),
                Review.EMPTY, plan.communication(), lastYear, History.withThisYear(plan), plan.extras());
    }

    /** Not held, or rated low. An activity never reviewed has not gone poorly. */
    public static boolean wentPoorly(Activity activity) {
        Evaluation evaluation = activity.evaluation();
        return evaluation != null && (!evaluation.held()
                || evaluation.rating() != null && evaluation.rating() <= LOW_RATING);
    }

    /** The title with last year moved on ("CX-dagen 2026" becomes "CX-dagen 2027"). */
    static String retitled(String title, int fromYear, int toYear) {
        return Pattern.compile("(?<!\\d)" + fromYear + "(?!\\d)").matcher(title).replaceAll(Integer.toString(toYear));
    }

    private static Activity moved(Activity activity, long shift) {
        List<Task> tasks = activity.tasks().stream().map(t -> t.movedBy(shift)).toList();
        LocalDateTime start = activity.start().plusDays(shift);
        LocalDateTime end = activity.end().plusDays(shift);
        Cost cost = activity.cost() == null ? null : activity.cost().withoutActual();
        return new Activity(activity.id(), activity.ideaId(), activity.title(), activity.laneId(), start, end,
                activity.pillars(), activity.responsible(), activity.location(), activity.notes(), tasks, null,
                activity.expectedParticipants(), cost, activity.extras());
    }

    /** For each idea used, how many of its activities were held and their average rating. */
    static Map<String, IdeaRating> ideaRatings(Plan plan) {
        Map<String, List<Activity>> byIdea = new LinkedHashMap<>();
        for (Activity activity : plan.activities()) {
            if (activity.ideaId() != null) {
                byIdea.computeIfAbsent(activity.ideaId(), k -> new ArrayList<>()).add(activity);
            }
        }
        Map<String, IdeaRating> ratings = new LinkedHashMap<>();
        byIdea.forEach((ideaId, activities) -> {
            int held = (int) activities.stream().filter(ReviewSummary::wasHeld).count();
            Double average = ReviewSummary.averageRating(activities);
            ratings.put(ideaId, new IdeaRating(held, average, Extras.NONE));
        });
        return ratings;
    }
}
