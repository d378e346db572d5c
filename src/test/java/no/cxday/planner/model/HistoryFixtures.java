package no.cxday.planner.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A plan carried over year after year, each year reviewed with its own figures. */
public final class HistoryFixtures {

    /** How the cake and the quiz went in one year; a null rating or participants means not held. */
    private record Year(int year, Integer cakeRating, int cakeParticipants, String cakeActual, Integer quizRating,
            int quizParticipants, String quizActual) {
    }

    /** 2025: only the cake held; 2026 and 2027: both, the quiz's actual cost not known in 2026. */
    private static final List<Year> YEARS = List.of(
            new Year(2025, 3, 50, "1400", null, 0, null),
            new Year(2026, 4, 80, "1620.50", 5, 30, null),
            new Year(2027, 5, 100, "1700", 2, 20, "300"));

    private HistoryFixtures() {
    }

    /** The 2025 plan: a cake (1/0/2, 60 min, 1,500 planned) and a quiz (0/3/0, 60 min, 250 planned). */
    public static Plan plan2025() {
        LocalDateTime nine = CxDay.of(2025).atTime(9, 0);
        Activity cake = new Activity("a-1", "kake-og-kaffe", "Kake og kaffe", "kantina", nine, nine.plusHours(1),
                new Pillars(1, 0, 2), "Kari", "", "", List.of(), null, 80,
                new Cost(new BigDecimal("1500"), null, "", Extras.NONE), Extras.NONE);
        Activity quiz = new Activity("a-2", "quiz-og-spill", "Quiz", "kantina", nine.plusHours(2), nine.plusHours(3),
                new Pillars(0, 3, 0), "", "", "", List.of(), null, null,
                new Cost(new BigDecimal("250"), null, "", Extras.NONE), Extras.NONE);
        return Plan.blank("CX-dagen 2025", CxDay.of(2025), new Lane("kantina", "Kantina"))
                .withActivities(List.of(cake, quiz));
    }

    /** The 2028 plan, carried over from 2025 to 2026 to 2027 to 2028, each year reviewed before it was carried on. */
    public static Plan carriedOverThrice() {
        return carriedOverTo(2028);
    }

    /** The plan of {@code year} (2026 to 2028), carried over from 2025 year by year, each year reviewed first. */
    public static Plan carriedOverTo(int year) {
        Plan plan = plan2025();
        for (Year before : YEARS.subList(0, year - 2025)) {
            plan = CarryOver.toYear(reviewed(plan, before), before.year() + 1, false);
        }
        return plan;
    }

    private static Plan reviewed(Plan plan, Year year) {
        Activity cake = evaluated(plan.activities().get(0), year.cakeRating(), year.cakeParticipants(),
                year.cakeActual());
        Activity quiz = evaluated(plan.activities().get(1), year.quizRating(), year.quizParticipants(),
                year.quizActual());
        return plan.withActivities(List.of(cake, quiz));
    }

    private static Activity evaluated(Activity activity, Integer rating, int participants, String actual) {
        Evaluation evaluation = new Evaluation(rating != null, rating, rating == null ? null : participants, "",
                Extras.NONE);
        Cost cost = new Cost(activity.cost().planned(), actual == null ? null : new BigDecimal(actual), "",
                Extras.NONE);
        return new Activity(activity.id(), activity.ideaId(), activity.title(), activity.laneId(), activity.start(),
                activity.end(), activity.pillars(), activity.responsible(), activity.location(), activity.notes(),
                activity.tasks(), evaluation, activity.expectedParticipants(), cost, activity.extras());
    }
}
